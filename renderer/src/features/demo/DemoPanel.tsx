import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDateTime, formatNumber } from '../../components/format';
import { loadDemo, removeDemo, useDemo } from './store';
import './demo.css';

/** Instellingen → Demogegevens: what the demo set holds, and its removal in one confirmed step. */
export function DemoPanel() {
  const { t } = useTranslation();
  const demo = useDemo((s) => s.demo);
  const loadError = useDemo((s) => s.error);
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void loadDemo();
  }, []);

  async function remove() {
    if (!demo) return;
    setBusy(true);
    setError(null);
    try {
      const result = await removeDemo(demo);
      const n = (v: number) => formatNumber(v);
      setMessage(result.changed ? t('demo.changed') : t('demo.removed', { schools: n(result.removed.schools), figures: n(result.removed.figures), inspections: n(result.removed.inspections) }));
      setConfirmed(false);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const removable = demo ? demo.removable.schools + demo.removable.inspections + demo.removable.figures > 0 : false;
  return (
    <section className="card" aria-labelledby="demo-title">
      <h2 id="demo-title">{t('demo.title')}</h2>
      <p className="muted">{t('demo.intro')}</p>
      {demo && (
        <p role="status">
          {demo.present
            ? t('demo.holds', { schools: formatNumber(demo.schools), figures: formatNumber(demo.figures), inspections: formatNumber(demo.inspections) })
            : t('demo.none')}
        </p>
      )}
      {demo?.lastRemoved && <p className="muted">{t('demo.lastRemoved', { date: formatDateTime(demo.lastRemoved.at), by: demo.lastRemoved.by })}</p>}
      {demo && removable && (
        <>
          <p>
            {t('demo.willRemove', {
              schools: formatNumber(demo.removable.schools),
              figures: formatNumber(demo.removable.figures),
              inspections: formatNumber(demo.removable.inspections),
            })}
          </p>
          {demo.keptSchools.length > 0 && (
            <>
              <p>{t('demo.kept')}</p>
              <ul className="demo-kept">
                {demo.keptSchools.map((s) => (
                  <li key={s.instellingsnummer}>
                    {s.name} <span className="mono">({s.instellingsnummer})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="muted">{t('demo.backupHint')}</p>
          <div className="form-row">
            <label className="checkbox">
              <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} /> {t('demo.confirm')}
            </label>
            <button type="button" disabled={!confirmed || busy} onClick={() => void remove()}>
              {busy ? t('demo.removing') : t('demo.remove')}
            </button>
          </div>
        </>
      )}
      {message && <p role="status">{message}</p>}
      {(error ?? loadError) && <ErrorMessage error={(error ?? loadError)!} />}
    </section>
  );
}
