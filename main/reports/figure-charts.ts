import { ratePer100 } from '../domain/figures';
import type { SchoolYearFigures } from '../domain/school';
import { type ChartSpec, hiddenCategories } from './charts';
import { formatDutchNumber, isPublishable } from './dutch-format';

/** The three disciplinary measures the plan counts (footnote 1), in the order the report shows them. */
export const DISCIPLINARY_MEASURES = [
  { key: 'preventiveSuspensions', label: 'Preventieve schorsingen' },
  { key: 'temporaryExclusions', label: 'Tijdelijke uitsluitingen' },
  { key: 'definitiveExclusions', label: 'Definitieve uitsluitingen' },
] as const;

/** A rate is published only when its count may be: else the rate would give the small count away. */
export function publishedRate(count: number | null, pupils: number): number | null {
  return isPublishable(count) ? ratePer100(count, pupils) : null;
}

/**
 * Suspensions and exclusions per 100 pupils over the school years: the one
 * chart definition the school page and both report formats draw. For
 * publication, years with fewer than five cases are left out of the line;
 * the inspector's own screen shows every value.
 */
export function disciplinaryRatesChart(
  figures: readonly SchoolYearFigures[],
  options: { publication: boolean; width?: number; height?: number },
): ChartSpec {
  const years = [...figures].sort((a, b) => a.schoolYear.localeCompare(b.schoolYear));
  const rate = options.publication ? publishedRate : ratePer100;
  return {
    kind: 'line',
    title: 'Tuchtmaatregelen per 100 leerlingen',
    categories: years.map((f) => f.schoolYear),
    series: DISCIPLINARY_MEASURES.map((m) => ({
      name: m.label,
      values: years.map((f) => rate(f[m.key], f.pupils)),
      ...(options.publication ? { hidden: years.map((f) => f[m.key] !== null && !isPublishable(f[m.key])) } : {}),
    })),
    yAxisLabel: 'Aantal per 100 leerlingen',
    width: options.width ?? 640,
    height: options.height ?? 340,
  };
}

/** Says in words what a line chart shows, for readers who cannot see it (alt text). */
export function chartAltText(chart: ChartSpec): string {
  if (chart.categories.length === 0) return `${chart.title}: geen gegevens.`;
  const first = chart.categories[0];
  const last = chart.categories[chart.categories.length - 1];
  const parts = chart.series.map((s) => {
    const shown = s.values.map((v, i) => ({ v, year: chart.categories[i] })).filter((p) => p.v !== null);
    if (shown.length === 0) return `${s.name}: in geen enkel jaar getoond (telkens minder dan 5 of niet beschikbaar)`;
    const a = shown[0];
    const b = shown[shown.length - 1];
    return shown.length === 1
      ? `${s.name}: ${formatDutchNumber(a.v!, 2)} in ${a.year}`
      : `${s.name}: van ${formatDutchNumber(a.v!, 2)} in ${a.year} naar ${formatDutchNumber(b.v!, 2)} in ${b.year}`;
  });
  const hidden = hiddenCategories(chart).map((i) => chart.categories[i]);
  const note = hidden.length ? ` Niet gepubliceerd (1 tot 4 gevallen) in ${hidden.join(', ')}.` : '';
  return `Lijngrafiek van ${chart.title.toLowerCase()}, van ${first} tot ${last}. ${parts.join('. ')}.${note}`;
}
