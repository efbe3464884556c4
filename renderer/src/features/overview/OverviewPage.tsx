import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiResult, send } from '../../api/client';
import { hrefFor } from '../../app/router';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { formatNumber } from '../../components/format';
import { OutcomesSection } from '../advice/OutcomesSection';
import { EvaluationTiles } from './EvaluationTiles';
import { PipelineTable } from './PipelineTable';
import './evaluation.css';
import { SignalBadge } from '../schools/SignalBadge';
import '../schools/signals.css';
import { DemoNotice } from '../demo/DemoNotice';

type Overview = ApiResult<'getOverview'>;
const MEASURES = ['preventiveSuspensions', 'temporaryExclusions', 'definitiveExclusions', 'excludedNotReenrolled'] as const;
const LEVELS = ['secundair', 'basis'] as const;

export function OverviewPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const [overview, setOverview] = useState<Overview | null>(null);
  const [schoolYear, setSchoolYear] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setError(null);
    send('getOverview', { schoolYear, lang }).then(setOverview, (e: Error) => setError(e.message));
  }, [schoolYear, lang]);

  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">{t('overview.title')}</h1>
      <p>{t('flanders.intro')}</p>
      <DemoNotice />
      {error && <ErrorMessage error={error} />}
      {!overview && !error && <Loading />}
      {overview && !overview.schoolYear && <p>{t('flanders.noData')}</p>}
      {overview && <EvaluationTiles evaluation={overview.evaluation} />}
      {overview && <PipelineTable pipeline={overview.evaluation.pipeline} />}
      {overview?.schoolYear && <OverviewBody overview={overview} onYear={setSchoolYear} />}
      <OutcomesSection />
    </section>
  );
}

function OverviewBody({ overview, onYear }: { overview: Overview; onYear: (year: string) => void }) {
  const { t } = useTranslation();
  const year = overview.schoolYear!;
  const ofYear = overview.totals.filter((x) => x.schoolYear === year);
  return (
    <>
      <p>
        <label htmlFor="overview-year">{t('flanders.year')}</label>{' '}
        <select id="overview-year" value={year} onChange={(e) => onYear(e.target.value)}>
          {overview.schoolYears.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </p>
      <dl className="tiles level-tiles">
        {LEVELS.map((level) => {
          const row = ofYear.find((x) => x.level === level);
          return row ? (
            <div className="card" key={level}>
              <dt>{t(`flanders.level.${level}`)}</dt>
              <dd>{t('flanders.schoolsPupils', { schools: formatNumber(row.schools), pupils: formatNumber(row.pupils) })}</dd>
            </div>
          ) : null;
        })}
      </dl>

      <h2>{t('flanders.trendTitle')}</h2>
      {LEVELS.map((level) => {
        const rows = overview.totals.filter((x) => x.level === level);
        if (rows.length === 0) return null;
        return (
          <div key={level}>
          <h3>{t(`flanders.level.${level}`)}</h3>
          {overview.trendCharts
            .filter((c) => c.level === level)
            .map((c) => (
              <figure key={c.level} className="chart">
                <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(c.svg)}`} alt={c.alt} width={640} height={320} />
              </figure>
            ))}
          <table className="data">
            <caption>{t('flanders.trendCaption', { level: t(`flanders.level.${level}`) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('flanders.year')}</th>
                {MEASURES.map((m) => (
                  <th scope="col" className="num" key={m}>
                    {t(`flanders.measures.${m}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.schoolYear}>
                  <th scope="row">{r.schoolYear}</th>
                  {MEASURES.map((m) => (
                    <td className="num" key={m}>
                      {formatNumber(r.totals[m])} ({formatNumber(r.rates[m])})
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        );
      })}

      <h2>{t('flanders.distributionTitle', { year })}</h2>
      {[...ofYear].reverse().map((r) => (
        <div key={r.level}>
        <h3>{t(`flanders.level.${r.level}`)}</h3>
        <table className="data">
          <caption>{t('flanders.distributionCaption', { level: t(`flanders.level.${r.level}`) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('flanders.measure')}</th>
              <th scope="col" className="num">P10</th>
              <th scope="col" className="num">P25</th>
              <th scope="col" className="num">{t('flanders.median')}</th>
              <th scope="col" className="num">P75</th>
              <th scope="col" className="num">P90</th>
            </tr>
          </thead>
          <tbody>
            {MEASURES.map((m) => {
              const d = r.distribution[m];
              return (
                <tr key={m}>
                  <th scope="row">{t(`flanders.measures.${m}`)}</th>
                  <td className="num">{formatNumber(d?.p10)}</td>
                  <td className="num">{formatNumber(d?.p25)}</td>
                  <td className="num">{formatNumber(d?.median)}</td>
                  <td className="num">{formatNumber(d?.p75)}</td>
                  <td className="num">{formatNumber(d?.p90)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        </div>
      ))}

      <h2>{t('flanders.severityTitle', { year })}</h2>
      <dl className="tiles">
        {(['severe', 'attention', 'none'] as const).map((s) => (
          <div className="card" key={s}>
            <dt>
              <SignalBadge severity={s} />
            </dt>
            <dd>{formatNumber(overview.severityCounts[s])}</dd>
          </div>
        ))}
      </dl>

      <h2>{t('flanders.strongestTitle', { year })}</h2>
      {overview.strongest.length === 0 ? (
        <p>{t('flanders.none')}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('flanders.school')}</th>
              <th scope="col">{t('schools.columns.level')}</th>
              <th scope="col">{t('schools.columns.municipality')}</th>
              <th scope="col">{t('signals.columns.signal')}</th>
              <th scope="col">{t('flanders.signals')}</th>
            </tr>
          </thead>
          <tbody>
            {overview.strongest.map((s) => (
              <tr key={s.instellingsnummer}>
                <td>
                  <a href={hrefFor({ place: 'school', instellingsnummer: s.instellingsnummer })}>{s.name}</a>
                </td>
                <td>
                  {t(`levels.${s.level}`)} · {t(`forms.${s.form}`)}
                </td>
                <td>{s.municipality}</td>
                <td>
                  <SignalBadge severity={s.maxSeverity} />
                </td>
                <td>{s.signals.map((x) => t(`signals.ids.${x.id}`)).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
