import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFileExport } from '../../components/useFileExport';

export function ProgressReportPanel({ referralId }: { referralId: string }) {
  const { t } = useTranslation();
  // An interim report is a draft unless the task force makes this export final (its own version in the export log).
  const [final, setFinal] = useState(false);
  const { busy, message, error, run: exportFile } = useFileExport((file) =>
    t(final ? 'taskforce.exportedFinal' : 'taskforce.exported', { fileName: file.fileName, version: file.version }),
  );
  const run = (format: 'docx' | 'pdf') => exportFile(format, () => send('exportProgressReport', { referralId, format, final }));

  return (
    <section className="card" aria-labelledby="progress-report-title">
      <h2 id="progress-report-title">{t('taskforce.report')}</h2>
      <label className="choice-line">
        <input type="checkbox" checked={final} onChange={(e) => setFinal(e.target.checked)} /> {t('taskforce.reportFinal')}
      </label>
      <p className="muted">{t('taskforce.reportFinalHint')}</p>
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
