import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/router';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { formatDate } from '../../components/format';
import { ExportPackageForm } from '../exchange/ExportPackageForm';
import '../exchange/exchange.css';
import { ActionsSection } from './ActionsSection';
import { ClosingSection } from './ClosingSection';
import { GoalsSection } from './GoalsSection';
import { HistorySection } from './HistorySection';
import { TrajectorySection } from './TrajectorySection';
import './taskforce.css';
import { MilestonesSection } from './MilestonesSection';
import { ProgressReportPanel } from './ProgressReportPanel';
import { loadPlan, usePlan } from './store';
import { VisitsSection } from './VisitsSection';
import { BoardContactsSection } from './BoardContactsSection';
import { daysUntilText } from './days-until';

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
      <TrajectorySection plan={plan} />
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
      <BoardContactsSection plan={plan} locked={locked} />
      <ClosingSection plan={plan} />
      <HistorySection plan={plan} locked={locked} />
      <ProgressReportPanel referralId={referral.id} />
      <ExportPackageForm referralId={referral.id} />
    </article>
  );
}
