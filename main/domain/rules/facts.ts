import type { AdviceCode } from '../advice/catalogue';
import type { RatedIndicator, ShortcomingRef } from '../advice/propose';
import { isBindingShortcoming } from '../findings';
import type { EvidenceSource, Framework } from '../framework';
import type { InspectionStatus, InspectionType } from '../inspection';
import type { RatingLevel } from '../rating';

/** One indicator's judgement as the rules see it. */
export interface RatingFacts {
  indicatorId: string;
  level: RatingLevel | null;
  motivation: string;
  shortcomings: string;
  /** By when the school must have remedied the tekort (binding tekorten need one). */
  shortcomingDeadline: string | null;
}

export interface DecisionFacts {
  /** The proposal the lead inspector decided on. */
  proposed: AdviceCode;
  chosen: AdviceCode;
  motivation: string;
  guidanceObliged: boolean;
  reportDate: string;
}

/**
 * Everything the advice rules look at, read once from the record. The rules
 * are pure functions of this, so the same answer comes from the write path,
 * the check list, the property test and the report.
 */
export interface InspectionFacts {
  type: InspectionType;
  status: InspectionStatus;
  startDate: string;
  focusDomains: readonly string[];
  framework: Framework;
  ratings: readonly RatingFacts[];
  decision: DecisionFacts | null;
  /** Evidence items recorded (not removed). */
  evidenceCount: number;
  /** The kinds of source behind each indicator: evidence, classroom observations, the file sample. */
  sourceKinds: Readonly<Record<string, readonly EvidenceSource[]>>;
  openConflicts: number;
}

export interface BindingShortcoming extends ShortcomingRef {
  text: string;
  deadline: string | null;
}

/** The indicators in focus, in framework order, with their levels. */
export function focusIndicators(facts: Pick<InspectionFacts, 'framework' | 'focusDomains' | 'ratings'>): RatedIndicator[] {
  const levels = new Map(facts.ratings.map((r) => [r.indicatorId, r.level]));
  return facts.framework.domains
    .filter((d) => facts.focusDomains.includes(d.id))
    .flatMap((d) => d.indicators.map((i) => ({ indicatorId: i.id, domainId: d.id, level: levels.get(i.id) ?? null })));
}

/** The binding tekorten the advice rests on: indicators in focus rated "beneden" with the shortcoming written out. */
export function bindingShortcomings(facts: Pick<InspectionFacts, 'framework' | 'focusDomains' | 'ratings'>): BindingShortcoming[] {
  const inFocus = new Map(focusIndicators(facts).map((i) => [i.indicatorId, i.domainId]));
  return facts.ratings
    .filter((r) => inFocus.has(r.indicatorId) && isBindingShortcoming(r))
    .map((r) => ({ indicatorId: r.indicatorId, domainId: inFocus.get(r.indicatorId)!, text: r.shortcomings.trim(), deadline: r.shortcomingDeadline }))
    .sort((a, b) => order(facts, a.indicatorId) - order(facts, b.indicatorId));
}

function order(facts: Pick<InspectionFacts, 'framework'>, indicatorId: string): number {
  return facts.framework.domains.flatMap((d) => d.indicators.map((i) => i.id)).indexOf(indicatorId);
}
