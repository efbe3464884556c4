import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiResult, send } from '../../api/client';
import { formatDate } from '../../components/format';
import { changePlan } from './store';

type Plan = ApiResult<'getReferral'>;

export function GoalsSection({ plan, locked }: { plan: Plan; locked: boolean }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [refs, setRefs] = useState<number[]>([]);
  const referralId = plan.referral.id;

  async function add(event: FormEvent) {
    event.preventDefault();
    if (await changePlan(() => send('saveGoal', { referralId, title, description, shortcomingRefs: refs }))) {
      setTitle('');
      setDescription('');
      setRefs([]);
    }
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
                {t('taskforce.goalShortcomings')}: {goal.shortcomingRefs.length ? goal.shortcomingRefs.map((r) => `T${r + 1}`).join(', ') : '—'}
              </p>
              <p>
                <strong>{t('taskforce.latest')}:</strong>{' '}
                {progress.latest ? (
                  <span className={`level-tag level-${progress.latest}`}>{t(`ratingLevels.${progress.latest}`)}</span>
                ) : (
                  t('taskforce.notJudged')
                )}
                {progress.latest && progress.timeline.length > 0 && ` (${formatDate(progress.timeline[progress.timeline.length - 1].date)})`}
                {progress.trend !== 'unknown' && <span className={progress.noProgress ? 'warning inline' : 'muted'}> — {t(`taskforce.trend.${progress.trend}`)}</span>}
              </p>
            </li>
          );
        })}
      </ol>
      {!locked && (
        <form className="card" onSubmit={add} aria-label={t('taskforce.addGoal')}>
          <label htmlFor="goal-title">{t('taskforce.goalTitle')}</label>
          <input id="goal-title" type="text" className="wide" required value={title} onChange={(e) => setTitle(e.target.value)} />
          <label htmlFor="goal-description">{t('taskforce.goalDescription')}</label>
          <textarea id="goal-description" rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
          <fieldset className="checks">
            <legend>{t('taskforce.goalShortcomings')}</legend>
            {plan.referral.shortcomings.map((s, i) => (
              <label key={i} className="checkbox">
                <input type="checkbox" checked={refs.includes(i)} onChange={(e) => setRefs(e.target.checked ? [...refs, i] : refs.filter((r) => r !== i))} />
                <span>
                  <strong>T{i + 1}</strong> {s.text}
                </span>
              </label>
            ))}
          </fieldset>
          <button type="submit" className="primary">
            {t('taskforce.addGoal')}
          </button>
        </form>
      )}
    </section>
  );
}
