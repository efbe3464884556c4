import { type LevelTotals, OVERVIEW_MEASURES, type OverviewMeasure } from '../domain/signals/overview';
import { formatSignalNumber } from '../domain/signals';
import type { SchoolLevel } from '../domain/school';
import { type ChartSpec, renderChartSvg, SCREEN_CHART_FONT_FAMILY } from '../reports/charts';

const MEASURE_NL: Record<OverviewMeasure, string> = {
  preventiveSuspensions: 'Preventieve schorsingen',
  temporaryExclusions: 'Tijdelijke uitsluitingen',
  definitiveExclusions: 'Definitieve uitsluitingen',
  excludedNotReenrolled: 'Uitgesloten, niet elders ingeschreven',
};
const LEVEL_NL: Record<SchoolLevel, string> = { basis: 'Basisonderwijs', secundair: 'Secundair onderwijs' };

/** The Flemish trend for one niveau: each measure per 100 pupils, school year by school year. */
export function trendChart(level: SchoolLevel, totals: readonly LevelTotals[]): ChartSpec {
  const rows = totals.filter((t) => t.level === level);
  const round = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);
  return {
    kind: 'line',
    title: `${LEVEL_NL[level]}: tuchtmaatregelen per 100 leerlingen`,
    categories: rows.map((r) => r.schoolYear),
    series: OVERVIEW_MEASURES.map((m) => ({ name: MEASURE_NL[m], values: rows.map((r) => round(r.rates[m])) })),
    yAxisLabel: 'Aantal per 100 leerlingen',
    width: 640,
    height: 320,
  };
}

/** What the trend chart shows, in words: each measure's first and last year. */
export function trendAltText(chart: ChartSpec): string {
  const n = chart.categories.length;
  if (n === 0) return `${chart.title}: geen gegevens.`;
  const [first, last] = [chart.categories[0], chart.categories[n - 1]];
  const lines = chart.series.map((s) => {
    const from = s.values[0];
    const to = s.values[n - 1];
    return `${s.name.toLowerCase()} van ${from === null ? '—' : formatSignalNumber(from)} naar ${to === null ? '—' : formatSignalNumber(to)}`;
  });
  return `Lijngrafiek ${chart.title.toLowerCase()}, ${first} tot ${last}: ${lines.join('; ')}.`;
}

export function overviewTrendCharts(totals: readonly LevelTotals[]) {
  return (['secundair', 'basis'] as const)
    .filter((level) => totals.some((t) => t.level === level))
    .map((level) => {
      const chart = trendChart(level, totals);
      return { level, svg: renderChartSvg(chart, SCREEN_CHART_FONT_FAMILY), alt: trendAltText(chart) };
    });
}
