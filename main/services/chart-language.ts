import type { ChartSpec } from '../reports/charts';
import { DISCIPLINARY_MEASURES } from '../reports/figure-charts';

/**
 * The school page's charts in the language the user chose. The reports are
 * Dutch and keep their own chart text (main/reports/figure-charts.ts); the
 * screen's charts are built from the same definition and only their words
 * and alt text change here.
 */
export type ScreenLanguage = 'nl' | 'en';

const MEASURE_EN: Record<(typeof DISCIPLINARY_MEASURES)[number]['key'], string> = {
  preventiveSuspensions: 'Preventive suspensions',
  temporaryExclusions: 'Temporary exclusions',
  definitiveExclusions: 'Definitive exclusions',
};

export function measureLabel(key: (typeof DISCIPLINARY_MEASURES)[number]['key'], lang: ScreenLanguage): string {
  return lang === 'en' ? MEASURE_EN[key] : DISCIPLINARY_MEASURES.find((m) => m.key === key)!.label;
}

const en = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** The rates chart (one line per measure, in DISCIPLINARY_MEASURES order) with English words. */
export function ratesChartInEnglish(chart: ChartSpec): ChartSpec {
  return {
    ...chart,
    title: 'Disciplinary measures per 100 pupils',
    yAxisLabel: 'Number per 100 pupils',
    series: chart.series.map((s, i) => ({ ...s, name: DISCIPLINARY_MEASURES[i] ? MEASURE_EN[DISCIPLINARY_MEASURES[i].key] : s.name })),
  };
}

/** What an English line chart shows, in words, for readers who cannot see it. */
export function englishAltText(chart: ChartSpec): string {
  if (chart.categories.length === 0) return `${chart.title}: no data.`;
  const parts = chart.series.map((s) => {
    const shown = s.values.map((v, i) => ({ v, year: chart.categories[i] })).filter((p) => p.v !== null);
    if (shown.length === 0) return `${s.name}: no value in any year`;
    const a = shown[0];
    const b = shown[shown.length - 1];
    return shown.length === 1 ? `${s.name}: ${en.format(a.v!)} in ${a.year}` : `${s.name}: from ${en.format(a.v!)} in ${a.year} to ${en.format(b.v!)} in ${b.year}`;
  });
  return `Line chart of ${chart.title.toLowerCase()}, ${chart.categories[0]} to ${chart.categories[chart.categories.length - 1]}. ${parts.join('. ')}.`;
}
