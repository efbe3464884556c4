import { useTranslation } from 'react-i18next';
import { send } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFileExport } from '../../components/useFileExport';

export function ProgressReportPanel({ referralId }: { referralId: string }) {
  const { t } = useTranslation();
  const { busy, message, error, run: exportFile } = useFileExport((file) => t('taskforce.exported', { fileName: file.fileName, version: file.version }));
  const run = (format: 'docx' | 'pdf') => exportFile(format, () => send('exportProgressReport', { referralId, format }));

  return (
    <section className="card" aria-labelledby="progress-report-title">
      <h2 id="progress-report-title">{t('taskforce.report')}</h2>
      <div className="actions">
        <button type="button" className="primary" disabled={busy !== null} onClick={() => void run('docx')}>
          {t('taskforce.exportDocx')}
        </button>
        <button type="button" className="primary" disabled={busy !== null} onClick={() => void run('pdf')}>
          {t('taskforce.exportPdf')}
        </button>
      </div>
      <p role="status" aria-live="polite">
        {message}
      </p>
      {error && <ErrorMessage error={error} />}
    </section>
  );
}
