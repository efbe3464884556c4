import { ratePer100 } from '../domain/figures';
import { formatSignalNumber } from '../domain/signals';
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

/** The comparison with similar schools for one measure and school year: the middle half of their rates and its median. */
export interface PeerRate {
  median: number | null;
  p25: number | null;
  p75: number | null;
}
export type DisciplinaryKey = (typeof DISCIPLINARY_MEASURES)[number]['key'];
/** Per measure, per school year: how schools of the same level and form did (rates per 100 pupils). */
export type PeerRates = Partial<Record<DisciplinaryKey, Record<string, PeerRate>>>;

export const PEER_WORDS = {
  school: 'Deze school',
  median: 'Mediaan vergelijkbare scholen',
  band: 'Middelste helft vergelijkbare scholen (P25–P75)',
} as const;

/**
 * One measure's rate per 100 pupils against the peer band: the middle half
 * (P25–P75) of schools of the same level and form, and their median. Peer
 * figures are aggregates over at least five schools, so they are published
 * as they are; the school's own line follows the publication rule.
 */
export function peerBandRatesChart(
  figures: readonly SchoolYearFigures[],
  peers: PeerRates,
  measure: (typeof DISCIPLINARY_MEASURES)[number],
  options: { publication: boolean; width?: number; height?: number },
): ChartSpec {
  const years = [...figures].sort((a, b) => a.schoolYear.localeCompare(b.schoolYear));
  const rate = options.publication ? publishedRate : ratePer100;
  const peer = (year: string) => peers[measure.key]?.[year];
  return {
    kind: 'line',
    title: `${measure.label} per 100 leerlingen, met vergelijkbare scholen`,
    categories: years.map((f) => f.schoolYear),
    series: [
      {
        name: PEER_WORDS.school,
        values: years.map((f) => rate(f[measure.key], f.pupils)),
        ...(options.publication ? { hidden: years.map((f) => f[measure.key] !== null && !isPublishable(f[measure.key])) } : {}),
      },
      { name: PEER_WORDS.median, values: years.map((f) => peer(f.schoolYear)?.median ?? null) },
    ],
    band: { name: PEER_WORDS.band, lower: years.map((f) => peer(f.schoolYear)?.p25 ?? null), upper: years.map((f) => peer(f.schoolYear)?.p75 ?? null) },
    yAxisLabel: 'Aantal per 100 leerlingen',
    // As wide as the rates chart: the band's legend needs two rows, the plot keeps its height.
    width: options.width ?? 640,
    height: options.height ?? 380,
  };
}

/** Whether any school year has a peer band to draw for the measure. */
export function hasPeerBand(peers: PeerRates, key: DisciplinaryKey): boolean {
  return Object.values(peers[key] ?? {}).some((p) => p.p25 !== null && p.p75 !== null);
}

/** Says in words what a peer band chart shows: the school's latest rate against the band, and where it started. */
export function peerBandAltText(chart: ChartSpec): string {
  const n = chart.categories.length;
  if (n === 0) return `${chart.title}: geen gegevens.`;
  const last = n - 1;
  const school = chart.series[0].values[last];
  const median = chart.series[1].values[last];
  const lower = chart.band?.lower[last] ?? null;
  const upper = chart.band?.upper[last] ?? null;
  const first = chart.series[0].values[0];
  const trend = first === null || school === null || last === 0 ? '' : ` In ${chart.categories[0]} was dat ${formatSignalNumber(first)}.`;
  const hiddenLast = chart.series[0].hidden?.[last] === true;
  const now =
    school !== null
      ? `${formatSignalNumber(school)} in ${chart.categories[last]}`
      : hiddenLast
        ? `niet gepubliceerd in ${chart.categories[last]} (1 tot 4 gevallen)`
        : `geen gegevens voor ${chart.categories[last]}`;
  const peers =
    median === null || lower === null || upper === null
      ? 'te weinig vergelijkbare scholen om te vergelijken'
      : `vergelijkbare scholen: mediaan ${formatSignalNumber(median)}, middelste helft van ${formatSignalNumber(lower)} tot ${formatSignalNumber(upper)}`;
  return `Lijngrafiek ${chart.title.toLowerCase()}, ${chart.categories[0]} tot ${chart.categories[last]}. ${PEER_WORDS.school}: ${now}; ${peers}.${trend}`;
}
