import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../components/format';
import { ErrorList } from './ErrorList';
import { PreviewRows } from './PreviewRows';
import { commitPreview, cancelPreview, downloadErrors, type ImportStatus } from './store';

/** The dry run's outcome: counts, what was ignored, every error, and the choice to commit or cancel. */
export function Preview({ status }: { status: ImportStatus }) {
  const { t } = useTranslation();
  const summary = status.summary;
  if (!summary) return null;
  const clean = status.errorCount === 0;
  const detail = [
    summary.encoding,
    summary.delimiter && t('import.delimiterNamed', { delimiter: summary.delimiter === '\t' ? 'tab' : summary.delimiter }),
    summary.sheet && t('import.sheetNamed', { sheet: summary.sheet }),
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <section className="card" aria-labelledby="preview-title">
      <h2 id="preview-title" style={{ marginTop: 0 }}>{t('import.previewTitle', { file: status.fileName })}</h2>
      <dl className="tiles">
        <div><dt>{t('import.kindLabel')}</dt><dd style={{ fontSize: '1.2rem' }}>{t(summary.kind === 'schools' ? 'import.kindSchools' : 'import.kindFigures')}</dd></div>
        <div><dt>{t('import.rows')}</dt><dd>{formatNumber(summary.rows)}</dd></div>
        <div><dt>{t('import.new')}</dt><dd>{formatNumber(summary.rowsNew)}</dd></div>
        <div><dt>{t('import.changed')}</dt><dd>{formatNumber(summary.rowsChanged)}</dd></div>
        <div><dt>{t('import.unchanged')}</dt><dd>{formatNumber(summary.rowsUnchanged)}</dd></div>
        <div><dt>{t('import.errorRows')}</dt><dd>{formatNumber(summary.rowsWithErrors)}</dd></div>
      </dl>
      <p>
        {t('import.sum', { rows: formatNumber(summary.rows), new: formatNumber(summary.rowsNew), changed: formatNumber(summary.rowsChanged), unchanged: formatNumber(summary.rowsUnchanged), errorRows: formatNumber(summary.rowsWithErrors) })}
        {status.errorCount > summary.rowsWithErrors && <> {t('import.sumErrors', { errors: formatNumber(status.errorCount), errorRows: formatNumber(summary.rowsWithErrors) })}</>}
      </p>
      <p className="muted">{t('import.fileInfo', { format: summary.format.toUpperCase(), detail: detail ? ` (${detail})` : '' })}</p>
      {summary.ignoredColumns.length > 0 && <p>{t('import.ignored', { columns: summary.ignoredColumns.join(', ') })}</p>}
      {summary.rowsForDemoSchools > 0 && <p className="notice demo-notice">{t('demo.importWarning', { count: summary.rowsForDemoSchools })}</p>}
      {!clean && (
        <>
          <h3>{t('import.errorsTitle', { count: status.errorCount })}</h3>
          <p className="warning">{t('import.commitBlocked')}</p>
          {status.errorCount > status.errors.length && <p className="muted">{t('import.errorsMore', { shown: status.errors.length, count: status.errorCount })}</p>}
          <ErrorList errors={status.errors} />
        </>
      )}
      <PreviewRows previewId={status.previewId} rowsNew={summary.rowsNew} rowsChanged={summary.rowsChanged} />
      {clean && summary.rowsNew + summary.rowsChanged === 0 && <p>{t('import.nothingToDo')}</p>}
      <div className="actions" style={{ marginTop: '1rem' }}>
        {clean && (
          <button type="button" className="primary" onClick={() => void commitPreview()}>
            {t('import.commit')}
          </button>
        )}
        {!clean && (
          <button type="button" onClick={() => void downloadErrors()}>
            {t('import.downloadErrors')}
          </button>
        )}
        <button type="button" onClick={() => void cancelPreview()}>
          {t('import.cancel')}
        </button>
      </div>
    </section>
  );
}
