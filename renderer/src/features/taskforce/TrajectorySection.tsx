import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiResult, send } from '../../api/client';
import { formatDate } from '../../components/format';
import { changePlan } from './store';

type Plan = ApiResult<'getReferral'>;
type Decision = 'board_answer' | 'agree_plan' | 'start_monitoring' | 'start_end_evaluation' | 'resume_monitoring' | 'reopen';
const ANSWERS = ['accepts', 'declines', 'pbd_plan'] as const;

/** Who follows the trajectory up, and by when the school should agree the plan. */
function Setup({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const { referral } = plan;
  const [member, setMember] = useState(referral.assignedMember);
  const [planDue, setPlanDue] = useState(referral.planDueOn ?? '');
  async function save(event: FormEvent) {
    event.preventDefault();
    await changePlan(() => send('saveReferralSetup', { referralId: referral.id, assignedMember: member, planDueOn: planDue || null }));
  }
  return (
    <form className="form-row" onSubmit={save} aria-label={t('taskforce.setupSave')}>
      <div className="field grow">
        <label htmlFor="setup-member">{t('taskforce.assignedMember')}</label>
        <input id="setup-member" type="text" value={member} onChange={(e) => setMember(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="setup-plan-due">{t('taskforce.planDueOn')}</label>
        <input id="setup-plan-due" type="date" value={planDue} onChange={(e) => setPlanDue(e.target.value)} />
      </div>
      <button type="submit">{t('taskforce.setupSave')}</button>
    </form>
  );
}

/** The decisions the phase allows (domain/taskforce/trajectory.ts), each with its date; closing has its own section. */
function DecisionForm({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const { referral } = plan;
  const options = plan.allowedEvents.filter((e): e is Decision => e !== 'close');
  const [kind, setKind] = useState<Decision | ''>(options[0] ?? '');
  const [date, setDate] = useState('');
  const [answer, setAnswer] = useState<(typeof ANSWERS)[number]>('accepts');
  const [signedBy, setSignedBy] = useState('');
  const [reason, setReason] = useState('');
  if (options.length === 0 || kind === '') return null;

  async function decide(event: FormEvent) {
    event.preventDefault();
    const base = { date };
    const chosen =
      kind === 'board_answer' ? { kind, ...base, answer } : kind === 'agree_plan' ? { kind, ...base, signedBy } : kind === 'reopen' ? { kind, ...base, reason } : { kind, ...base };
    if (await changePlan(() => send('decideTrajectory', { referralId: referral.id, event: chosen as never }))) {
      setDate('');
      setReason('');
    }
  }

  return (
    <form className="card" onSubmit={decide} aria-label={t('taskforce.decide')}>
      <div className="form-row">
        <div className="field">
          <label htmlFor="decision-kind">{t('taskforce.decide')}</label>
          <select id="decision-kind" value={kind} onChange={(e) => setKind(e.target.value as Decision)}>
            {options.map((o) => (
              <option key={o} value={o}>
                {t(`taskforce.events.${o}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="decision-date">{t('taskforce.decisionDate')}</label>
          <input id="decision-date" type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        {kind === 'board_answer' && (
          <div className="field">
            <label htmlFor="board-answer">{t('taskforce.boardAnswer')}</label>
            <select id="board-answer" value={answer} onChange={(e) => setAnswer(e.target.value as typeof answer)}>
              {ANSWERS.map((a) => (
                <option key={a} value={a}>
                  {t(`taskforce.boardAnswers.${a}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        {kind === 'agree_plan' && (
          <div className="field grow">
            <label htmlFor="decision-signed-by">{t('taskforce.signedBy')}</label>
            <input id="decision-signed-by" type="text" required value={signedBy} onChange={(e) => setSignedBy(e.target.value)} />
          </div>
        )}
      </div>
      {kind === 'reopen' && (
        <>
          <label htmlFor="decision-reason">{t('taskforce.reopenReason')}</label>
          <textarea id="decision-reason" rows={2} required value={reason} onChange={(e) => setReason(e.target.value)} />
        </>
      )}
      <button type="submit" className="primary">
        {t('taskforce.decide')}
      </button>
    </form>
  );
}

/** The trajectory's phase, its next deadline and the decisions that move it on. */
export function TrajectorySection({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const { referral, figures } = plan;
  return (
    <section aria-labelledby="trajectory-title">
      <h2 id="trajectory-title">{t('taskforce.trajectoryTitle')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('taskforce.phase')}</dt>
          <dd>
            <strong data-testid="phase">{t(`taskforce.phases.${referral.phase}`)}</strong>
          </dd>
        </div>
        <div>
          <dt>{t('taskforce.columns.board')}</dt>
          <dd>
            {t(`taskforce.boardAnswers.${referral.boardAnswer}`)}
            {referral.boardAnswerDate && ` (${formatDate(referral.boardAnswerDate)})`}
          </dd>
        </div>
        <div>
          <dt>{t('taskforce.assignedMember')}</dt>
          <dd data-testid="assigned">{referral.assignedMember || t('taskforce.unassigned')}</dd>
        </div>
        {figures.nextDeadline && (
          <div>
            <dt>{t('taskforce.nextDeadline')}</dt>
            <dd>
              {formatDate(figures.nextDeadline.date)} · {t(`taskforce.agendaKinds.${figures.nextDeadline.kind}`)}
            </dd>
          </div>
        )}
        {figures.open && figures.overdue.length > 0 && (
          <div>
            <dt>{t('taskforce.overdueItems')}</dt>
            <dd className="alert">{figures.overdue.length}</dd>
          </div>
        )}
      </dl>
      {referral.phase === 'withdrawal' && <p className="warning">{t('taskforce.withdrawalNote')}</p>}
      {referral.planAgreedBy && referral.planAgreedOn && <p>{t('taskforce.planAgreed', { by: referral.planAgreedBy, date: formatDate(referral.planAgreedOn) })}</p>}
      {referral.reopenReason && referral.phase !== 'closed' && <p className="muted">{t('taskforce.reopened', { reason: referral.reopenReason })}</p>}
      {referral.phase !== 'closed' && <Setup key={`setup-${referral.id}`} plan={plan} />}
      <DecisionForm key={`decide-${referral.id}-${referral.phase}`} plan={plan} />
    </section>
  );
}
