import type { RatingLevel } from './rating';

/**
 * Checks on what the published report will say, for the finalize check list
 * (which words them; these rules only answer with coded problems). A report
 * that prints one boilerplate motivation under two dozen indicators, or an
 * empty one, tells the school nothing; a final report without any recorded
 * evidence rests on nothing.
 */
export interface ReportProblem {
  code: 'motivation_empty' | 'motivation_repeated' | 'final_without_evidence';
  /** Where to fix it: `ratings.<indicatorId>.motivation` or `evidence`. */
  field: string;
  params: Record<string, string | number>;
}

export interface MotivatedIndicator {
  indicatorId: string;
  level: RatingLevel | null;
  motivation: string;
}

/** Case, spacing and punctuation at the ends do not make a motivation different. */
function normalized(text: string): string {
  return text.toLocaleLowerCase('nl-BE').replace(/\s+/g, ' ').replace(/^[\s.,;:!?]+|[\s.,;:!?]+$/g, '');
}

/**
 * Warnings: a rated indicator without a motivation, and a motivation that is
 * word for word the same as another indicator's (each indicator listed, with
 * how many share the text and which others).
 */
export function motivationWarnings(indicators: readonly MotivatedIndicator[]): ReportProblem[] {
  const rated = indicators.filter((i) => i.level !== null);
  const problems: ReportProblem[] = [];
  const byText = new Map<string, string[]>();
  for (const indicator of rated) {
    const text = normalized(indicator.motivation);
    if (text === '') {
      problems.push({ code: 'motivation_empty', field: `ratings.${indicator.indicatorId}.motivation`, params: { indicatorId: indicator.indicatorId } });
      continue;
    }
    byText.set(text, [...(byText.get(text) ?? []), indicator.indicatorId]);
  }
  for (const ids of byText.values()) {
    if (ids.length < 2) continue;
    for (const id of ids) {
      problems.push({
        code: 'motivation_repeated',
        field: `ratings.${id}.motivation`,
        params: { indicatorId: id, count: ids.length, others: ids.filter((other) => other !== id).join(', ') },
      });
    }
  }
  return problems;
}

/** Blocking: a final report needs at least one recorded piece of evidence. */
export function evidenceBlockers(evidenceCount: number): ReportProblem[] {
  return evidenceCount > 0 ? [] : [{ code: 'final_without_evidence', field: 'evidence', params: { count: evidenceCount } }];
}
