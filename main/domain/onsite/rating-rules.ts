import type { EvidenceSource } from '../framework';
import type { RatingLevel } from '../rating';

/** The texts drafted beside a rating, as the report sections name them. */
export const INDICATOR_TEXT_FIELDS = ['motivation', 'strengths', 'opportunities', 'shortcomings', 'recommendations'] as const;
export type IndicatorTextField = (typeof INDICATOR_TEXT_FIELDS)[number];

/** A judgement needs at least two kinds of source (e.g. an observation and an interview) to be triangulated. */
export const MIN_SOURCE_KINDS = 2;

export interface Triangulation {
  kinds: EvidenceSource[];
  triangulated: boolean;
  /** True when a rating exists but rests on too few kinds of source: shown as a warning. */
  warning: boolean;
}

export function triangulation(level: RatingLevel | null, sources: readonly EvidenceSource[]): Triangulation {
  const kinds = [...new Set(sources)].sort();
  const triangulated = kinds.length >= MIN_SOURCE_KINDS;
  return { kinds, triangulated, warning: level !== null && !triangulated };
}
