import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { saveFile } from '../../components/download';

export function ProgressReportPanel({ referralId }: { referralId: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(format: 'docx' | 'pdf') {
    setBusy(true);
    setError(null);
    try {
      const report = await send('exportProgressReport', { referralId, format });
      saveFile(report.fileName, report.mimeType, report.base64);
      setMessage(t('taskforce.exported', { fileName: report.fileName, version: report.version }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="progress-report-title">
      <h2 id="progress-report-title">{t('taskforce.report')}</h2>
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void run('docx')}>
          {t('taskforce.exportDocx')}
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => void run('pdf')}>
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
