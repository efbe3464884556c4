import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiResult, send } from '../../api/client';
import { formatDate } from '../../components/format';
import { EntryFormButtons, PlanEntryButtons } from './PlanEntryButtons';
import { changePlan } from './store';

type Plan = ApiResult<'getReferral'>;
type Action = Plan['actions'][number];
const OWNERS = ['school_leader', 'behaviour_expert', 'team', 'pbd', 'clb'] as const;
const STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;

export function ActionsSection({ plan, locked }: { plan: Plan; locked: boolean }) {
  const { t } = useTranslation();
  const referralId = plan.referral.id;
  const [editing, setEditing] = useState<Action | null>(null);
  const [goalId, setGoalId] = useState('');
  const [description, setDescription] = useState('');
  const [ownerRole, setOwnerRole] = useState<Action['ownerRole']>('school_leader');
  const [dueDate, setDueDate] = useState('');
  const [schoolDecision, setSchoolDecision] = useState('');
  const [decisionOn, setDecisionOn] = useState('');
  const [decisionBy, setDecisionBy] = useState('');
  const overdue = new Set(plan.overdueActionIds);
  const goalTitle = new Map(plan.goals.map((g) => [g.id, g.title]));

  const save = ({ removedAt: _removed, ...action }: Action) => changePlan(() => send('saveAction', { referralId, ...action }));

  function load(a: Action | null) {
    setEditing(a);
    setGoalId(a?.goalId ?? '');
    setDescription(a?.description ?? '');
    setOwnerRole(a?.ownerRole ?? 'school_leader');
    setDueDate(a?.dueDate ?? '');
    setSchoolDecision(a?.schoolDecision ?? '');
    setDecisionOn(a?.schoolDecisionOn ?? '');
    setDecisionBy(a?.schoolDecisionBy ?? '');
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    const fields = { goalId: goalId || null, description, ownerRole, dueDate, schoolDecision, schoolDecisionOn: decisionOn || null, schoolDecisionBy: decisionBy };
    const ok = await changePlan(() => send('saveAction', { referralId, id: editing?.id, status: editing?.status ?? 'planned', ...fields }));
    if (ok) load(null);
  }

  return (
    <section aria-labelledby="actions-title">
      <h2 id="actions-title">{t('taskforce.actions')}</h2>
      {plan.actions.length > 0 && (
        <div className="table-scroll">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('taskforce.action')}</th>
              <th scope="col">{t('taskforce.goal')}</th>
              <th scope="col">{t('taskforce.owner')}</th>
              <th scope="col">{t('taskforce.due')}</th>
              <th scope="col">{t('taskforce.status')}</th>
              <th scope="col">{t('taskforce.schoolDecision')}</th>
              {!locked && <th scope="col"><span className="visually-hidden">{t('taskforce.edit')}</span></th>}
            </tr>
          </thead>
          <tbody>
            {plan.actions.map((a) => (
              <tr key={a.id}>
                <td>{a.description}</td>
                <td>{a.goalId ? goalTitle.get(a.goalId) : t('taskforce.noGoal')}</td>
                <td>{t(`taskforce.owners.${a.ownerRole}`)}</td>
                <td>
                  {formatDate(a.dueDate)}
                  {overdue.has(a.id) && <span className="badge alert"> {t('taskforce.overdueMark')}</span>}
                </td>
                <td>
                  <select aria-label={`${t('taskforce.status')}: ${a.description}`} value={a.status} disabled={locked} onChange={(e) => void save({ ...a, status: e.target.value as Action['status'] })}>
                    {STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {t(`taskforce.statuses.${s}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  {a.schoolDecision || '—'}
                  {(a.schoolDecisionBy || a.schoolDecisionOn) && (
                    <span className="muted"> ({[a.schoolDecisionBy, a.schoolDecisionOn && formatDate(a.schoolDecisionOn)].filter(Boolean).join(', ')})</span>
                  )}
                </td>
                {!locked && (
                  <td>
                    <PlanEntryButtons referralId={referralId} kind="action" id={a.id} label={a.description} onEdit={() => load(a)} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
      {!locked && (
        <form className="card form-row" onSubmit={add} aria-label={editing ? `${t('taskforce.edit')}: ${editing.description}` : t('taskforce.addAction')}>
          <div className="field grow">
            <label htmlFor="action-description">{t('taskforce.action')}</label>
            <input id="action-description" type="text" required value={description} onChange={(e) => setDescription(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="action-goal">{t('taskforce.goal')}</label>
            <select id="action-goal" value={goalId} onChange={(e) => setGoalId(e.target.value)}>
              <option value="">{t('taskforce.noGoal')}</option>
              {plan.goals.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.title}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="action-owner">{t('taskforce.owner')}</label>
            <select id="action-owner" value={ownerRole} onChange={(e) => setOwnerRole(e.target.value as Action['ownerRole'])}>
              {OWNERS.map((o) => (
                <option key={o} value={o}>
                  {t(`taskforce.owners.${o}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="action-due">{t('taskforce.due')}</label>
            <input id="action-due" type="date" required value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
          </div>
          <div className="field grow">
            <label htmlFor="action-decision">{t('taskforce.schoolDecision')}</label>
            <input id="action-decision" type="text" value={schoolDecision} onChange={(e) => setSchoolDecision(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="action-decision-on">{t('taskforce.schoolDecisionOn')}</label>
            <input id="action-decision-on" type="date" value={decisionOn} onChange={(e) => setDecisionOn(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="action-decision-by">{t('taskforce.schoolDecisionBy')}</label>
            <input id="action-decision-by" type="text" value={decisionBy} onChange={(e) => setDecisionBy(e.target.value)} />
          </div>
          <EntryFormButtons editing={editing !== null} addLabel={t('taskforce.addAction')} onCancel={() => load(null)} />
        </form>
      )}
    </section>
  );
}
