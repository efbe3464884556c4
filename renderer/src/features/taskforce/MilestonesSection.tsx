import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiResult, send } from '../../api/client';
import { formatDate } from '../../components/format';
import { changePlan } from './store';

type Plan = ApiResult<'getReferral'>;

export function MilestonesSection({ plan, locked }: { plan: Plan; locked: boolean }) {
  const { t } = useTranslation();
  const referralId = plan.referral.id;
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [reachedOn, setReachedOn] = useState('');

  async function add(event: FormEvent) {
    event.preventDefault();
    if (await changePlan(() => send('saveMilestone', { referralId, title, dueDate, reachedOn: reachedOn || null }))) {
      setTitle('');
      setDueDate('');
      setReachedOn('');
    }
  }

  return (
    <section aria-labelledby="milestones-title">
      <h2 id="milestones-title">{t('taskforce.milestones')}</h2>
      <ul className="plain">
        {plan.milestones.map((m) => (
          <li key={m.id}>
            <strong>{m.title}</strong> — {t('taskforce.due')} {formatDate(m.dueDate)}
            {m.reachedOn ? ` · ${t('taskforce.reachedOn')} ${formatDate(m.reachedOn)}` : ''}
          </li>
        ))}
      </ul>
      {!locked && (
        <form className="card form-row" onSubmit={add} aria-label={t('taskforce.addMilestone')}>
          <div className="field grow">
            <label htmlFor="milestone-title">{t('taskforce.milestone')}</label>
            <input id="milestone-title" type="text" required value={title} onChange={(e) => setTitle(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="milestone-due">{t('taskforce.due')}</label>
            <input id="milestone-due" type="date" required value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="milestone-reached">{t('taskforce.reachedOn')}</label>
            <input id="milestone-reached" type="date" value={reachedOn} onChange={(e) => setReachedOn(e.target.value)} />
          </div>
          <button type="submit">{t('taskforce.addMilestone')}</button>
        </form>
      )}
    </section>
  );
}
