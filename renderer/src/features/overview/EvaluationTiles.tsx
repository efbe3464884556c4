import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../api/client';
import { hrefFor } from '../../app/router';
import { formatDate, formatNumber } from '../../components/format';

type Evaluation = ApiResult<'getOverview'>['evaluation'];
type Indicator = Evaluation['indicators'][number];

function Value({ indicator, point }: { indicator: Indicator; point: Indicator['baseline'] }) {
  const { t } = useTranslation();
  if (!point) return <>—</>;
  return (
    <>
      {formatNumber(point.value)}
      {indicator.unit === 'percent' ? ' %' : ` ${t('evaluation.per100')}`} <span className="muted">({point.schoolYear})</span>
    </>
  );
}

/**
 * § 6 of the plan: is it working? One tile per indicator with its baseline,
 * its latest value and the trend, what it rests on and what it does not
 * measure; the chart beside it has its text alternative.
 */
export function EvaluationTiles({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="evaluation-title">
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
                    <Value indicator={indicator} point={indicator.baseline} />
                  </dd>
                </div>
                <div>
                  <dt>{t('evaluation.latest')}</dt>
                  <dd>
                    <Value indicator={indicator} point={indicator.latest} />
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
            {indicator.behind.length > 0 && (
              <details>
                <summary>{t('evaluation.behind', { count: indicator.behind.length })}</summary>
                <ul className="plain">
                  {indicator.behind.map((school) => (
                    <li key={school.instellingsnummer}>
                      <a href={hrefFor({ place: 'school', instellingsnummer: school.instellingsnummer })}>{school.name}</a>
                    </li>
                  ))}
                </ul>
              </details>
            )}
            {indicator.unitKind === 'pupils' && indicator.latest && (
              <p>
                <a href={hrefFor({ place: 'schools' })}>{t('evaluation.allSchools')}</a>
              </p>
            )}
            {indicator.chart && (
              <figure className="chart">
                <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(indicator.chart.svg)}`} alt={indicator.chart.alt} />
              </figure>
            )}
            <p className="small">
              <strong>{t('evaluation.notMeasured')}</strong> {indicator.notMeasured.map((code) => t(`evaluation.limits.${code}`)).join(' ')}
            </p>
          </article>
        ))}
      </div>
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
