import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_FILE_BYTES } from '../../../../main/api/operations/import';
import { hrefFor } from '../../app/router';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatNumber } from '../../components/format';
import { ImportLog } from './ImportLog';
import { Preview } from './Preview';
import { cancelPreview, downloadTemplate, type KindChoice, loadImportLog, startPreview, useImport } from './store';

const MAX_MB = `${Math.round(MAX_IMPORT_FILE_BYTES / 1024 / 1024)} MB`;

export function ImportPage() {
  const { t } = useTranslation();
  const kind = useImport((s) => s.kind);
  const sheet = useImport((s) => s.sheet);
  const status = useImport((s) => s.status);
  const uploading = useImport((s) => s.uploading);
  const error = useImport((s) => s.error);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    useImport.setState({ status: null, error: null });
    void loadImportLog();
  }, []);

  const busy = uploading || status?.phase === 'reading' || status?.phase === 'committing';
  const check = () => {
    const file = fileInput.current?.files?.[0];
    if (file) void startPreview(file, t('import.tooLarge', { name: file.name, size: MAX_MB }));
  };

  return (
    <section aria-labelledby="import-title">
      <p>
        <a href={hrefFor({ place: 'schools' })}>← {t('import.back')}</a>
      </p>
      <h1 id="import-title">{t('import.title')}</h1>
      <p style={{ maxWidth: '48rem' }}>{t('import.intro')} <strong>{t('import.maxSize', { size: MAX_MB })}</strong></p>

      <div className="card">
        <h2 style={{ marginTop: 0 }}>{t('import.templates')}</h2>
        <p className="muted">{t('import.templatesHint')}</p>
        <div className="actions">
          <button type="button" onClick={() => void downloadTemplate('schools')}>{t('import.templateSchools')}</button>
          <button type="button" onClick={() => void downloadTemplate('figures')}>{t('import.templateFigures')}</button>
        </div>
      </div>

      <form
        className="form-row card"
        onSubmit={(event) => {
          event.preventDefault();
          check();
        }}
      >
        <div className="field">
          <label htmlFor="import-file">{t('import.file')}</label>
          <input id="import-file" ref={fileInput} type="file" accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" disabled={busy} />
        </div>
        <div className="field">
          <label htmlFor="import-kind">{t('import.kind')}</label>
          <select id="import-kind" value={kind} disabled={busy} onChange={(e) => useImport.setState({ kind: e.target.value as KindChoice })}>
            <option value="">{t('import.kindAuto')}</option>
            <option value="schools">{t('import.kindSchools')}</option>
            <option value="figures">{t('import.kindFigures')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="import-sheet">{t('import.sheet')}</label>
          <input id="import-sheet" type="text" value={sheet} disabled={busy} aria-describedby="import-sheet-hint" onChange={(e) => useImport.setState({ sheet: e.target.value })} style={{ border: '1px solid #8c95a1', borderRadius: 6, padding: '0.45rem 0.6rem' }} />
          <span id="import-sheet-hint" className="muted">{t('import.sheetHint')}</span>
        </div>
        <button type="submit" className="primary" disabled={busy}>{t('import.check')}</button>
      </form>

      {busy && (
        <div className="progress" role="status" aria-live="polite">
          <progress aria-label={t('import.progressLabel')} max={1} value={uploading ? undefined : status?.progress ?? 0} />
          <span>
            {uploading
              ? t('import.uploading')
              : status?.phase === 'committing'
                ? t('import.writing', { rows: formatNumber(status.rowsWritten) })
                : t('import.reading', { rows: formatNumber(status?.rowsRead ?? 0) })}
          </span>
          {!uploading && (
            <button type="button" onClick={() => void cancelPreview()}>{t('import.cancel')}</button>
          )}
        </div>
      )}

      {error && <ErrorMessage error={error} />}
      {status?.phase === 'failed' && (
        <div className="error" role="alert">
          <strong>{t('import.failed')}</strong>
          <p>{status.message}</p>
        </div>
      )}
      {status?.phase === 'cancelled' && <p role="status">{t('import.cancelled')}</p>}
      {status?.phase === 'committed' && status.summary && (
        <p role="status" className="card">
          ✓ {t('import.committed', { new: status.summary.rowsNew, changed: status.summary.rowsChanged, unchanged: status.summary.rowsUnchanged })}
        </p>
      )}
      {status?.phase === 'committed' && status.summary?.recordHoldsDemo && (
        <p className="notice demo-notice" role="note">
          {t('demo.importAlsoDemo')} <a href={hrefFor({ place: 'settings' })}>{t('demo.noticeLink')}</a>
        </p>
      )}
      {status?.phase === 'ready' && <Preview status={status} />}

      <ImportLog />
    </section>
  );
}
