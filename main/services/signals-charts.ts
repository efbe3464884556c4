import type { School, SchoolYearFigures } from '../domain/school';
import type { SignalId, SignalIndex } from '../domain/signals';
import { ratePer100 } from '../domain/figures';
import { type ChartSpec, renderChartSvg, SCREEN_CHART_FONT_FAMILY } from '../reports/charts';
import { DISCIPLINARY_MEASURES, peerBandAltText } from '../reports/figure-charts';
import { englishAltText, measureLabel, type ScreenLanguage } from './chart-language';

export interface SignalChart {
  id: SignalId;
  svg: string;
  alt: string;
}

const WORDS = {
  nl: { per100: 'per 100 leerlingen', school: 'Deze school', median: 'Mediaan vergelijkbare scholen', band: 'Middelste helft vergelijkbare scholen (P25–P75)', axis: 'Aantal per 100 leerlingen' },
  en: { per100: 'per 100 pupils', school: 'This school', median: 'Median of comparable schools', band: 'Middle half of comparable schools (P25–P75)', axis: 'Number per 100 pupils' },
} as const;

/** One chart per disciplinary measure: the school's rate per 100 pupils against its peers' median and P25–P75 band. */
export function peerBandChart(school: School, figures: readonly SchoolYearFigures[], index: SignalIndex, measure: (typeof DISCIPLINARY_MEASURES)[number], lang: ScreenLanguage = 'nl'): ChartSpec {
  const years = [...figures].sort((a, b) => (a.schoolYear < b.schoolYear ? -1 : 1));
  const stats = years.map((f) => index.peerStats(school.level, school.form, f.schoolYear, measure.key));
  const round = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? null : Math.round(v * 100) / 100);
  const w = WORDS[lang];
  return {
    kind: 'line',
    title: `${measureLabel(measure.key, lang)} ${w.per100}`,
    categories: years.map((f) => f.schoolYear),
    series: [
      { name: w.school, values: years.map((f) => ratePer100(f[measure.key], f.pupils)) },
      { name: w.median, values: stats.map((s) => round(s?.median)) },
    ],
    band: { name: w.band, lower: stats.map((s) => round(s?.p25)), upper: stats.map((s) => round(s?.p75)) },
    yAxisLabel: w.axis,
    width: 560,
    height: 320,
  };
}

/** The screen's alt text says what the report's does (one wording). */
export { peerBandAltText };

export function schoolSignalCharts(school: School, figures: readonly SchoolYearFigures[], index: SignalIndex, lang: ScreenLanguage = 'nl'): SignalChart[] {
  return DISCIPLINARY_MEASURES.map((measure) => {
    const chart = peerBandChart(school, figures, index, measure, lang);
    return { id: measure.key, svg: renderChartSvg(chart, SCREEN_CHART_FONT_FAMILY), alt: lang === 'en' ? englishAltText(chart) : peerBandAltText(chart) };
  });
}
