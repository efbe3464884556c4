import { type Problem, problem } from '../problems';
import type { BoardAnswer } from './plan';

/**
 * The phases of a task-force trajectory (action 20), from the referral to
 * closure. A board that refuses after advice 2B does not keep a "running"
 * trajectory: the withdrawal procedure starts (2B: recognition is withdrawn
 * unless the board accepts guidance). After 2A with obliged guidance a
 * refusal is recorded as such; both end only by closing the file.
 */
export const TRAJECTORY_PHASES = ['referred', 'accepted', 'refused', 'withdrawal', 'plan_agreed', 'monitoring', 'end_evaluation', 'closed'] as const;
export type TrajectoryPhase = (typeof TRAJECTORY_PHASES)[number];

export const TRAJECTORY_EVENTS = ['board_answer', 'agree_plan', 'start_monitoring', 'start_end_evaluation', 'resume_monitoring', 'close', 'reopen'] as const;
export type TrajectoryEventKind = (typeof TRAJECTORY_EVENTS)[number];

/** One decision on a trajectory; every one has a date (the author comes from the write path). */
export type TrajectoryEvent =
  | { kind: 'board_answer'; date: string; answer: Exclude<BoardAnswer, 'pending'> }
  /** The school's sign-off of the intervention plan: who signed, on which date. */
  | { kind: 'agree_plan'; date: string; signedBy: string }
  | { kind: 'start_monitoring'; date: string }
  | { kind: 'start_end_evaluation'; date: string }
  /** The end evaluation shows more guidance is needed: back to monitoring. */
  | { kind: 'resume_monitoring'; date: string }
  | { kind: 'close'; date: string; canContinueAlone: boolean; motivation: string }
  | { kind: 'reopen'; date: string; reason: string };

export interface Trajectory {
  advice: '2A' | '2B';
  phase: TrajectoryPhase;
  referralDate: string;
  boardAnswer: BoardAnswer;
  boardAnswerDate: string | null;
  planAgreedBy: string | null;
  planAgreedOn: string | null;
  closedOn: string | null;
  canContinueAlone: boolean | null;
  closingMotivation: string;
  /** Where a reopened trajectory resumes. */
  phaseBeforeClose: TrajectoryPhase | null;
  reopenReason: string;
  /** The date of the latest decision; a new decision cannot precede it. */
  lastDecisionOn: string;
}

export function newTrajectory(advice: '2A' | '2B', referralDate: string): Trajectory {
  return {
    advice,
    phase: 'referred',
    referralDate,
    boardAnswer: 'pending',
    boardAnswerDate: null,
    planAgreedBy: null,
    planAgreedOn: null,
    closedOn: null,
    canContinueAlone: null,
    closingMotivation: '',
    phaseBeforeClose: null,
    reopenReason: '',
    lastDecisionOn: referralDate,
  };
}

/** The events each phase allows. */
const ALLOWED: Record<TrajectoryPhase, readonly TrajectoryEventKind[]> = {
  referred: ['board_answer'],
  // Until the plan is agreed the board's answer can still be corrected.
  accepted: ['board_answer', 'agree_plan'],
  refused: ['board_answer', 'close'],
  withdrawal: ['board_answer', 'close'],
  plan_agreed: ['start_monitoring'],
  monitoring: ['start_end_evaluation'],
  end_evaluation: ['resume_monitoring', 'close'],
  closed: ['reopen'],
};

export function allowedEvents(phase: TrajectoryPhase): readonly TrajectoryEventKind[] {
  return ALLOWED[phase];
}

/** The phase a board's answer leads to. */
export function phaseAfterAnswer(advice: '2A' | '2B', answer: BoardAnswer): TrajectoryPhase {
  if (answer === 'pending') return 'referred';
  if (answer === 'declines') return advice === '2B' ? 'withdrawal' : 'refused';
  return 'accepted';
}

/** Why an event is not allowed now; empty when it is. */
export function trajectoryProblems(t: Trajectory, event: TrajectoryEvent): Problem[] {
  if (!ALLOWED[t.phase].includes(event.kind)) return [problem('trajectory_event_not_allowed', 'event', { event: event.kind, phase: t.phase })];
  const problems: Problem[] = [];
  if (event.date < t.lastDecisionOn) problems.push(problem('trajectory_date_before_previous', 'date', { date: t.lastDecisionOn }));
  if (event.kind === 'agree_plan' && event.signedBy.trim() === '') problems.push(problem('plan_sign_off_needs_person', 'signedBy'));
  if (event.kind === 'close' && event.motivation.trim() === '') problems.push(problem('closing_needs_motivation', 'motivation'));
  if (event.kind === 'reopen' && event.reason.trim() === '') problems.push(problem('reopen_needs_reason', 'reason'));
  return problems;
}

