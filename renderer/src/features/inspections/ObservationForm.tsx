import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FOUR_RS, RATING_LEVELS } from '../../../../main/api/onsite-values';
import type { RatingLevel } from '../../../../main/api/types';
import { send } from '../../api/client';
import { EntryFormFooter, useEntrySave } from './entry-form';
import { useInspection } from './store';

type R = (typeof FOUR_RS)[number];
const now = () => new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

/** An observation being corrected: the form opens with its values and saves under its id. */
export interface ObservationDraft {
  id: string;
  className: string;
  subject: string;
  observedAt: string;
  scores: Partial<Record<R, RatingLevel | null>>;
  notes: Partial<Record<R, string>>;
  onTask: number;
  offTask: number;
}

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

/** Records one classroom observation (the four R's and time on task), or corrects one in place. */
export function ObservationForm({ existing, onSaved }: { existing?: ObservationDraft; onSaved?: () => void }) {
  const { t } = useTranslation();
  const uid = useId();
  const inspectionId = useInspection((s) => s.detail!.inspection.id);
  const [className, setClassName] = useState(existing?.className ?? '');
  const [subject, setSubject] = useState(existing?.subject ?? '');
  const [observedAt, setObservedAt] = useState(existing?.observedAt ?? now);
  const [scores, setScores] = useState<Partial<Record<R, RatingLevel | null>>>(existing?.scores ?? {});
  const [notes, setNotes] = useState<Partial<Record<R, string>>>(existing?.notes ?? {});
  const [onTask, setOnTask] = useState(existing?.onTask ?? 0);
  const [offTask, setOffTask] = useState(existing?.offTask ?? 0);
  const { message, error, save } = useEntrySave('observations', Boolean(existing), onSaved);
  const title = t(existing ? 'onsite.observations.editing' : 'onsite.observations.new');

  function submit(e: FormEvent) {
    e.preventDefault();
    void save(
      () => send('saveObservation', { inspectionId, id: existing?.id, className, subject, observedAt, scores, notes, onTask, offTask }),
      () => {
        setClassName('');
        setSubject('');
        setScores({});
        setNotes({});
        setOnTask(0);
        setOffTask(0);
      },
    );
  }

  return (
    <form className="card entry-form" onSubmit={submit} aria-label={title}>
      <h3>{title}</h3>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${uid}-class`}>{t('onsite.observations.className')}</label>
          <input id={`${uid}-class`} required autoFocus={Boolean(existing)} value={className} onChange={(e) => setClassName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-subject`}>{t('onsite.observations.subject')}</label>
          <input id={`${uid}-subject`} value={subject} onChange={(e) => setSubject(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-time`}>{t('onsite.observations.time')}</label>
          <input id={`${uid}-time`} type="datetime-local" required value={observedAt} onChange={(e) => setObservedAt(e.target.value)} />
        </div>
      </div>
      <div className="four-rs">
        {FOUR_RS.map((r) => (
          <fieldset key={r}>
            <legend>{t(`onsite.observations.rs.${r}`)}</legend>
            <label htmlFor={`${uid}-${r}-score`}>{t(`onsite.observations.rs.${r}`)}: {t('onsite.observations.score')}</label>
            <select id={`${uid}-${r}-score`} value={scores[r] ?? ''} onChange={(e) => setScores((s) => ({ ...s, [r]: (e.target.value || null) as RatingLevel | null }))}>
              <option value="">{t('onsite.observations.noScore')}</option>
              {RATING_LEVELS.map((l) => (
                <option key={l} value={l}>{t(`ratingLevels.${l}`)}</option>
              ))}
            </select>
            <label htmlFor={`${uid}-${r}-note`}>{t(`onsite.observations.rs.${r}`)}: {t('onsite.observations.note')}</label>
            <input id={`${uid}-${r}-note`} value={notes[r] ?? ''} onChange={(e) => setNotes((n) => ({ ...n, [r]: e.target.value }))} />
          </fieldset>
        ))}
      </div>
      <div className="form-row">
        <Counter id={`${uid}-on`} label={t('onsite.observations.onTask')} value={onTask} onChange={setOnTask} />
        <Counter id={`${uid}-off`} label={t('onsite.observations.offTask')} value={offTask} onChange={setOffTask} />
      </div>
      <EntryFormFooter namespace="observations" correcting={Boolean(existing)} onCancel={onSaved} message={message} error={error} />
    </form>
  );
}
