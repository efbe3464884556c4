import { disciplinaryRates } from '../domain/figures';
import type { SchoolYearFigures } from '../domain/school';
import type { ChartSpec } from './charts';

/**
 * Suspensions and exclusions per 100 pupils over the school years: the one
 * chart definition the school page and both report formats draw.
 */
export function disciplinaryRatesChart(figures: readonly SchoolYearFigures[], size = { width: 640, height: 320 }): ChartSpec {
  const rates = disciplinaryRates(figures);
  return {
    kind: 'line',
    title: 'Schorsingen en uitsluitingen per 100 leerlingen',
    categories: rates.map((r) => r.schoolYear),
    series: [
      { name: 'Preventieve schorsingen', values: rates.map((r) => r.preventiveSuspensions) },
      { name: 'Tijdelijke uitsluitingen', values: rates.map((r) => r.temporaryExclusions) },
      { name: 'Definitieve uitsluitingen', values: rates.map((r) => r.definitiveExclusions) },
    ],
    yAxisLabel: 'per 100 leerlingen',
    width: size.width,
    height: size.height,
  };
}

/** A sentence that says what the chart shows, for screen readers and the report's alt text. */
export function disciplinaryRatesAltText(figures: readonly SchoolYearFigures[]): string {
  const rates = disciplinaryRates(figures);
  if (rates.length === 0) return 'Geen cijfers beschikbaar.';
  const first = rates[0];
  const last = rates[rates.length - 1];
  const fmt = (v: number | null) => (v === null ? 'onbekend' : v.toLocaleString('nl-BE'));
  return `Lijndiagram van preventieve schorsingen, tijdelijke en definitieve uitsluitingen per 100 leerlingen van ${first.schoolYear} tot ${last.schoolYear}. Preventieve schorsingen: ${fmt(first.preventiveSuspensions)} in ${first.schoolYear}, ${fmt(last.preventiveSuspensions)} in ${last.schoolYear}.`;
}
