import type { RatingLevel } from '../rating';

/**
 * The four school climates of the plan (Bijlage 2) from two dimensions:
 * responsiveness and academic demandingness. A dimension counts as high
 * when it is rated "volgens" or "overstijgt" de verwachting.
 */
export const CLIMATES = ['authoritative', 'authoritarian', 'permissive', 'indifferent'] as const;
export type Climate = (typeof CLIMATES)[number];

export const CLIMATE_INDICATORS = { responsiveness: 'sc.responsiveness', demandingness: 'sc.demandingness' } as const;

export function isHigh(level: RatingLevel): boolean {
  return level === 'volgens' || level === 'overstijgt';
}

/** null while either dimension is unrated: no quadrant is drawn from half a picture. */
export function climateQuadrant(responsiveness: RatingLevel | null, demandingness: RatingLevel | null): Climate | null {
  if (responsiveness === null || demandingness === null) return null;
  const warm = isHigh(responsiveness);
  const demanding = isHigh(demandingness);
  if (warm && demanding) return 'authoritative';
  if (demanding) return 'authoritarian';
  if (warm) return 'permissive';
  return 'indifferent';
}
