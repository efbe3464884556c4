import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiResult, send } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDateTime } from '../../components/format';
import { useFileExport } from '../../components/useFileExport';
import { ReportPreview } from '../reports/ReportPreview';
import { flushAll } from './store';

type ExportRow = ApiResult<'listReportExports'>[number];

export function ExportPanel({ inspectionId }: { inspectionId: string }) {
  const { t } = useTranslation();
  const [exports, setExports] = useState<ExportRow[]>([]);
  const { busy, message, error, setError, run: exportFile } = useFileExport((file) => t('inspection.exported', { fileName: file.fileName, version: file.version }));
  const [preview, setPreview] = useState<ApiResult<'previewReport'> | null>(null);

  async function togglePreview() {
    if (preview) return setPreview(null);
    setError(null);
    try {
      await flushAll();
      setPreview(await send('previewReport', { inspectionId }));
    } catch (e) {
      setError((e as Error).message);
    }
  }

  const refresh = useCallback(async () => {
    try {
      setExports(await send('listReportExports', { inspectionId }));
    } catch (e) {
      setError((e as Error).message);
    }
  }, [inspectionId]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  async function run(format: 'docx' | 'pdf') {
    const exported = await exportFile(format, async () => {
      // Whatever is still being typed belongs in the report.
      await flushAll();
      return send('exportReport', { inspectionId, format });
    });
    if (exported) await refresh();
  }

  return (
    <section className="card" aria-labelledby="export-title">
      <h2 id="export-title">{t('inspection.exportTitle')}</h2>
      <div className="actions">
        <button type="button" aria-expanded={preview !== null} onClick={() => void togglePreview()}>
          {preview ? t('inspection.hidePreview') : t('inspection.showPreview')}
        </button>
        <button type="button" className="primary" disabled={busy !== null} onClick={() => void run('docx')}>
          {busy === 'docx' ? t('inspection.exporting') : t('inspection.exportDocx')}
        </button>
        <button type="button" className="primary" disabled={busy !== null} onClick={() => void run('pdf')}>
          {busy === 'pdf' ? t('inspection.exporting') : t('inspection.exportPdf')}
        </button>
      </div>
      <p role="status" aria-live="polite">
        {message}
      </p>
      {error && <ErrorMessage error={error} />}
      {preview && <ReportPreview preview={preview} draftLabel={t('inspection.draftMark')} />}
      <h3 id="exports-title">{t('inspection.exportsTitle')}</h3>
      {exports.length === 0 ? (
        <p className="muted">{t('inspection.noExports')}</p>
      ) : (
        <table className="data compact" aria-labelledby="exports-title">
          <thead>
            <tr>
              <th scope="col">{t('inspection.exportColumns.version')}</th>
              <th scope="col">{t('inspection.exportColumns.format')}</th>
              <th scope="col">{t('inspection.exportColumns.at')}</th>
              <th scope="col">{t('inspection.exportColumns.by')}</th>
              <th scope="col">{t('inspection.exportColumns.hash')}</th>
            </tr>
          </thead>
          <tbody>
            {exports.map((row) => (
              <tr key={`${row.format}-${row.version}`}>
                <td>{row.version}</td>
                <td>{row.format.toUpperCase()}</td>
                <td>{formatDateTime(row.createdAt)}</td>
                <td>{row.createdBy}</td>
                <td className="mono" title={row.sha256}>
                  {row.sha256.slice(0, 16)}…
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
