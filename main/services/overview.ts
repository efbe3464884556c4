import type { ValidatedInput } from '../api/contract';
import { AppError } from '../api/envelope';
import { drillKey } from '../domain/monitoring/drill';
import { filterOptions, matchesOverviewFilter, type OverviewFilter } from '../domain/monitoring/filter';
import type { MonitoringTable } from '../domain/monitoring/table';
import { flandersTotals, SEVERITIES, severityRank, type SignalSeverity } from '../domain/signals';
import { OVERVIEW_MEASURES } from '../domain/signals/overview';
import { renderChartWithPoints, SCREEN_CHART_FONT_FAMILY } from '../reports/charts';
import type { ServiceContext } from './context';
import { evaluationIndicators } from './evaluation';
import type { HandlerMap } from './handler-types';
import { overviewDrill } from './overview-drill';
import { exportOverviewTable } from './overview-export';
import { trendAltText, trendChart } from './overview-charts';
import { distributionTable, evaluationSeriesTable, evaluationTable, levelsTable, pipelineTable, severityTable, strongestTable, trendTable } from './overview-tables';
import { flandersData } from './signals';

/**
 * The Flanders-wide overview for the schools the filter counts (one rule,
 * main/domain/monitoring/filter.ts): totals and rates per school year and
 * niveau (all years, for the trend), and for the chosen year the number of
 * schools per signal severity and the schools with the strongest signals.
 * Every table, card and chart point carries the drill key of its schools.
 */
export async function getOverview(ctx: ServiceContext, input: ValidatedInput<'getOverview'>) {
  const lang = input.lang ?? 'nl';
  const filter: OverviewFilter = input.filter ?? {};
  const { schools: allSchools, figures: allFigures, index } = await flandersData(ctx);
  const schools = allSchools.filter((s) => matchesOverviewFilter(s, filter));
  const counted = new Set(schools.map((s) => s.instellingsnummer));
  const totals = flandersTotals(schools, allFigures.filter((f) => counted.has(f.instellingsnummer)));
  // The years on offer do not depend on the filter: a filter that leaves a year empty shows it empty, not another year.
  const schoolYears = [...new Set(allFigures.map((f) => f.schoolYear))].sort();
  const schoolYear = input.schoolYear ?? schoolYears[schoolYears.length - 1] ?? null;
  if (input.schoolYear && !schoolYears.includes(input.schoolYear)) {
    throw new AppError('not_found', `Geen cijfers voor schooljaar ${input.schoolYear} (wel: ${schoolYears.join(', ') || 'geen'})`, 'schoolYear');
  }
  const schoolByNumber = new Map(schools.map((s) => [s.instellingsnummer, s]));
  const severityCounts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<SignalSeverity, number>;
  const rows = schoolYear ? index.rowsOfYear(schoolYear).filter((r) => counted.has(index.rows[r].school.instellingsnummer)) : [];
  for (const r of rows) severityCounts[index.rowSeverity(r).max]++;
  const strongest = rows
    .map((r) => ({ r, ...index.rowSeverity(r) }))
    .filter((x) => x.max !== 'none')
    .sort((a, b) => severityRank(b.max) - severityRank(a.max) || b.flagged - a.flagged || a.r - b.r)
    .slice(0, input.top ?? 25)
    .map(({ r }) => {
      const signals = index.materialise(r);
      const school = schoolByNumber.get(signals.instellingsnummer)!;
      return {
        instellingsnummer: school.instellingsnummer,
        name: school.name,
        level: school.level,
        form: school.form,
        municipality: school.municipality,
        maxSeverity: signals.maxSeverity,
        flagged: signals.flagged,
        signals: signals.signals.filter((s) => s.severity !== 'none'),
      };
    });
  // § 6 of the plan: the three evaluation indicators, with what each rests on.
  const evaluation = await evaluationIndicators(ctx, lang, filter);
  const levels = (['secundair', 'basis'] as const).filter((level) => totals.some((t) => t.level === level));
  const trendCharts = levels.map((level) => {
    const chart = trendChart(level, totals, lang);
    const drawn = renderChartWithPoints(chart, SCREEN_CHART_FONT_FAMILY);
    const points = drawn.points.map((p) => {
      const measure = OVERVIEW_MEASURES[p.series];
      const year = chart.categories[p.category];
      return { ...p, drill: drillKey({ kind: 'measure', level, schoolYear: year, measure }), label: `${chart.series[p.series].name}, ${year}` };
    });
    return { level, svg: drawn.svg, alt: trendAltText(chart, lang), width: chart.width, height: chart.height, points, table: trendTable(totals, level, lang) };
  });
  const tables: MonitoringTable[] = [
    evaluationTable(evaluation, lang),
    ...evaluation.indicators.filter((i) => i.series.length > 0).map((i) => evaluationSeriesTable(i, lang)),
    pipelineTable(evaluation.pipeline, lang),
    ...(schoolYear
      ? [
          levelsTable(totals, schoolYear, lang),
          ...trendCharts.map((c) => c.table),
          ...levels.map((level) => distributionTable(totals, level, schoolYear, lang)).filter((t): t is MonitoringTable => t !== null),
          severityTable(severityCounts, schoolYear, lang),
          strongestTable(strongest, schoolYear, lang),
        ]
      : []),
  ];
  return {
    schoolYear,
    schoolYears,
    filter,
    filterOptions: filterOptions(allSchools, filter),
    totals,
    severityCounts,
    severityDrills: Object.fromEntries(SEVERITIES.map((s) => [s, schoolYear ? drillKey({ kind: 'severity', severity: s, schoolYear }) : null])) as Record<SignalSeverity, string | null>,
    levelDrills: Object.fromEntries(levels.map((level) => [level, schoolYear ? drillKey({ kind: 'level', level, schoolYear }) : null])) as Partial<Record<'basis' | 'secundair', string | null>>,
    strongest,
    trendCharts,
    evaluation,
    tables,
  };
}

export const overviewHandlers = {
  getOverview,
  getOverviewDrill: overviewDrill,
  exportOverviewTable,
} satisfies HandlerMap<'getOverview' | 'getOverviewDrill' | 'exportOverviewTable'>;
