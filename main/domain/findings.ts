import type { RatingLevel } from './rating';

/**
 * What a rating means in the report, on the inspectorate's scale: "volgens" or
 * "overstijgt" the expectation is a sterkte, "benadert" an ontwikkelkans and
 * "beneden" a tekort (binding: the school must remedy it). This is the one
 * place that says so; the guide, the advice, both reports and the task-force
 * goals all ask it.
 */
export type FindingKind = 'sterkte' | 'ontwikkelkans' | 'tekort';

export const FINDING_KINDS: readonly FindingKind[] = ['sterkte', 'ontwikkelkans', 'tekort'];

export function findingKind(level: RatingLevel | null | undefined): FindingKind | null {
  switch (level) {
    case 'overstijgt':
    case 'volgens':
      return 'sterkte';
    case 'benadert':
      return 'ontwikkelkans';
    case 'beneden':
      return 'tekort';
    default:
      return null;
  }
}

/** A binding tekort: an indicator rated "beneden" with the shortcoming written out. */
export function isBindingShortcoming(judgement: { level: RatingLevel | null; shortcomings: string }): boolean {
  return findingKind(judgement.level) === 'tekort' && judgement.shortcomings.trim() !== '';
}