/** The trajectory after an allowed event. Call `trajectoryProblems` first; this throws on a refused event. */
export function applyTrajectoryEvent(t: Trajectory, event: TrajectoryEvent): Trajectory {
  if (trajectoryProblems(t, event).length > 0) throw new Error(`Trajectory event ${event.kind} not allowed in ${t.phase}`);
  const next = { ...t, lastDecisionOn: event.date };
  switch (event.kind) {
    case 'board_answer':
      return { ...next, boardAnswer: event.answer, boardAnswerDate: event.date, phase: phaseAfterAnswer(t.advice, event.answer) };
    case 'agree_plan':
      return { ...next, phase: 'plan_agreed', planAgreedBy: event.signedBy.trim(), planAgreedOn: event.date };
    case 'start_monitoring':
    case 'resume_monitoring':
      return { ...next, phase: 'monitoring' };
    case 'start_end_evaluation':
      return { ...next, phase: 'end_evaluation' };
    case 'close':
      return {
        ...next,
        phase: 'closed',
        phaseBeforeClose: t.phase,
        closedOn: event.date,
        // Only an end evaluation can find that the school goes on alone; a refused trajectory never can.
        canContinueAlone: t.phase === 'end_evaluation' ? event.canContinueAlone : false,
        closingMotivation: event.motivation.trim(),
      };
    case 'reopen':
      return {
        ...next,
        // A reopened end evaluation means more guidance: monitoring again.
        phase: t.phaseBeforeClose === 'end_evaluation' || t.phaseBeforeClose === null ? 'monitoring' : t.phaseBeforeClose,
        closedOn: null,
        canContinueAlone: null,
        closingMotivation: '',
        phaseBeforeClose: null,
        reopenReason: event.reason.trim(),
      };
  }
}

/** Rules every reachable trajectory obeys (checked by the property test and usable as a guard on stored data). */
export function trajectoryInvariantProblems(t: Trajectory): string[] {
  const bad: string[] = [];
  const closed = t.phase === 'closed';
  if (closed !== (t.closedOn !== null)) bad.push('closedOn matches the closed phase');
  if (closed && t.closingMotivation === '') bad.push('a closed trajectory has a motivation');
  if (closed !== (t.canContinueAlone !== null)) bad.push('canContinueAlone is set exactly when closed');
  const active = closed ? t.phaseBeforeClose : t.phase;
  if (active === null || active === 'closed') bad.push('a closed trajectory remembers where it was');
  const afterPlan = active === 'plan_agreed' || active === 'monitoring' || active === 'end_evaluation';
  if (afterPlan && (t.planAgreedBy === null || t.planAgreedOn === null)) bad.push('a plan in force has a sign-off');
  if (afterPlan && t.boardAnswer !== 'accepts' && t.boardAnswer !== 'pbd_plan') bad.push('a plan in force was accepted by the board');
  if (active === 'referred' && t.boardAnswer !== 'pending') bad.push('referred means no answer yet');
  if (active === 'withdrawal' && !(t.advice === '2B' && t.boardAnswer === 'declines')) bad.push('withdrawal follows a refusal after 2B');
  if (active === 'refused' && !(t.advice === '2A' && t.boardAnswer === 'declines')) bad.push('refused after 2A');
  if (active === 'accepted' && t.boardAnswer !== 'accepts' && t.boardAnswer !== 'pbd_plan') bad.push('accepted has an accepting answer');
  if (closed && t.canContinueAlone && t.phaseBeforeClose !== 'end_evaluation') bad.push('only an end evaluation lets a school go on alone');
  if (t.lastDecisionOn < t.referralDate) bad.push('no decision before the referral');
  if (t.boardAnswerDate !== null && t.boardAnswerDate < t.referralDate) bad.push('no answer before the referral');
  if (t.planAgreedOn !== null && t.boardAnswerDate !== null && t.planAgreedOn < t.boardAnswerDate) bad.push('the plan follows the answer');
  if (t.closedOn !== null && t.closedOn < t.referralDate) bad.push('closed after referred');
  return bad;
}

/** Whether the trajectory is still followed up (counts, next visit, deadlines). */
export const isOpenPhase = (phase: TrajectoryPhase) => phase !== 'closed';
