import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../api/client';
import { formatDate, formatNumber } from '../../components/format';
import { DrillChart } from './DrillChart';
import { DrillLink } from './drill';
import { type MonitoringTable, MonitoringTableView } from './MonitoringTableView';

type Evaluation = ApiResult<'getOverview'>['evaluation'];
type Indicator = Evaluation['indicators'][number];

function Value({ indicator, point, drill }: { indicator: Indicator; point: Indicator['baseline']; drill: string | null }) {
  const { t } = useTranslation();
  if (!point) return <>—</>;
  const value = `${formatNumber(point.value)}${indicator.unit === 'percent' ? ' %' : ` ${t('evaluation.per100')}`}`;
  return (
    <DrillLink drill={drill} what={`${t(`evaluation.names.${indicator.id}`)} ${point.schoolYear}: ${value}`}>
      {value} <span className="muted">({point.schoolYear})</span>
    </DrillLink>
  );
}

/**
 * § 6 of the plan: is it working? One tile per indicator with its baseline,
 * its latest value and the trend, what it rests on and what it does not
 * measure; the chart beside it has its text alternative.
 */
export function EvaluationTiles({ evaluation, tables }: { evaluation: Evaluation; tables: readonly MonitoringTable[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="evaluation-title" className="print-block">
      <h2 id="evaluation-title">{t('evaluation.title')}</h2>
      <p>{t('evaluation.intro')}</p>
      <div className="evaluation-tiles">
        {evaluation.indicators.map((indicator) => (
          <article className="card evaluation-tile" key={indicator.id} aria-labelledby={`evaluation-${indicator.id}`}>
            <h3 id={`evaluation-${indicator.id}`}>
              {t('evaluation.indicator', { n: indicator.planIndicator })} — {t(`evaluation.names.${indicator.id}`)}
            </h3>
            {indicator.series.length === 0 ? (
              <p className="muted">{t(`evaluation.noData.${indicator.id}`)}</p>
            ) : (
              <dl className="facts">
                <div>
                  <dt>{t('evaluation.baseline')}</dt>
                  <dd>
                    <Value indicator={indicator} point={indicator.baseline} drill={indicator.drills.baseline} />
                  </dd>
                </div>
                <div>
                  <dt>{t('evaluation.latest')}</dt>
                  <dd>
                    <Value indicator={indicator} point={indicator.latest} drill={indicator.drills.latest} />
                  </dd>
                </div>
                <div>
                  <dt>{t('evaluation.trend')}</dt>
                  <dd className={indicator.trend === 'worse' ? 'alert' : undefined}>{t(`evaluation.trends.${indicator.trend}`)}</dd>
                </div>
              </dl>
            )}
            {indicator.latest && (
              <p className="muted">
                {t(`evaluation.restsOn.${indicator.unitKind}`, {
                  units: formatNumber(indicator.latest.units),
                  inspections: formatNumber(indicator.latest.inspections),
                  schools: formatNumber(indicator.latest.schools),
                  year: indicator.latest.schoolYear,
                })}
              </p>
            )}
            {indicator.chart && <DrillChart {...indicator.chart} />}
            {tables.filter((x) => x.id === `evaluation-${indicator.id}`).map((x) => (
              <MonitoringTableView key={x.id} table={x} />
            ))}
            <p className="small">
              <strong>{t('evaluation.notMeasured')}</strong> {indicator.notMeasured.map((code) => t(`evaluation.limits.${code}`)).join(' ')}
            </p>
          </article>
        ))}
      </div>
      {tables.filter((x) => x.id === 'evaluation').map((x) => (
        <MonitoringTableView key={x.id} table={x} />
      ))}
      <p className="muted">
        {evaluation.lastImport
          ? t('evaluation.source', { file: evaluation.lastImport.fileName, date: formatDate(evaluation.lastImport.importedAt.slice(0, 10)) })
          : t('evaluation.sourceDemo')}{' '}
        {evaluation.lastFiguresYear && t('evaluation.asOf', { year: evaluation.lastFiguresYear })}{' '}
        {evaluation.inspectionsBeyondFigures > 0 && t('evaluation.beyond', { count: evaluation.inspectionsBeyondFigures, year: evaluation.lastFiguresYear })}
      </p>
    </section>
  );
}
