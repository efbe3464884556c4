import type { RatingLevel } from '../rating';
import type { AdviceCatalogue, AdviceCode } from './catalogue';
import { type GuidanceRule, guidanceRule } from './guidance';

export interface RatedIndicator {
  indicatorId: string;
  domainId: string;
  level: RatingLevel | null;
}

/** A binding tekort: an indicator in focus rated "beneden" with its shortcoming written (see domain/findings.ts). */
export interface ShortcomingRef {
  indicatorId: string;
  domainId: string;
}

export interface AdviceInput {
  indicators: readonly RatedIndicator[];
  shortcomings: readonly ShortcomingRef[];
}

export interface AdviceProposal {
  advice: AdviceCode;
  /** Why, in Dutch, naming the indicators that led to it. */
  reasons: string[];
  /** Indicators rated "beneden de verwachting". */
  below: string[];
  /** Whether the tekorten oblige external guidance (action 18), allow the inspectorate to oblige it (action 20), or neither. */
  guidance: GuidanceRule;
}

function list(ids: readonly string[]): string {
  return ids.length ? ` (${ids.join(', ')})` : '';
}

/**
 * Proposes an advice from the ratings and shortcomings with the catalogue's
 * ordered rules: the first rule whose conditions all hold decides. The lead
 * inspector confirms or overrides the proposal.
 */
export function proposeAdvice(input: AdviceInput, catalogue: AdviceCatalogue): AdviceProposal {
  const behaviour = new Set(catalogue.behaviourDomains);
  const below = input.indicators.filter((i) => i.level === 'beneden');
  const belowIds = below.map((i) => i.indicatorId);
  const domainsWithBelow = new Set(below.map((i) => i.domainId));
  const belowInBehaviour = below.filter((i) => behaviour.has(i.domainId));
  const guidance = guidanceRule(input.shortcomings, catalogue);

  const facts = [
    `${below.length} indicator${below.length === 1 ? '' : 'en'} beneden de verwachting${list(belowIds)}, in ${domainsWithBelow.size} domein${domainsWithBelow.size === 1 ? '' : 'en'}`,
    `${belowInBehaviour.length} daarvan over klasmanagement of gedragsbeleid${list(belowInBehaviour.map((i) => i.indicatorId))}`,
    `${input.shortcomings.length} tekort${input.shortcomings.length === 1 ? '' : 'en'}${list([...new Set(input.shortcomings.map((s) => s.indicatorId))])}`,
  ];

  for (const rule of catalogue.rules) {
    const w = rule.when;
    const holds =
      (w.minBelow === undefined || below.length >= w.minBelow) &&
      (w.minDomainsWithBelow === undefined || domainsWithBelow.size >= w.minDomainsWithBelow) &&
      (w.minBelowInBehaviourDomains === undefined || belowInBehaviour.length >= w.minBelowInBehaviourDomains) &&
      (w.minShortcomings === undefined || input.shortcomings.length >= w.minShortcomings);
    if (holds) return { advice: rule.advice, reasons: [rule.reason.nl, ...facts], below: belowIds, guidance };
  }
  return { advice: catalogue.fallback, reasons: ['Geen tekorten vastgesteld.', ...facts], below: belowIds, guidance };
}
