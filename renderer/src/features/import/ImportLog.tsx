import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../components/format';
import { useImport } from './store';

export function ImportLog() {
  const { t } = useTranslation();
  const log = useImport((s) => s.log);
  return (
    <section aria-labelledby="import-log-title">
      <h2 id="import-log-title">{t('import.logTitle')}</h2>
      {log.length === 0 ? (
        <p className="muted">{t('import.logEmpty')}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('import.logWhen')}</th>
              <th scope="col">{t('import.logFile')}</th>
              <th scope="col">{t('import.kindLabel')}</th>
              <th scope="col" className="num">{t('import.new')}</th>
              <th scope="col" className="num">{t('import.changed')}</th>
              <th scope="col" className="num">{t('import.unchanged')}</th>
              <th scope="col">{t('import.logWho')}</th>
              <th scope="col">{t('import.logHash')}</th>
            </tr>
          </thead>
          <tbody>
            {log.map((entry) => (
              <tr key={entry.id}>
                <td>{formatDateTime(entry.importedAt)}</td>
                <td>{entry.fileName}</td>
                <td>{t(entry.kind === 'schools' ? 'import.kindSchools' : 'import.kindFigures')}</td>
                <td className="num">{formatNumber(entry.rowsNew)}</td>
                <td className="num">{formatNumber(entry.rowsChanged)}</td>
                <td className="num">{formatNumber(entry.rowsUnchanged)}</td>
                <td>{entry.actor}</td>
                <td className="mono" title={entry.sha256}>{entry.sha256.slice(0, 12)}…</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
