import type { AdviceCatalogue, AdviceCode } from '../advice/catalogue';
import { adviceDefinition } from '../advice/catalogue';
import { guidanceShortcomings } from '../advice/guidance';
import { type AdviceProposal, proposeAdvice } from '../advice/propose';
import { type Problem, problem } from '../problems';
import { bindingShortcomings, focusIndicators, type InspectionFacts } from './facts';

/** The proposal that follows from the record as it is now. */
export function currentProposal(facts: InspectionFacts, catalogue: AdviceCatalogue): AdviceProposal {
  return proposeAdvice({ indicators: focusIndicators(facts), shortcomings: bindingShortcomings(facts) }, catalogue);
}

export interface DecisionInput {
  chosen: AdviceCode;
  motivation: string;
  guidanceObliged: boolean;
}

/**
 * Whether an advice may be decided on the record as it is now. The same
 * function runs again at finalising against the record as it is then, so an
 * edit after the decision cannot leave a decision that the rules forbid.
 */
export function decisionProblems(decision: DecisionInput, facts: InspectionFacts, catalogue: AdviceCatalogue): Problem[] {
  const problems: Problem[] = [];
  const rated = focusIndicators(facts).filter((i) => i.level !== null).length;
  if (rated === 0) problems.push(problem('nothing_rated', 'chosen'));
  const proposal = currentProposal(facts, catalogue);
  const shortcomings = bindingShortcomings(facts);
  const definition = adviceDefinition(catalogue, decision.chosen);
  if (decision.chosen !== proposal.advice && decision.motivation.trim() === '') {
    problems.push(problem('override_needs_motivation', 'motivation', { chosen: decision.chosen, proposed: proposal.advice }));
  }
  if (!definition.shortcomingsBinding && shortcomings.length > 0) {
    problems.push(problem('favourable_with_shortcomings', 'chosen', { chosen: decision.chosen, count: shortcomings.length }));
  }
  if (definition.shortcomingsBinding && shortcomings.length === 0) {
    problems.push(problem('advice_needs_shortcomings', 'chosen', { chosen: decision.chosen }));
  }
  if (definition.guidance === 'may_oblige') {
    const rule = proposal.guidance;
    if (decision.guidanceObliged && rule === 'none') problems.push(problem('guidance_not_allowed', 'guidanceObliged', { action: catalogue.guidance.mayOblige.action }));
    if (!decision.guidanceObliged && rule === 'obliged') {
      problems.push(problem('guidance_required', 'guidanceObliged', { action: catalogue.guidance.oblige.action, indicators: guidanceShortcomings(shortcomings, catalogue, rule).join(', ') }));
    }
  } else if (decision.guidanceObliged && definition.guidance === 'none') {
    problems.push(problem('guidance_not_for_advice', 'guidanceObliged', { chosen: decision.chosen }));
  }
  return problems;
}

/** What the guidance choice must be for this advice: fixed by the advice or the tekorten, or the lead's to make. */
export function guidanceChoice(chosen: AdviceCode, facts: InspectionFacts, catalogue: AdviceCatalogue): 'required' | 'optional' | 'not_allowed' {
  const definition = adviceDefinition(catalogue, chosen);
  if (definition.guidance === 'condition') return 'required';
  if (definition.guidance === 'none') return 'not_allowed';
  const rule = currentProposal(facts, catalogue).guidance;
  return rule === 'obliged' ? 'required' : rule === 'may_oblige' ? 'optional' : 'not_allowed';
}
