import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiResult, send } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatNumber } from '../../components/format';

type Retention = ApiResult<'getRetention'>;

const megabytes = (bytes: number) => `${formatNumber(Math.round((bytes / 1_048_576) * 10) / 10)} MB`;

/** Privacy: attachments of closed inspections go after a chosen period, only after the user confirms the count. */
export function RetentionPanel() {
  const { t } = useTranslation();
  const [retention, setRetention] = useState<Retention | null>(null);
  const [days, setDays] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = () =>
    send('getRetention', {}).then(
      (r) => {
        setRetention(r);
        setDays(String(r.days));
        setConfirmed(false);
      },
      (e: Error) => setError(e.message),
    );
  useEffect(() => {
    void load();
  }, []);

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      setRetention(await send('setRetention', { days: Number(days) }));
      setConfirmed(false);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  async function purge() {
    if (!retention) return;
    setError(null);
    try {
      const result = await send('purgeExpiredAttachments', { expectedCount: retention.expired });
      setMessage(result.changed ? t('retention.changed') : t('retention.removed', { count: result.removed }));
      await load();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <section className="card" aria-labelledby="retention-title">
      <h2 id="retention-title">{t('retention.title')}</h2>
      <p className="muted">{t('retention.intro')}</p>
      <form className="form-row" onSubmit={save}>
        <div className="field">
          <label htmlFor="retention-days">{t('retention.days')}</label>
          <input id="retention-days" type="number" min={30} max={3650} required value={days} onChange={(e) => setDays(e.target.value)} />
        </div>
        <button type="submit">{t('retention.save')}</button>
      </form>
      {retention && (
        <p role="status">{retention.expired > 0 ? t('retention.expired', { count: retention.expired, size: megabytes(retention.bytes) }) : t('retention.none')}</p>
      )}
      {retention && retention.expired > 0 && (
        <div className="form-row">
          <label className="checkbox">
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} /> {t('retention.confirm', { count: retention.expired })}
          </label>
          <button type="button" disabled={!confirmed} onClick={() => void purge()}>
            {t('retention.purge')}
          </button>
        </div>
      )}
      {message && <p role="status">{message}</p>}
      {error && <ErrorMessage error={error} />}
    </section>
  );
}
