import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiResult, send } from '../../api/client';
import { formatDate } from '../../components/format';
import { changePlan } from './store';

type Plan = ApiResult<'getReferral'>;

/** The end evaluation: can the school go on alone? Closing locks the plan. */
export function ClosingSection({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const [date, setDate] = useState('');
  // Unticked at the start: whether the school can go on alone is a decision, not a default.
  const [canContinue, setCanContinue] = useState(false);
  const [motivation, setMotivation] = useState('');
  const { referral } = plan;

  async function close(event: FormEvent) {
    event.preventDefault();
    await changePlan(() => send('closeReferral', { referralId: referral.id, date, canContinueAlone: canContinue, motivation }));
  }

  return (
    <section aria-labelledby="closing-title">
      <h2 id="closing-title">{t('taskforce.closeTitle')}</h2>
      {referral.closedOn ? (
        <div className="card">
          <p>
            <strong>{t('taskforce.closedOn', { date: formatDate(referral.closedOn) })}</strong> {referral.canContinueAlone ? t('taskforce.continueYes') : t('taskforce.continueNo')}
          </p>
          <p>{referral.closingMotivation}</p>
        </div>
      ) : (
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
          <button type="submit">{t('taskforce.close')}</button>
        </form>
      )}
    </section>
  );
}
