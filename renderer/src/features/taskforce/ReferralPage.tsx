import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../../api/client';
import { hrefFor } from '../../app/router';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { formatDate } from '../../components/format';
import { ExportPackageForm } from '../exchange/ExportPackageForm';
import '../exchange/exchange.css';
import { ActionsSection } from './ActionsSection';
import { ClosingSection } from './ClosingSection';
import { GoalsSection } from './GoalsSection';
import { MilestonesSection } from './MilestonesSection';
import { ProgressReportPanel } from './ProgressReportPanel';
import { changePlan, loadPlan, usePlan } from './store';
import { VisitsSection } from './VisitsSection';
import { daysUntilText } from './days-until';

const ANSWERS = ['pending', 'accepts', 'declines', 'pbd_plan'] as const;

function BoardAnswer({ referralId, answer, date }: { referralId: string; answer: (typeof ANSWERS)[number]; date: string | null }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(answer);
  const [when, setWhen] = useState(date ?? '');
  async function save(event: FormEvent) {
    event.preventDefault();
    await changePlan(() => send('setBoardAnswer', { referralId, answer: value, date: when || null }));
  }
  return (
    <form className="form-row" onSubmit={save} aria-labelledby="board-title">
      <h2 id="board-title">{t('taskforce.boardTitle')}</h2>
      <div className="field">
        <label htmlFor="board-answer">{t('taskforce.boardAnswer')}</label>
        <select id="board-answer" value={value} onChange={(e) => setValue(e.target.value as typeof value)}>
          {ANSWERS.map((a) => (
            <option key={a} value={a}>
              {t(`taskforce.boardAnswers.${a}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="board-date">{t('taskforce.boardDate')}</label>
        <input id="board-date" type="date" value={when} onChange={(e) => setWhen(e.target.value)} />
      </div>
      <button type="submit">{t('taskforce.save')}</button>
    </form>
  );
}

/** Journey 5, "Follow up": one school's intervention plan. */
export function ReferralPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const plan = usePlan((s) => (s.plan?.referral.id === id ? s.plan : null));
  const chart = usePlan((s) => s.chart);
  const error = usePlan((s) => s.error);

  useEffect(() => {
    void loadPlan(id);
  }, [id]);

  if (!plan) return error ? <ErrorMessage error={error} onRetry={() => void loadPlan(id)} /> : <Loading />;
  const { referral } = plan;
  const locked = referral.closedOn !== null;

  return (
    <article aria-labelledby="plan-title">
      <p>
        <a href={hrefFor({ place: 'taskforce' })}>← {t('taskforce.title')}</a> · <a href={hrefFor({ place: 'inspection', id: referral.inspectionId })}>{referral.schoolName}</a>
      </p>
      <h1 id="plan-title">{t('taskforce.plan', { school: referral.schoolName })}</h1>
      <dl className="facts">
        <div><dt>{t('taskforce.columns.advice')}</dt><dd>{referral.advice}</dd></div>
        <div><dt>{t('taskforce.referredOn')}</dt><dd>{formatDate(referral.referralDate)}</dd></div>
        {referral.earliestNewInspection && (
          <div>
            <dt>{t('taskforce.earliest')}</dt>
            <dd>
              {formatDate(referral.earliestNewInspection)} ({daysUntilText(t, referral.earliestNewInspection)})
            </dd>
          </div>
        )}
        <div><dt>{t('taskforce.completion')}</dt><dd>{plan.completion === null ? '—' : `${Math.round(plan.completion * 100)} %`}</dd></div>
      </dl>
      <p className="muted">{t('taskforce.role')}</p>
      {error && <ErrorMessage error={error} />}
      {!locked && <BoardAnswer key={referral.updatedAt} referralId={referral.id} answer={referral.boardAnswer} date={referral.boardAnswerDate} />}
      <h2>{t('taskforce.shortcomings')}</h2>
      <ol className="shortcomings">
        {referral.shortcomings.map((s, i) => (
          <li key={i}>
            <strong>T{i + 1}</strong> {s.text}
          </li>
        ))}
      </ol>
      <GoalsSection plan={plan} locked={locked} />
      {chart && plan.visits.length > 0 && (
        <figure className="chart">
          <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart.svg)}`} alt={chart.alt} />
          <figcaption>{t('taskforce.chart')}</figcaption>
        </figure>
      )}
      <ActionsSection plan={plan} locked={locked} />
      <VisitsSection plan={plan} locked={locked} />
      <MilestonesSection plan={plan} locked={locked} />
      <ClosingSection plan={plan} />
      <ProgressReportPanel referralId={referral.id} />
      <ExportPackageForm referralId={referral.id} />
    </article>
  );
}
