import { type LevelTotals, OVERVIEW_MEASURES, type OverviewMeasure } from '../domain/signals/overview';
import { formatSignalNumber } from '../domain/signals';
import type { SchoolLevel } from '../domain/school';
import type { ChartSpec } from '../reports/charts';

type Lang = 'nl' | 'en';

const MEASURE: Record<OverviewMeasure, Record<Lang, string>> = {
  preventiveSuspensions: { nl: 'Preventieve schorsingen', en: 'Preventive suspensions' },
  temporaryExclusions: { nl: 'Tijdelijke uitsluitingen', en: 'Temporary exclusions' },
  definitiveExclusions: { nl: 'Definitieve uitsluitingen', en: 'Definitive exclusions' },
  excludedNotReenrolled: { nl: 'Uitgesloten, niet elders ingeschreven', en: 'Excluded, not re-enrolled elsewhere' },
};
const LEVEL: Record<SchoolLevel, Record<Lang, string>> = { basis: { nl: 'Basisonderwijs', en: 'Primary education' }, secundair: { nl: 'Secundair onderwijs', en: 'Secondary education' } };
const WORDS = {
  nl: { title: 'tuchtmaatregelen per 100 leerlingen', axis: 'Aantal per 100 leerlingen', none: 'geen gegevens', chart: 'Lijngrafiek', to: 'tot', from: 'van', into: 'naar', number: formatSignalNumber },
  en: { title: 'disciplinary measures per 100 pupils', axis: 'Number per 100 pupils', none: 'no data', chart: 'Line chart', to: 'to', from: 'from', into: 'to', number: (v: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(v) },
};

/** The Flemish trend for one niveau: each measure per 100 pupils, school year by school year. */
export function trendChart(level: SchoolLevel, totals: readonly LevelTotals[], lang: Lang = 'nl'): ChartSpec {
  const rows = totals.filter((t) => t.level === level);
  const round = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);
  return {
    kind: 'line',
    title: `${LEVEL[level][lang]}: ${WORDS[lang].title}`,
    categories: rows.map((r) => r.schoolYear),
    series: OVERVIEW_MEASURES.map((m) => ({ name: MEASURE[m][lang], values: rows.map((r) => round(r.rates[m])) })),
    yAxisLabel: WORDS[lang].axis,
    width: 640,
    height: 320,
  };
}

/** What the trend chart shows, in words: each measure's first and last year. */
export function trendAltText(chart: ChartSpec, lang: Lang = 'nl'): string {
  const w = WORDS[lang];
  const n = chart.categories.length;
  if (n === 0) return `${chart.title}: ${w.none}.`;
  const [first, last] = [chart.categories[0], chart.categories[n - 1]];
  const lines = chart.series.map((s) => {
    const from = s.values[0];
    const to = s.values[n - 1];
    return `${s.name.toLowerCase()} ${w.from} ${from === null ? '—' : w.number(from)} ${w.into} ${to === null ? '—' : w.number(to)}`;
  });
  return `${w.chart} ${chart.title.toLowerCase()}, ${first} ${w.to} ${last}: ${lines.join('; ')}.`;
}
