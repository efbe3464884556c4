import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiResult, send } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';

type Backup = ApiResult<'listBackups'>[number];
const AUTO_KEPT = 7;

function formatBytes(bytes: number, lang: string): string {
  return `${(bytes / 1024 / 1024).toLocaleString(lang, { maximumFractionDigits: 1 })} MB`;
}

/** Backups in Settings: make one, check the record, and restore one (after an explicit confirmation). */
export function BackupPanel() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en-GB' : 'nl-BE';
  const [backups, setBackups] = useState<Backup[] | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);

  const reload = useCallback(() => send('listBackups', {}).then(setBackups, (e: Error) => setError(e.message)), []);
  useEffect(() => void reload(), [reload]);

  async function act(work: () => Promise<string>) {
    setBusy(true);
    setError(null);
    setStatus(t('backup.working'));
    try {
      setStatus(await work());
      await reload();
    } catch (e) {
      setStatus('');
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const create = () => act(async () => t('backup.created', { name: (await send('createBackup', {})).name }));
  const verify = () =>
    act(async () => {
      const result = await send('verifyDatabase', {});
      return result.integrity === 'ok'
        ? t('backup.verifyOk', { schema: result.schemaVersion, schools: result.counts.schools ?? 0, inspections: result.counts.inspections ?? 0 })
        : t('backup.verifyBad', { detail: result.integrity });
    });
  const restore = (name: string) =>
    act(async () => {
      setConfirming(null);
      const result = await send('restoreBackup', { name });
      return t('backup.restored', { name: result.restoredFrom, aside: result.keptAside });
    });

  return (
    <section aria-labelledby="backup-title" className="backup-panel">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p className="muted">{t('backup.intro', { kept: AUTO_KEPT })}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void create()} disabled={busy}>
          {t('backup.create')}
        </button>{' '}
        <button type="button" onClick={() => void verify()} disabled={busy}>
          {t('backup.verify')}
        </button>
      </div>
      <p role="status" aria-live="polite">
        {status}
      </p>
      {error && <ErrorMessage error={error} />}
      {backups && backups.length === 0 && <p>{t('backup.none')}</p>}
      {backups && backups.length > 0 && (
        <table className="data" aria-labelledby="backup-title">
          <thead>
            <tr>
              <th scope="col">{t('backup.name')}</th>
              <th scope="col">{t('backup.kind')}</th>
              <th scope="col">{t('backup.date')}</th>
              <th scope="col" className="num">{t('backup.size')}</th>
              <th scope="col">{t('backup.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.name}>
                <td className="mono">{b.name}</td>
                <td>{t(`backup.kinds.${b.kind}`)}</td>
                <td>{new Date(b.createdAt).toLocaleString(lang)}</td>
                <td className="num">{formatBytes(b.bytes, lang)}</td>
                <td>
                  {confirming === b.name ? (
                    <div role="group" aria-label={t('backup.restoreLabel', { name: b.name })}>
                      <p className="warning">{t('backup.confirm', { name: b.name })}</p>
                      <button type="button" className="primary" onClick={() => void restore(b.name)} disabled={busy}>
                        {t('backup.confirmYes')}
                      </button>{' '}
                      <button type="button" onClick={() => setConfirming(null)}>
                        {t('backup.cancel')}
                      </button>
                    </div>
                  ) : (
                    <button type="button" aria-label={t('backup.restoreLabel', { name: b.name })} onClick={() => setConfirming(b.name)} disabled={busy}>
                      {t('backup.restore')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
