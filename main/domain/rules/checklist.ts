import type { AdviceCatalogue } from '../advice/catalogue';
import { triangulation } from '../onsite/rating-rules';
import { type Problem, problem } from '../problems';
import { decisionProblems, currentProposal } from './decision';
import { bindingShortcomings, focusIndicators, type InspectionFacts } from './facts';
import { ratingProblems } from './judgements';
import { eventProblems } from './lifecycle';

export type ChecklistSeverity = 'blocking' | 'warning';

export interface ChecklistItem extends Problem {
  severity: ChecklistSeverity;
}

const blocking = (p: Problem): ChecklistItem => ({ ...p, severity: 'blocking' });
const warning = (p: Problem): ChecklistItem => ({ ...p, severity: 'warning' });

function ids(list: readonly string[]) {
  return { indicators: list.join(', '), count: list.length };
}

/**
 * What stands between the record and a final report, checked against the
 * record as it is at that moment: blocking items first, then warnings the
 * lead inspector must acknowledge. Finalising runs this inside the same
 * transaction that sets the status, so no edit can slip in between.
 */
export function finalizeChecklist(facts: InspectionFacts, catalogue: AdviceCatalogue): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  items.push(...eventProblems(facts.status, 'finalize').map(blocking));
  if (facts.openConflicts > 0) items.push(blocking(problem('open_conflicts', undefined, { count: facts.openConflicts })));

  const indicators = focusIndicators(facts);
  const unrated = indicators.filter((i) => i.level === null).map((i) => i.indicatorId);
  if (unrated.length) items.push(blocking(problem('unrated_focus_indicators', undefined, ids(unrated))));

  for (const rating of facts.ratings) items.push(...ratingProblems(rating, facts).map(blocking));
  const withoutDeadline = bindingShortcomings(facts).filter((s) => s.deadline === null).map((s) => s.indicatorId);
  if (withoutDeadline.length) items.push(blocking(problem('shortcoming_without_deadline', 'shortcomingDeadline', ids(withoutDeadline))));

  if (facts.evidenceCount === 0) items.push(blocking(problem('no_evidence')));

  if (!facts.decision) {
    items.push(blocking(problem('advice_not_decided')));
  } else {
    const proposal = currentProposal(facts, catalogue);
    if (facts.decision.proposed !== proposal.advice) {
      items.push(blocking(problem('advice_on_older_proposal', 'chosen', { decidedOn: facts.decision.proposed, proposed: proposal.advice })));
    }
    items.push(...decisionProblems(facts.decision, facts, catalogue).map(blocking));
  }

  const rated = indicators.filter((i) => i.level !== null);
  const noEvidence = rated.filter((i) => (facts.sourceKinds[i.indicatorId] ?? []).length === 0).map((i) => i.indicatorId);
  if (noEvidence.length) items.push(warning(problem('indicators_without_evidence', undefined, ids(noEvidence))));
  const weak = rated
    .filter((i) => (facts.sourceKinds[i.indicatorId] ?? []).length > 0 && triangulation(i.level, facts.sourceKinds[i.indicatorId] ?? []).warning)
    .map((i) => i.indicatorId);
  if (weak.length) items.push(warning(problem('triangulation_open', undefined, ids(weak))));

  const byIndicator = new Map(facts.ratings.map((r) => [r.indicatorId, r]));
  const motivations = rated.map((i) => ({ id: i.indicatorId, text: (byIndicator.get(i.indicatorId)?.motivation ?? '').trim() }));
  const empty = motivations.filter((m) => m.text === '').map((m) => m.id);
  if (empty.length) items.push(warning(problem('motivation_missing', 'motivation', ids(empty))));
  const seen = new Map<string, string[]>();
  for (const m of motivations) if (m.text !== '') seen.set(normalise(m.text), [...(seen.get(normalise(m.text)) ?? []), m.id]);
  const repeated = [...seen.values()].filter((group) => group.length > 1).flat();
  if (repeated.length) items.push(warning(problem('motivation_repeated', 'motivation', ids(repeated))));

  return [...items.filter((i) => i.severity === 'blocking'), ...items.filter((i) => i.severity === 'warning')];
}

/** Case, spacing and punctuation at the ends do not make a motivation different. */
function normalise(text: string): string {
  return text.toLocaleLowerCase('nl-BE').replace(/\s+/g, ' ').replace(/^[\s.,;:!?]+|[\s.,;:!?]+$/g, '');
}

export function canFinalize(items: readonly ChecklistItem[], warningsAcknowledged: boolean): boolean {
  return !items.some((i) => i.severity === 'blocking') && (warningsAcknowledged || !items.some((i) => i.severity === 'warning'));
}
