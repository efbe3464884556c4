import { schoolYearOfDate } from '../domain/advice/outcomes';
import {
  type EvaluationIndicator,
  PLAN_BASELINE_YEAR,
  disciplinaryMeasures,
  feelingSafe,
  qualifiedOutflow,
  teachingTime,
} from '../domain/signals/evaluation';
import { renderChartWithPoints, SCREEN_CHART_FONT_FAMILY, type ChartSpec } from '../reports/charts';
import { formatDutchNumber } from '../reports/dutch-format';
import type { ServiceContext } from './context';
import { flandersData } from './signals';
import { listReferrals } from '../db/repositories/taskforce';
import { PIPELINE_STEPS, type PipelineStep, taskforcePipeline } from '../domain/taskforce/caseload';
import { drillKey } from '../domain/monitoring/drill';
import { matchesOverviewFilter, type OverviewFilter } from '../domain/monitoring/filter';
import type { School } from '../domain/school';

type Lang = 'nl' | 'en';
export type { Lang as EvaluationLang };

const TITLES: Record<EvaluationIndicator['id'], Record<Lang, string>> = {
  teaching_time: { nl: 'Leerlingen bij de les (lesobservaties)', en: 'Pupils on task (lesson observations)' },
  disciplinary_measures: { nl: 'Tucht- en bewarende maatregelen per 100 leerlingen', en: 'Disciplinary and order measures per 100 pupils' },
  qualified_outflow: { nl: 'Gekwalificeerde uitstroom secundair onderwijs (%)', en: 'Qualified outflow from secondary education (%)' },
  feeling_safe: { nl: 'Leerlingen die zich veilig voelen (bevragingen, %)', en: 'Pupils who feel safe (surveys, %)' },
};
const WORDS = {
  nl: { flanders: 'Vlaanderen', per100: 'per 100 leerlingen', noData: 'nog geen gegevens', chart: 'Lijngrafiek', number: formatDutchNumber },
  en: { flanders: 'Flanders', per100: 'per 100 pupils', noData: 'no data yet', chart: 'Line chart', number: (v: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(v) },
};

function indicatorChart(indicator: EvaluationIndicator, lang: Lang): ChartSpec {
  return {
    kind: 'line',
    // The tile's heading names the chart; a title inside a small chart would be cut off.
    title: '',
    categories: indicator.series.map((p) => p.schoolYear),
    series: [{ name: WORDS[lang].flanders, values: indicator.series.map((p) => p.value) }],
    yAxisLabel: indicator.unit === 'percent' ? '%' : WORDS[lang].per100,
    width: 420,
    height: 240,
  };
}

/** The chart in words: every year's value, so the text alternative carries the whole chart. */
function indicatorAlt(indicator: EvaluationIndicator, lang: Lang): string {
  const w = WORDS[lang];
  if (indicator.series.length === 0) return `${TITLES[indicator.id][lang]}: ${w.noData}.`;
  const unit = indicator.unit === 'percent' ? ' %' : ` ${w.per100}`;
  return `${w.chart} ${TITLES[indicator.id][lang].toLowerCase()}: ${indicator.series.map((p) => `${p.schoolYear} ${w.number(p.value)}${unit}`).join(', ')}.`;
}

/**
 * What the evaluation indicators rest on, for the schools the filter counts:
 * classroom observations and survey tallies of final inspections (with the
 * school year of the visit), the school-year figures and the referrals. The
 * tiles and the schools behind each of their figures both read this, so a
 * drill-down lists exactly what the figure counted.
 */
export async function evaluationFacts(ctx: ServiceContext, filter: OverviewFilter = {}) {
  const [observations, surveys, { schools, figures }, referrals] = await Promise.all([
    ctx.db.all<{ inspectionId: string; instellingsnummer: string; startDate: string; onTask: number; offTask: number }>(
      `SELECT o.inspection_id AS inspectionId, i.instellingsnummer, i.start_date AS startDate, o.on_task AS onTask, o.off_task AS offTask
         FROM observations o JOIN inspections i ON i.id = o.inspection_id WHERE o.deleted_at IS NULL AND i.status = 'final'`,
    ),
    ctx.db.all<{ inspectionId: string; instellingsnummer: string; startDate: string; agree: number; respondents: number }>(
      `SELECT t.inspection_id AS inspectionId, i.instellingsnummer, i.start_date AS startDate, t.agree, t.respondents
         FROM survey_tallies t JOIN inspections i ON i.id = t.inspection_id
        WHERE t.deleted_at IS NULL AND i.status = 'final' AND t.question = 'pupils_safe_respected'`,
    ),
    flandersData(ctx),
    listReferrals(ctx.db),
  ]);
  const counted = new Map<string, School>(schools.filter((s) => matchesOverviewFilter(s, filter)).map((s) => [s.instellingsnummer, s]));
  const inFilter = <T extends { instellingsnummer: string }>(rows: readonly T[]) => rows.filter((r) => counted.has(r.instellingsnummer));
  const withYear = <T extends { startDate: string }>(rows: T[]) => rows.map((r) => ({ ...r, schoolYear: schoolYearOfDate(r.startDate) }));
  const secondary = new Set(schools.filter((s) => s.level === 'secundair').map((s) => s.instellingsnummer));
  const schoolFigures = inFilter(figures);
  return {
    schools: counted,
    observations: withYear(inFilter(observations)),
    surveys: withYear(inFilter(surveys)),
    figures: schoolFigures,
    secondaryFigures: schoolFigures.filter((f) => secondary.has(f.instellingsnummer)),
    referrals: inFilter(referrals),
    allFigures: figures,
  };
}
export type EvaluationFacts = Awaited<ReturnType<typeof evaluationFacts>>;

/** The four indicators from the facts: the same rules for all of Flanders, a filter, or one school. */
export function indicatorsOf(facts: Pick<EvaluationFacts, 'observations' | 'surveys' | 'figures' | 'secondaryFigures'>) {
  return [
    teachingTime(facts.observations),
    disciplinaryMeasures(facts.figures, PLAN_BASELINE_YEAR),
    qualifiedOutflow(facts.secondaryFigures),
    feelingSafe(facts.surveys),
  ];
}

/** The new inspections after 2B (reinspection_2b) of schools the task force guided, with the advice they ended with. */
export async function reinspectionsAfter2B(ctx: ServiceContext) {
  return ctx.db.all<{ instellingsnummer: string; chosen: string; reportDate: string | null }>(
    `SELECT i.instellingsnummer, a.chosen, a.report_date AS reportDate FROM inspections i JOIN advice_decisions a ON a.inspection_id = i.id
      WHERE i.type = 'reinspection_2b' AND i.status = 'final'
        AND i.instellingsnummer IN (SELECT instellingsnummer FROM taskforce_referrals WHERE advice = '2B')
      ORDER BY a.chosen`,
  );
}

/**
 * The plan's three evaluation indicators (§ 6) from the record, for the
 * schools the filter counts. Each comes with its chart and the chart in
 * words; every figure carries the drill key of the schools behind it.
 */
export async function evaluationIndicators(ctx: ServiceContext, lang: Lang = 'nl', filter: OverviewFilter = {}) {
  const facts = await evaluationFacts(ctx, filter);
  const { observations, surveys, schools } = facts;
  // The schools behind the latest value of the inspection-based indicators: a click from the tile to each school.
  const schoolsBehind = (indicator: EvaluationIndicator) => {
    const rows = indicator.id === 'teaching_time' ? observations : indicator.id === 'feeling_safe' ? surveys : [];
    const numbers = [...new Set(rows.filter((r) => r.schoolYear === indicator.latest?.schoolYear).map((r) => r.instellingsnummer))];
    return numbers.map((n) => ({ instellingsnummer: n, name: schools.get(n)?.name ?? n })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  };
  const indicators = indicatorsOf(facts);
  const lastFiguresYear = [...new Set(facts.allFigures.map((f) => f.schoolYear))].sort().pop() ?? null;
  const reinspectionRows = (await reinspectionsAfter2B(ctx)).filter((r) => schools.has(r.instellingsnummer));
  const reinspections = [...new Set(reinspectionRows.map((r) => r.chosen))].map((chosen) => ({ chosen, n: reinspectionRows.filter((r) => r.chosen === chosen).length, drill: drillKey({ kind: 'reinspection', advice: chosen as '1' }) }));
  // As of: the latest import of school-year figures (none: the demo data set).
  const lastImport = await ctx.db.get<{ fileName: string; importedAt: string }>(
    `SELECT file_name AS fileName, imported_at AS importedAt FROM import_log WHERE kind = 'figures' ORDER BY imported_at DESC LIMIT 1`,
  );
  // Final inspections in a school year after the last year of figures: counted in indicators 1 and 3, not yet in 2.
  const yearOfInspection = new Map([...observations, ...surveys].map((r) => [r.inspectionId, r.schoolYear]));
  const beyondFigures = lastFiguresYear ? [...yearOfInspection.values()].filter((year) => year > lastFiguresYear).length : 0;
  const drillOf = (indicator: EvaluationIndicator, schoolYear: string) => drillKey({ kind: 'evaluation', indicator: indicator.id, schoolYear });
  return {
    lastFiguresYear,
    lastImport: lastImport ?? null,
    inspectionsBeyondFigures: beyondFigures,
    pipeline: { ...taskforcePipeline(facts.referrals), reinspections, drills: Object.fromEntries(PIPELINE_STEPS.map((step) => [step, drillKey({ kind: 'pipeline', step })])) as Record<PipelineStep, string> },
    indicators: indicators.map((indicator) => {
      const chart = indicatorChart(indicator, lang);
      const drawn = indicator.series.length > 0 ? renderChartWithPoints(chart, SCREEN_CHART_FONT_FAMILY) : null;
      return {
        ...indicator,
        title: TITLES[indicator.id][lang],
        behind: schoolsBehind(indicator),
        drills: { baseline: indicator.baseline && drillOf(indicator, indicator.baseline.schoolYear), latest: indicator.latest && drillOf(indicator, indicator.latest.schoolYear) },
        chart:
          drawn
            ? {
                svg: drawn.svg,
                alt: indicatorAlt(indicator, lang),
                width: chart.width,
                height: chart.height,
                points: drawn.points.map((p) => ({ ...p, drill: drillOf(indicator, chart.categories[p.category]), label: `${chart.categories[p.category]}: ${WORDS[lang].number(indicator.series[p.category].value)}` })),
              }
            : null,
      };
    }),
  };
}
