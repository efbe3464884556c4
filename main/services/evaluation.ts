import { schoolYearOfDate } from '../domain/advice/outcomes';
import {
  type EvaluationIndicator,
  PLAN_BASELINE_YEAR,
  disciplinaryMeasures,
  feelingSafe,
  qualifiedOutflow,
  teachingTime,
} from '../domain/signals/evaluation';
import { renderChartSvg, SCREEN_CHART_FONT_FAMILY, type ChartSpec } from '../reports/charts';
import { formatDutchNumber } from '../reports/dutch-format';
import type { ServiceContext } from './context';
import { flandersData } from './signals';
import { listReferrals } from '../db/repositories/taskforce';
import { taskforcePipeline } from '../domain/taskforce/caseload';

type Lang = 'nl' | 'en';

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
 * The plan's three evaluation indicators (§ 6) from the record: classroom
 * observations and survey tallies of final inspections, and the school-year
 * figures. Each comes with its chart and the chart in words.
 */
export async function evaluationIndicators(ctx: ServiceContext, lang: Lang = 'nl') {
  const [observations, surveys, { schools, figures }] = await Promise.all([
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
  ]);
  const nameOf = new Map(schools.map((s) => [s.instellingsnummer, s.name]));
  // The schools behind the latest value of the inspection-based indicators: a click from the tile to each school.
  const schoolsBehind = (indicator: EvaluationIndicator) => {
    const rows = indicator.id === 'teaching_time' ? withYear(observations) : indicator.id === 'feeling_safe' ? withYear(surveys) : [];
    const numbers = [...new Set(rows.filter((r) => r.schoolYear === indicator.latest?.schoolYear).map((r) => r.instellingsnummer))];
    return numbers.map((n) => ({ instellingsnummer: n, name: nameOf.get(n) ?? n })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  };
  const secondary = new Set(schools.filter((s) => s.level === 'secundair').map((s) => s.instellingsnummer));
  const withYear = <T extends { startDate: string }>(rows: T[]) => rows.map((r) => ({ ...r, schoolYear: schoolYearOfDate(r.startDate) }));
  const indicators = [
    teachingTime(withYear(observations)),
    disciplinaryMeasures(figures, PLAN_BASELINE_YEAR),
    qualifiedOutflow(figures.filter((f) => secondary.has(f.instellingsnummer))),
    feelingSafe(withYear(surveys)),
  ];
  const lastFiguresYear = [...new Set(figures.map((f) => f.schoolYear))].sort().pop() ?? null;
  // The new inspections after 2B (reinspection_2b) of schools the task force guided: what advice they ended with.
  const reinspections = await ctx.db.all<{ chosen: string; n: number }>(
    `SELECT a.chosen, count(*) AS n FROM inspections i JOIN advice_decisions a ON a.inspection_id = i.id
      WHERE i.type = 'reinspection_2b' AND i.status = 'final'
        AND i.instellingsnummer IN (SELECT instellingsnummer FROM taskforce_referrals WHERE advice = '2B')
      GROUP BY a.chosen ORDER BY a.chosen`,
  );
  // As of: the latest import of school-year figures (none: the demo data set).
  const lastImport = await ctx.db.get<{ fileName: string; importedAt: string }>(
    `SELECT file_name AS fileName, imported_at AS importedAt FROM import_log WHERE kind = 'figures' ORDER BY imported_at DESC LIMIT 1`,
  );
  // Final inspections in a school year after the last year of figures: counted in indicators 1 and 3, not yet in 2.
  const yearOfInspection = new Map([...observations, ...surveys].map((r) => [r.inspectionId, schoolYearOfDate(r.startDate)]));
  const beyondFigures = lastFiguresYear ? [...yearOfInspection.values()].filter((year) => year > lastFiguresYear).length : 0;
  return {
    lastFiguresYear,
    lastImport: lastImport ?? null,
    inspectionsBeyondFigures: beyondFigures,
    pipeline: { ...taskforcePipeline(await listReferrals(ctx.db)), reinspections },
    indicators: indicators.map((indicator) => {
      const chart = indicatorChart(indicator, lang);
      return { ...indicator, title: TITLES[indicator.id][lang], behind: schoolsBehind(indicator), chart: indicator.series.length > 0 ? { svg: renderChartSvg(chart, SCREEN_CHART_FONT_FAMILY), alt: indicatorAlt(indicator, lang) } : null };
    }),
  };
}
