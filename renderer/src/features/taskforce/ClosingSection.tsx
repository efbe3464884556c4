import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiResult, send } from '../../api/client';
import { formatDate } from '../../components/format';
import { changePlan } from './store';

type Plan = ApiResult<'getReferral'>;
type Checklist = ApiResult<'getClosingChecklist'>;

/**
 * Closing is deliberate: the check list first (overdue actions and
 * milestones, planned visits, goals without progress), "De school kan
 * zelfstandig verder" starts unticked and the decision needs a motivation,
 * then a confirmation. Closing locks the plan; reopening needs a reason.
 */
export function ClosingSection({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const { referral } = plan;
  const [list, setList] = useState<Checklist | null>(null);
  const [date, setDate] = useState('');
  const [canContinue, setCanContinue] = useState(false);
  const [motivation, setMotivation] = useState('');
  const [acknowledge, setAcknowledge] = useState(false);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    if (referral.closedOn === null) send('getClosingChecklist', { referralId: referral.id }).then(setList, () => setList(null));
  }, [referral.id, referral.closedOn, referral.updatedAt, plan]);

  async function close(event: FormEvent) {
    event.preventDefault();
    if (!confirming) return setConfirming(true);
    const ok = await changePlan(() => send('closeReferral', { referralId: referral.id, date, canContinueAlone: canContinue, motivation, acknowledgeGoals: acknowledge }));
    setConfirming(false);
    if (ok) setMotivation('');
  }

  if (referral.closedOn) {
    return (
      <section aria-labelledby="closing-title">
        <h2 id="closing-title">{t('taskforce.closeTitle')}</h2>
        <div className="card">
          <p>
            <strong>{t('taskforce.closedOn', { date: formatDate(referral.closedOn) })}</strong> {referral.canContinueAlone ? t('taskforce.continueYes') : t('taskforce.continueNo')}
          </p>
          <p>{referral.closingMotivation}</p>
        </div>
      </section>
    );
  }
  if (!list) return null;
  const check = (label: string, count: number, blocking: boolean) => (
    <li className={count > 0 ? (blocking ? 'alert' : 'warning inline') : 'muted'}>
      {label} {count === 0 && `— ${t('taskforce.checkOk')}`}
    </li>
  );
  return (
    <section aria-labelledby="closing-title">
      <h2 id="closing-title">{t('taskforce.closeTitle')}</h2>
      <div className="card">
        <h3>{t('taskforce.checklistTitle')}</h3>
        <ul className="plain checklist">
          {check(t('taskforce.checkOverdueActions', { count: list.overdueActions.length }), list.overdueActions.length, true)}
          {check(t('taskforce.checkOverdueMilestones', { count: list.overdueMilestones.length }), list.overdueMilestones.length, true)}
          {check(t('taskforce.checkPlannedVisits', { count: list.plannedVisits.length }), list.plannedVisits.length, true)}
          {check(t('taskforce.checkGoals', { count: list.goalsWithoutProgress.length }), list.goalsWithoutProgress.length, false)}
        </ul>
        {!list.canCloseNow && <p className="muted">{t('taskforce.closeOnlyAfterEvaluation')}</p>}
      </div>
      {list.canCloseNow && (
        <form className="card" onSubmit={close} aria-label={t('taskforce.close')}>
          <div className="form-row">
            <div className="field">
              <label htmlFor="close-date">{t('taskforce.closeDate')}</label>
              <input id="close-date" type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
            </div>
            <label className="checkbox">
              <input type="checkbox" checked={canContinue} onChange={(e) => setCanContinue(e.target.checked)} /> {t('taskforce.canContinue')}
            </label>
          </div>
          <label htmlFor="close-motivation">{t('taskforce.closeMotivation')}</label>
          <textarea id="close-motivation" rows={3} required value={motivation} onChange={(e) => setMotivation(e.target.value)} />
          {list.goalsWithoutProgress.length > 0 && (
            <label className="checkbox">
              <input type="checkbox" checked={acknowledge} onChange={(e) => setAcknowledge(e.target.checked)} /> {t('taskforce.acknowledgeGoals')}
            </label>
          )}
          {confirming ? (
            <div role="alertdialog" aria-labelledby="confirm-close" className="confirm">
              <p id="confirm-close">{t('taskforce.confirmClose')}</p>
              <button type="submit" className="primary">
                {t('taskforce.confirm')}
              </button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>
                {t('taskforce.cancel')}
              </button>
            </div>
          ) : (
            <button type="submit">{t('taskforce.close')}</button>
          )}
        </form>
      )}
    </section>
  );
}
