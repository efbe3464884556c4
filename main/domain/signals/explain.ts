import type { SignalDefinition } from './definitions';


export type SignalDirection = 'high' | 'low' | 'none';
export type SignalSeverity = 'none' | 'attention' | 'severe';

export interface ExplanationInput {
  definition: SignalDefinition;
  value: number | null;
  peerMedian: number | null;
  percentile: number | null;
  direction: SignalDirection;
  severity: SignalSeverity;
  peerCount: number;
  absoluteHit: boolean;
}

/**
 * A number the Dutch way (1.234,5), at most `decimals` decimals. Hand-written
 * rather than Intl.NumberFormat, which is ~30× slower and would dominate
 * computing 180,000 explanations for all of Flanders.
 */
export function formatSignalNumber(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return '';
  const negative = value < 0;
  const [whole, fraction = ''] = Math.abs(value).toFixed(decimals).split('.');
  const grouped = whole.length > 3 ? whole.replace(/\B(?=(\d{3})+$)/g, '.') : whole;
  const trimmed = fraction.replace(/0+$/, '');
  const text = trimmed ? `${grouped},${trimmed}` : grouped;
  return negative && text !== '0' ? `-${text}` : text;
}

/** One plain Dutch sentence that says why a signal does (or does not) light up. */
export function explainSignal(e: ExplanationInput): string {
  const { definition: d } = e;
  if (e.value === null) return `Geen gegevens over ${d.label} voor dit schooljaar.`;
  const value = formatSignalNumber(e.value);
  const median = e.peerMedian === null ? null : formatSignalNumber(e.peerMedian);
  // The same rounding as the table beside the sentence, so it never says "100%" where the table says 99,6.
  const percentile = e.percentile === null ? null : formatSignalNumber(e.percentile);
  const intro = `${d.label[0].toUpperCase()}${d.label.slice(1)}: ${value}`;
  // The count itself is the signal; the threshold is the workbench's (signals/settings.ts), not a quote of the plan.
  const absolute = `Vanaf dit aantal is het een signaal, los van vergelijkbare scholen (drempel van de werkbank bij actie ${d.action}).`;
  if (e.absoluteHit && e.direction === 'high' && median === null) {
    return `${intro}. ${absolute}`;
  }
  if (median === null) {
    return `${intro}; te weinig vergelijkbare scholen (${e.peerCount}) om te vergelijken.`;
  }
  if (e.direction === 'high') {
    const why = e.absoluteHit ? ` ${absolute}` : '';
    return `${intro}, hoger dan ${percentile}% van de vergelijkbare scholen (mediaan ${median}).${why}`;
  }
  if (e.direction === 'low') {
    return `${intro}, opvallend weinig tegenover vergelijkbare scholen (mediaan ${median}); dat kan op onderregistratie wijzen.`;
  }
  return `${intro}, binnen de gewone spreiding van vergelijkbare scholen (mediaan ${median}).`;
}
