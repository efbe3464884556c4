import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../api/client';
import { hrefFor } from '../../app/router';
import { formatNumber } from '../../components/format';

type Pipeline = ApiResult<'getOverview'>['evaluation']['pipeline'];
const STEPS = ['referred', 'referred2B', 'accepted', 'refused', 'withdrawal', 'plansAgreed', 'closed'] as const;

/** The task force's pipeline: from referral to closure, and what the new inspections after 2B concluded. */
export function PipelineTable({ pipeline }: { pipeline: Pipeline }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="pipeline-title">
      <h2 id="pipeline-title">{t('evaluation.pipeline.title')}</h2>
      <table className="data">
        <caption>
          {t('evaluation.pipeline.caption')} <a href={hrefFor({ place: 'taskforce' })}>{t('evaluation.pipeline.open')}</a>
        </caption>
        <tbody>
          {STEPS.map((step) => (
            <tr key={step}>
              <th scope="row">{t(`evaluation.pipeline.steps.${step}`)}</th>
              <td className="num">{formatNumber(pipeline[step])}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('evaluation.pipeline.averageDays')}</th>
            <td className="num">{pipeline.averageDays === null ? '—' : t('evaluation.pipeline.days', { count: pipeline.averageDays })}</td>
          </tr>
          <tr>
            <th scope="row">{t('evaluation.pipeline.reinspections')}</th>
            <td>{pipeline.reinspections.length === 0 ? t('evaluation.pipeline.noReinspections') : pipeline.reinspections.map((r) => `${t('evaluation.pipeline.advice', { advice: r.chosen })}: ${r.n}`).join(' · ')}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
