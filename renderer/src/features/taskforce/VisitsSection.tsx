import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RatingLevel } from '../../../../main/api/types';
import { type ApiResult, send } from '../../api/client';
import { formatDate } from '../../components/format';
import { EntryFormButtons, PlanEntryButtons } from './PlanEntryButtons';
import { changePlan } from './store';
import { VisitFiles } from './VisitFiles';

type Plan = ApiResult<'getReferral'>;
type Visit = Plan['visits'][number];
const LEVELS: RatingLevel[] = ['beneden', 'benadert', 'volgens', 'overstijgt'];

export function VisitsSection({ plan, locked }: { plan: Plan; locked: boolean }) {
  const { t } = useTranslation();
  const referralId = plan.referral.id;
  const [editing, setEditing] = useState<Visit | null>(null);
  const [held, setHeld] = useState(false);
  const [date, setDate] = useState('');
  const [participants, setParticipants] = useState('');
  const [notes, setNotes] = useState('');
  const [levels, setLevels] = useState<Record<string, RatingLevel | ''>>({});
  const goalTitle = new Map(plan.goals.map((g) => [g.id, g.title]));

  function load(v: Visit | null) {
    setEditing(v);
    setHeld(v?.held ?? false);
    setDate(v?.date ?? '');
    setParticipants(v?.participants ?? '');
    setNotes(v?.notes ?? '');
    setLevels(Object.fromEntries((v?.progress ?? []).map((p) => [p.goalId, p.level])));
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    // A planned visit carries no progress yet; it is judged once held.
    const progress = held
      ? Object.entries(levels)
          .filter((entry): entry is [string, RatingLevel] => entry[1] !== '')
          .map(([goalId, level]) => ({ goalId, level, note: '' }))
      : [];
    if (await changePlan(() => send('saveVisit', { referralId, id: editing?.id, date, held, participants, notes, progress }))) load(null);
  }

  return (
    <section aria-labelledby="visits-title">
      <h2 id="visits-title">{t('taskforce.visits')}</h2>
      <ul className="plain">
        {plan.visits.map((v) => (
          <li key={v.id}>
            <strong>{formatDate(v.date)}</strong> <span className={v.held ? 'badge' : 'badge muted'}>{v.held ? t('taskforce.held') : t('taskforce.planned')}</span>
            {!locked && <PlanEntryButtons referralId={referralId} kind="visit" id={v.id} label={formatDate(v.date)} onEdit={() => load(v)} />}
            {v.participants && <span className="muted"> — {v.participants}</span>}
            {v.notes && <p>{v.notes}</p>}
            {v.progress.length > 0 && (
              <ul>
                {v.progress.map((p) => (
                  <li key={p.goalId}>
                    {goalTitle.get(p.goalId)}: <span className={`level-tag level-${p.level}`}>{t(`ratingLevels.${p.level}`)}</span>
                  </li>
                ))}
              </ul>
            )}
            <VisitFiles plan={plan} visit={v} locked={locked} />
          </li>
        ))}
      </ul>
      {!locked && (
        <form className="card" onSubmit={add} aria-label={editing ? `${t('taskforce.edit')}: ${formatDate(editing.date)}` : t('taskforce.addVisit')}>
          <div className="form-row">
            <div className="field">
              <label htmlFor="visit-date">{t('taskforce.visitDate')}</label>
              <input id="visit-date" type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
            </div>
            <div className="field grow">
              <label htmlFor="visit-participants">{t('taskforce.participants')}</label>
              <input id="visit-participants" type="text" value={participants} onChange={(e) => setParticipants(e.target.value)} />
            </div>
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={held} onChange={(e) => setHeld(e.target.checked)} /> {t('taskforce.markHeld')}
          </label>
          <label htmlFor="visit-notes">{t('taskforce.notes')}</label>
          <textarea id="visit-notes" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
          {held && <div className="form-row">
            {plan.goals.map((g) => (
              <div className="field" key={g.id}>
                <label htmlFor={`visit-level-${g.id}`}>{t('taskforce.progressFor', { goal: g.title })}</label>
                <select id={`visit-level-${g.id}`} value={levels[g.id] ?? ''} onChange={(e) => setLevels({ ...levels, [g.id]: e.target.value as RatingLevel | '' })}>
                  <option value="">{t('taskforce.notRated')}</option>
                  {LEVELS.map((l) => (
                    <option key={l} value={l}>
                      {t(`ratingLevels.${l}`)}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>}
          <EntryFormButtons editing={editing !== null} addLabel={t('taskforce.addVisit')} onCancel={() => load(null)} />
        </form>
      )}
    </section>
  );
}
