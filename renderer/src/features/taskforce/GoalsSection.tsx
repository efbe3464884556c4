import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiResult, send } from '../../api/client';
import { formatDate } from '../../components/format';
import { EntryFormButtons, PlanEntryButtons } from './PlanEntryButtons';
import { changePlan } from './store';

type Plan = ApiResult<'getReferral'>;
type Goal = Plan['goals'][number];

const EMPTY = { id: undefined as string | undefined, title: '', description: '', refs: [] as number[], reason: '' };

export function GoalsSection({ plan, locked }: { plan: Plan; locked: boolean }) {
  const { t } = useTranslation();
  const [form, setForm] = useState(EMPTY);
  const referralId = plan.referral.id;
  const shortcomings = plan.referral.shortcomings;

  const edit = (g: Goal) => setForm({ id: g.id, title: g.title, description: g.description, refs: g.shortcomingRefs, reason: g.noShortcomingReason });

  async function save(event: FormEvent) {
    event.preventDefault();
    const input = { referralId, id: form.id, title: form.title, description: form.description, shortcomingRefs: form.refs, noShortcomingReason: form.reason };
    if (await changePlan(() => send('saveGoal', input))) setForm(EMPTY);
  }

  /** A new goal starts from the linked tekort's text. */
  function toggle(i: number, on: boolean) {
    const refs = on ? [...form.refs, i].sort((a, b) => a - b) : form.refs.filter((r) => r !== i);
    const title = on && form.title.trim() === '' ? shortcomings[i].text.slice(0, 300) : form.title;
    setForm({ ...form, refs, title });
  }

  return (
    <section aria-labelledby="goals-title">
      <h2 id="goals-title">{t('taskforce.goals')}</h2>
      <ol className="goals">
        {plan.goals.map((goal, i) => {
          const progress = plan.progress[i];
          return (
            <li key={goal.id} className="card">
              <h3>{goal.title}</h3>
              {goal.description && <p>{goal.description}</p>}
              <p className="muted">
                {t('taskforce.goalShortcomings')}: {goal.shortcomingRefs.length ? goal.shortcomingRefs.map((r) => `T${r + 1}`).join(', ') : `— ${goal.noShortcomingReason}`}
              </p>
              <p>
                <strong>{t('taskforce.latest')}:</strong>{' '}
                {progress.latest ? <span className={`level-tag level-${progress.latest}`}>{t(`ratingLevels.${progress.latest}`)}</span> : t('taskforce.notJudged')}
                {progress.latest && progress.timeline.length > 0 && ` (${formatDate(progress.timeline[progress.timeline.length - 1].date)})`}
                {progress.trend !== 'unknown' && <span className={progress.noProgress ? 'warning inline' : 'muted'}> — {t(`taskforce.trend.${progress.trend}`)}</span>}
                {progress.stagnation && <span className="badge alert"> {t('taskforce.stagnation')}</span>}
              </p>
              {!locked && <PlanEntryButtons referralId={referralId} kind="goal" id={goal.id} label={goal.title} onEdit={() => edit(goal)} />}
            </li>
          );
        })}
      </ol>
      {!locked && (
        <form className="card" onSubmit={save} aria-label={form.id ? `${t('taskforce.edit')}: ${form.title}` : t('taskforce.addGoal')}>
          <fieldset className="checks">
            <legend>{t('taskforce.goalShortcomings')}</legend>
            {shortcomings.map((s, i) => (
              <label key={i} className="checkbox">
                <input type="checkbox" checked={form.refs.includes(i)} onChange={(e) => toggle(i, e.target.checked)} />
                <span>
                  <strong>T{i + 1}</strong> {s.text}
                </span>
              </label>
            ))}
          </fieldset>
          {form.refs.length === 0 && (
            <>
              <label htmlFor="goal-reason">{t('taskforce.noShortcomingReason')}</label>
              <input id="goal-reason" type="text" className="wide" value={form.reason} onChange={(e) => setForm({ ...form, reason: e.target.value })} />
            </>
          )}
          <label htmlFor="goal-title">{t('taskforce.goalTitle')}</label>
          <input id="goal-title" type="text" className="wide" required value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} />
          <label htmlFor="goal-description">{t('taskforce.goalDescription')}</label>
          <textarea id="goal-description" rows={2} value={form.description} onChange={(e) => setForm({ ...form, description: e.target.value })} />
          <EntryFormButtons editing={form.id !== undefined} addLabel={t('taskforce.addGoal')} onCancel={() => setForm(EMPTY)} />
        </form>
      )}
    </section>
  );
}
