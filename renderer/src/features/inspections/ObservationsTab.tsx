import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FOUR_RS, RATING_LEVELS } from '../../../../main/api/onsite-values';
import type { RatingLevel } from '../../../../main/api/types';
import { send } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDateTime, formatNumber } from '../../components/format';
import { refreshInspection, useInspection } from './store';

type R = (typeof FOUR_RS)[number];
const now = () => new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

function Counter({ id, label, value, onChange }: { id: string; label: string; value: number; onChange: (n: number) => void }) {
  return (
    <div className="field counter">
      <label htmlFor={id}>{label}</label>
      <span>
        <input id={id} type="number" min={0} value={value} onChange={(e) => onChange(Math.max(0, Number(e.target.value) || 0))} />
        <button type="button" aria-label={`${label} +1`} onClick={() => onChange(value + 1)}>+1</button>
      </span>
    </div>
  );
}

export function ObservationsTab({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const onsite = useInspection((s) => s.onsite)!;
  const inspectionId = useInspection((s) => s.detail!.inspection.id);
  const [className, setClassName] = useState('');
  const [subject, setSubject] = useState('');
  const [observedAt, setObservedAt] = useState(now);
  const [scores, setScores] = useState<Partial<Record<R, RatingLevel | null>>>({});
  const [notes, setNotes] = useState<Partial<Record<R, string>>>({});
  const [onTask, setOnTask] = useState(0);
  const [offTask, setOffTask] = useState(0);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const tot = onsite.summary.timeOnTask;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setMessage('');
    try {
      await send('saveObservation', { inspectionId, className, subject, observedAt, scores, notes, onTask, offTask });
      setClassName('');
      setSubject('');
      setScores({});
      setNotes({});
      setOnTask(0);
      setOffTask(0);
      setMessage(t('onsite.observations.added'));
      await refreshInspection();
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <section aria-labelledby="observations-title">
      <h2 id="observations-title">{t('onsite.observations.title')}</h2>
      {!readOnly && (
        <form className="card entry-form" onSubmit={(e) => void submit(e)} aria-label={t('onsite.observations.new')}>
          <h3>{t('onsite.observations.new')}</h3>
          <div className="form-row">
            <div className="field">
              <label htmlFor="obs-class">{t('onsite.observations.className')}</label>
              <input id="obs-class" required value={className} onChange={(e) => setClassName(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="obs-subject">{t('onsite.observations.subject')}</label>
              <input id="obs-subject" value={subject} onChange={(e) => setSubject(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="obs-time">{t('onsite.observations.time')}</label>
              <input id="obs-time" type="datetime-local" required value={observedAt} onChange={(e) => setObservedAt(e.target.value)} />
            </div>
          </div>
          <div className="four-rs">
            {FOUR_RS.map((r) => (
              <fieldset key={r}>
                <legend>{t(`onsite.observations.rs.${r}`)}</legend>
                <label htmlFor={`obs-${r}-score`}>{t(`onsite.observations.rs.${r}`)}: {t('onsite.observations.score')}</label>
                <select id={`obs-${r}-score`} value={scores[r] ?? ''} onChange={(e) => setScores((s) => ({ ...s, [r]: (e.target.value || null) as RatingLevel | null }))}>
                  <option value="">{t('onsite.observations.noScore')}</option>
                  {RATING_LEVELS.map((l) => (
                    <option key={l} value={l}>{t(`ratingLevels.${l}`)}</option>
                  ))}
                </select>
                <label htmlFor={`obs-${r}-note`}>{t(`onsite.observations.rs.${r}`)}: {t('onsite.observations.note')}</label>
                <input id={`obs-${r}-note`} value={notes[r] ?? ''} onChange={(e) => setNotes((n) => ({ ...n, [r]: e.target.value }))} />
              </fieldset>
            ))}
          </div>
          <div className="form-row">
            <Counter id="obs-on" label={t('onsite.observations.onTask')} value={onTask} onChange={setOnTask} />
            <Counter id="obs-off" label={t('onsite.observations.offTask')} value={offTask} onChange={setOffTask} />
          </div>
          <div className="actions">
            <button type="submit" className="primary">{t('onsite.observations.add')}</button>
          </div>
          <p role="status" aria-live="polite">{message}</p>
          {error && <ErrorMessage error={error} />}
        </form>
      )}
      <p>{t('onsite.observations.timeOnTask', { pct: tot.pct === null ? '—' : `${formatNumber(tot.pct)} %`, onTask: tot.onTask, total: tot.total })}</p>
      {onsite.observations.length === 0 ? (
        <p className="muted">{t('onsite.observations.empty')}</p>
      ) : (
        <table className="data compact observations-table">
          <thead>
            <tr>
              {(['time', 'className', 'subject', 'scores', 'onTask'] as const).map((c) => (
                <th key={c} scope="col">{t(`onsite.observations.columns.${c}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {onsite.observations.map((o) => (
              <tr key={o.id}>
                <td>{formatDateTime(o.observedAt)}</td>
                <td>{o.className}</td>
                <td>{o.subject}</td>
                <td>{FOUR_RS.map((r) => (o.scores[r] ? t(`ratingLevels.${o.scores[r]}`) : '—')).join(' · ')}</td>
                <td>{o.onTask}/{o.onTask + o.offTask}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
