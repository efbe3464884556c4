import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiResult, send } from '../../api/client';
import { formatDate } from '../../components/format';
import { EntryFormButtons, PlanEntryButtons } from './PlanEntryButtons';
import { changePlan } from './store';

type Plan = ApiResult<'getReferral'>;
type Milestone = Plan['milestones'][number];

export function MilestonesSection({ plan, locked }: { plan: Plan; locked: boolean }) {
  const { t } = useTranslation();
  const referralId = plan.referral.id;
  const [editing, setEditing] = useState<Milestone | null>(null);
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [reachedOn, setReachedOn] = useState('');

  const overdue = new Set(plan.overdueMilestoneIds);

  function load(m: Milestone | null) {
    setEditing(m);
    setTitle(m?.title ?? '');
    setDueDate(m?.dueDate ?? '');
    setReachedOn(m?.reachedOn ?? '');
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    if (await changePlan(() => send('saveMilestone', { referralId, id: editing?.id, title, dueDate, reachedOn: reachedOn || null }))) load(null);
  }

  return (
    <section aria-labelledby="milestones-title">
      <h2 id="milestones-title">{t('taskforce.milestones')}</h2>
      <ul className="plain">
        {plan.milestones.map((m) => (
          <li key={m.id}>
            <strong>{m.title}</strong> — {t('taskforce.due')} {formatDate(m.dueDate)}
            {m.reachedOn ? ` · ${t('taskforce.reachedOn')} ${formatDate(m.reachedOn)}` : ''}
            {overdue.has(m.id) && <span className="badge alert"> {t('taskforce.overdueMark')}</span>}
            {!locked && <PlanEntryButtons referralId={referralId} kind="milestone" id={m.id} label={m.title} onEdit={() => load(m)} />}
          </li>
        ))}
      </ul>
      {!locked && (
        <form className="card form-row" onSubmit={add} aria-label={editing ? `${t('taskforce.edit')}: ${editing.title}` : t('taskforce.addMilestone')}>
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
          <EntryFormButtons editing={editing !== null} addLabel={t('taskforce.addMilestone')} onCancel={() => load(null)} />
        </form>
      )}
    </section>
  );
}
