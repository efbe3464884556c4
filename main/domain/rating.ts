/** The inspectorate's four-level development scale (ontwikkelingsschaal), lowest first. */
export const RATING_LEVELS = ['beneden', 'benadert', 'volgens', 'overstijgt'] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

export const RATING_LABELS_NL: Record<RatingLevel, string> = {
  beneden: 'Beneden de verwachting',
  benadert: 'Benadert de verwachting',
  volgens: 'Volgens de verwachting',
  overstijgt: 'Overstijgt de verwachting',
};

export function isRatingLevel(value: unknown): value is RatingLevel {
  return typeof value === 'string' && (RATING_LEVELS as readonly string[]).includes(value);
}

/** 1 (beneden) … 4 (overstijgt), for charts and comparisons. */
export function ratingScore(level: RatingLevel): number {
  return RATING_LEVELS.indexOf(level) + 1;
}
