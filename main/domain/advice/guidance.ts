import type { AdviceCatalogue } from './catalogue';

export interface ShortcomingAt {
  indicatorId: string;
  domainId: string;
}

/**
 * Whether the binding tekorten lead to external guidance after advice 2A:
 * `obliged` when one lies where action 18 says schools "zullen verplicht
 * worden" (disciplinary policy, its application, individual pupils' problem
 * behaviour), `may_oblige` where action 20 lets the inspectorate oblige it
 * (classroom management and behaviour policy), `none` otherwise (e.g. tekorten
 * in attendance policy only). Which indicators fall where is catalogue data.
 */
export type GuidanceRule = 'obliged' | 'may_oblige' | 'none';

function inGroup(s: ShortcomingAt, group: AdviceCatalogue['guidance']['oblige']): boolean {
  return group.domains.includes(s.domainId) || group.indicators.includes(s.indicatorId);
}

export function guidanceRule(shortcomings: readonly ShortcomingAt[], catalogue: AdviceCatalogue): GuidanceRule {
  if (shortcomings.some((s) => inGroup(s, catalogue.guidance.oblige))) return 'obliged';
  if (shortcomings.some((s) => inGroup(s, catalogue.guidance.mayOblige))) return 'may_oblige';
  return 'none';
}

/** The tekorten that carry the rule, for the message that names them. */
export function guidanceShortcomings(shortcomings: readonly ShortcomingAt[], catalogue: AdviceCatalogue, rule: GuidanceRule): string[] {
  if (rule === 'none') return [];
  const group = rule === 'obliged' ? catalogue.guidance.oblige : catalogue.guidance.mayOblige;
  return shortcomings.filter((s) => inGroup(s, group)).map((s) => s.indicatorId);
}
