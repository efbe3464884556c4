import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiResult, send } from '../../api/client';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { formatDate, formatNumber } from '../../components/format';
import { OutcomesSection } from '../advice/OutcomesSection';
import { SignalBadge } from '../schools/SignalBadge';
import '../schools/signals.css';
import { DemoNotice } from '../demo/DemoNotice';
import { DrillChart } from './DrillChart';
import { DrillPanel } from './DrillPanel';
import { DrillLink, filterOf, overviewHref, useOverviewQuery } from './drill';
import { EvaluationTiles } from './EvaluationTiles';
import './evaluation.css';
import { FilterBar } from './FilterBar';
import { MonitoringTableView } from './MonitoringTableView';
import './overview.css';

type Overview = ApiResult<'getOverview'>;
const LEVELS = ['secundair', 'basis'] as const;

/**
 * Overzicht: is the plan working? The view lives in the address (filter,
 * year, drill-down); every figure leads to the schools behind it; every
 * table exports; the page prints whole.
 */
export function OverviewPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const query = useOverviewQuery();
  const [overview, setOverview] = useState<Overview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const filterKey = JSON.stringify(filterOf(query));

  useEffect(() => {
    setError(null);
    send('getOverview', { schoolYear: query.jaar, lang, filter: JSON.parse(filterKey) }).then(setOverview, (e: Error) => setError(e.message));
  }, [query.jaar, filterKey, lang]);

  return (
    <section aria-labelledby="overview-title" className="overview-page">
      <div className="overview-head">
        <h1 id="overview-title">{t('overview.title')}</h1>
        <button type="button" className="secondary no-print" onClick={() => window.print()}>
          {t('flanders.print')}
        </button>
      </div>
      <p>{t('flanders.intro')}</p>
      <DemoNotice />
      <p className="print-only muted">{t('flanders.printedOn', { date: formatDate(new Date().toISOString().slice(0, 10)) })}</p>
      {error && <ErrorMessage error={error} />}
      {!overview && !error && <Loading />}
      {overview && <FilterBar options={overview.filterOptions} />}
      {query.drill && <DrillPanel drill={query.drill} />}
      {overview && !overview.schoolYear && <p>{t('flanders.noData')}</p>}
      {overview && <EvaluationTiles evaluation={overview.evaluation} tables={overview.tables} />}
      {overview && <PipelineSection overview={overview} />}
      {overview?.schoolYear && <OverviewBody overview={overview} />}
      <OutcomesSection />
    </section>
  );
}

function PipelineSection({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const table = overview.tables.find((x) => x.id === 'pipeline');
  if (!table) return null;
  return (
    <section aria-labelledby="pipeline-title" className="print-block">
      <h2 id="pipeline-title">{t('evaluation.pipeline.title')}</h2>
      <MonitoringTableView table={table} />
    </section>
  );
}

function OverviewBody({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const query = useOverviewQuery();
  const year = overview.schoolYear!;
  const ofYear = overview.totals.filter((x) => x.schoolYear === year);
  const table = (id: string) => overview.tables.find((x) => x.id === id);
  return (
    <>
      <p className="no-print">
        <label htmlFor="overview-year">{t('flanders.year')}</label>{' '}
        <select id="overview-year" value={year} onChange={(e) => (location.hash = overviewHref(query, { jaar: e.target.value, drill: undefined }))}>
          {overview.schoolYears.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </p>
      <p className="print-only">
        {t('flanders.year')}: {year}
      </p>
      <dl className="tiles level-tiles">
        {LEVELS.map((level) => {
          const row = ofYear.find((x) => x.level === level);
          const text = row ? t('flanders.schoolsPupils', { schools: formatNumber(row.schools), pupils: formatNumber(row.pupils) }) : '';
          return row ? (
            <div className="card" key={level}>
              <dt>{t(`flanders.level.${level}`)}</dt>
              <dd>
                <DrillLink drill={overview.levelDrills[level]} what={`${t(`flanders.level.${level}`)} ${year}: ${text}`}>
                  {text}
                </DrillLink>
              </dd>
            </div>
          ) : null;
        })}
      </dl>

      <h2>{t('flanders.trendTitle')}</h2>
      {overview.trendCharts.map((c) => (
        <div key={c.level} className="print-block">
          <h3>{t(`flanders.level.${c.level}`)}</h3>
          <DrillChart svg={c.svg} alt={c.alt} width={c.width} height={c.height} points={c.points} />
          <MonitoringTableView table={c.table} />
        </div>
      ))}

      <h2>{t('flanders.distributionTitle', { year })}</h2>
      {LEVELS.map((level) => {
        const spread = table(`distribution-${level}`);
        return spread ? (
          <div key={level} className="print-block">
            <h3>{t(`flanders.level.${level}`)}</h3>
            <MonitoringTableView table={spread} schoolYear={year} />
          </div>
        ) : null;
      })}

      <h2>{t('flanders.severityTitle', { year })}</h2>
      <dl className="tiles">
        {(['severe', 'attention', 'none'] as const).map((s) => (
          <div className="card" key={s}>
            <dt>
              <SignalBadge severity={s} />
            </dt>
            <dd>
              <DrillLink drill={overview.severityDrills[s]} what={`${t(`signals.severity.${s}`)} ${year}: ${formatNumber(overview.severityCounts[s])}`}>
                {formatNumber(overview.severityCounts[s])}
              </DrillLink>
            </dd>
          </div>
        ))}
      </dl>

      <h2>{t('flanders.strongestTitle', { year })}</h2>
      {overview.strongest.length === 0 ? <p>{t('flanders.none')}</p> : table('strongest') && <MonitoringTableView table={table('strongest')!} schoolYear={year} />}
    </>
  );
}
