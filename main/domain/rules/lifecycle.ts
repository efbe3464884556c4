import type { InspectionStatus } from '../inspection';
import { type Problem, problem } from '../problems';

/**
 * The kinds of change a record can undergo. Every write names one, and the
 * write path asks `eventProblems` before it touches anything.
 */
export type InspectionEvent =
  /** The focus: chosen before or during the visit, it does not move the status. */
  | 'prepare'
  /** Ratings, texts, focus, evidence, observations, samples, surveys, undo, merged packages. */
  | 'edit'
  | 'decide'
  | 'finalize'
  | 'reopen'
  /** A task-force referral and its plan follow the report; they do not change the inspection. */
  | 'follow_up';

/**
 * Whether an event is allowed in the record's state. A final report is
 * locked: it changes only by reopening with a reason, after which every rule
 * is checked again before it can become final once more.
 */
export function eventProblems(status: InspectionStatus, event: InspectionEvent): Problem[] {
  if (event === 'reopen') return status === 'final' ? [] : [problem('inspection_not_final')];
  if (event === 'follow_up') return [];
  if (status === 'final') return [problem(event === 'decide' ? 'advice_locked' : event === 'finalize' ? 'already_final' : 'inspection_final')];
  return [];
}

/** The status after an allowed event: the first judgement means the team is on site; deciding moves to the advice. */
export function statusAfter(status: InspectionStatus, event: InspectionEvent): InspectionStatus {
  switch (event) {
    case 'edit':
      return status === 'preparing' ? 'on_site' : status;
    case 'decide':
      return 'deciding';
    case 'finalize':
      return 'final';
    case 'reopen':
      return 'deciding';
    default:
      return status;
  }
}

/** A task-force referral follows a decided advice 2B, or 2A with guidance obliged (actions 18 and 20). */
export function referralProblems(decision: { chosen: string; guidanceObliged: boolean } | null): Problem[] {
  if (!decision) return [problem('referral_needs_decision', 'inspectionId')];
  if (decision.chosen === '2B' || (decision.chosen === '2A' && decision.guidanceObliged)) return [];
  return [problem('referral_not_for_advice', 'inspectionId', { chosen: decision.chosen === '2A' ? '2A zonder begeleidingsplicht' : decision.chosen })];
}
