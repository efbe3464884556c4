import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiResult, send } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';

type Status = ApiResult<'syncStatus'>;
/** How often the panel asks the main process for its sync state (a local call; the sync itself runs there on its schedule). */
const STATE_REFRESH_MS = 20_000;

/** Instellingen → Centrale server: enrol with a one-time code, who you are, last sync, pending changes, "Nu synchroniseren". */
export function CentralPanel() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en-GB' : 'nl-BE';
  const [status, setStatus] = useState<Status | null>(null);
  const [server, setServer] = useState('');
  const [code, setCode] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(() => send('syncStatus', {}).then(setStatus, (e: Error) => setError(e.message)), []);
  useEffect(() => {
    void reload();
    const timer = window.setInterval(() => void reload(), STATE_REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [reload]);
  const time = (iso: string) => new Date(iso).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' });

  async function act(work: () => Promise<string>) {
    setBusy(true);
    setError(null);
    setMessage(t('central.syncing'));
    try {
      setMessage(await work());
    } catch (e) {
      setMessage('');
      setError((e as Error).message);
    } finally {
      setBusy(false);
      await reload();
    }
  }

  const enrol = (event: FormEvent) => {
    event.preventDefault();
    void act(async () => {
      const enrolled = await send('enrolDevice', { server, code });
      return t('central.enrolled', { name: enrolled.name, role: t(`central.roles.${enrolled.role}`) });
    });
  };
  const syncNow = () =>
    act(async () => {
      const r = await send('syncNow', {});
      const refused = r.refused.map((x) => t('central.refused', { message: x.message })).join(' ');
      const schools = r.schools ? ` ${t('central.schools', { count: r.schools })}` : '';
      const files = r.filesSent + r.filesReceived > 0 ? ` ${t('central.files', { sent: r.filesSent, received: r.filesReceived })}` : '';
      const badFiles = r.fileErrors.length ? ` ${t('central.fileErrors', { count: r.fileErrors.length })}` : '';
      return `${t('central.synced', { pushed: r.pushed, pulled: r.pulled, conflicts: r.conflicts })}${schools}${files}${badFiles}${refused ? ` ${refused}` : ''}`;
    });

  return (
    <section aria-labelledby="central-title" className="card central-panel">
      <h2 id="central-title">{t('central.title')}</h2>
      <p className="muted">{t('central.intro')}</p>
      {status && !status.enrolled && (
        <form onSubmit={enrol}>
          <div className="field">
            <label htmlFor="central-server">{t('central.server')}</label>
            <input id="central-server" type="url" required value={server} onChange={(e) => setServer(e.target.value)} placeholder="https://centraal.example:8443" />
          </div>
          <div className="field">
            <label htmlFor="central-code">{t('central.code')}</label>
            <input id="central-code" required value={code} onChange={(e) => setCode(e.target.value)} aria-describedby="central-code-hint" autoComplete="off" />
            <small id="central-code-hint" className="muted">{t('central.codeHint')}</small>
          </div>
          <button type="submit" className="primary" disabled={busy}>{t('central.enrol')}</button>
        </form>
      )}
      {status?.enrolled && (
        <>
          <dl className="facts vertical">
            <div><dt>{t('central.who')}</dt><dd>{status.user ? `${status.user.name} (${t(`central.roles.${status.user.role}`)})` : '—'}</dd></div>
            <div><dt>{t('central.server')}</dt><dd className="mono">{status.server}</dd></div>
            <div><dt>{t('central.device')}</dt><dd className="mono">{status.deviceId}</dd></div>
            <div><dt>{t('central.lastSync')}</dt><dd>{status.lastSync ? new Date(status.lastSync).toLocaleString(lang) : t('central.never')}</dd></div>
            <div><dt>{t('central.pending')}</dt><dd data-testid="central-pending">{status.pending}</dd></div>
          </dl>
          {status.lastError && (
            <p className="warning" role="alert">
              {status.lastErrorKind === 'unreachable' ? (
                <>
                  {t('central.unreachable')} <span className="muted">({t('central.lastError')}: {status.lastError})</span>
                </>
              ) : (
                status.lastError
              )}
            </p>
          )}
          <button type="button" className="primary" onClick={() => void syncNow()} disabled={busy}>{t('central.syncNow')}</button>
          <p className="muted" data-testid="central-auto">
            {!status.auto.on
              ? t('central.autoOff')
              : status.auto.running
                ? t('central.autoRunning')
                : `${t('central.auto', { minutes: status.auto.intervalMinutes })}${status.auto.nextAt ? ` ${t('central.autoNext', { time: time(status.auto.nextAt) })}` : ''}`}
          </p>
        </>
      )}
      <p role="status" aria-live="polite">{message}</p>
      {/* An unreachable server is already said above, with what it means for the work. */}
      {error && error !== status?.lastError && <ErrorMessage error={error} />}
    </section>
  );
}
