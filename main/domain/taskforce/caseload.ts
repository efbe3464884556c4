import { addCalendarDays, parseIsoDate } from '../dates';
import { type Problem, problem } from '../problems';
import type { PlanAction, PlanGoal, PlanVisit } from './plan';
import { goalProgress, nextVisit, overdueActions } from './progress';
import type { TrajectoryPhase } from './trajectory';

export interface PlanMilestone {
  id: string;
  title: string;
  dueDate: string;
  reachedOn: string | null;
}

/** What a trajectory's follow-up looks at: its phase, its deadlines and its plan. */
export interface TrajectoryFollowUp {
  phase: TrajectoryPhase;
  advice: '2A' | '2B';
  /** The board's answer is due 30 days after the report. */
  boardDeadline: string | null;
  /** The date by which the school should have signed the plan, as the member set it. */
  planDueOn: string | null;
  /** After 2B: the earliest date of the new inspection. */
  earliestNewInspection: string | null;
  goals: readonly PlanGoal[];
  actions: readonly PlanAction[];
  visits: readonly PlanVisit[];
  milestones: readonly PlanMilestone[];
}

export const AGENDA_KINDS = ['board_answer', 'plan_agreed', 'new_inspection', 'action', 'milestone', 'visit'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

/** One dated thing to do or to attend: a deadline, an action, a milestone or a planned visit. */
export interface AgendaItem {
  kind: AgendaKind;
  date: string;
  /** The action's description or the milestone's title; empty for the trajectory's own deadlines. */
  label: string;
  /** The entry it belongs to (action, milestone, visit), or null for the trajectory's own deadlines. */
  entryId: string | null;
}

/**
 * Everything dated that is still open in a trajectory: the deadlines of its
 * phase, the actions not done, the milestones not reached, the visits still
 * to be held. A closed trajectory has none (it stops counting).
 */
export function agenda(t: TrajectoryFollowUp): AgendaItem[] {
  if (t.phase === 'closed') return [];
  const items: AgendaItem[] = [];
  const own = (kind: AgendaKind, date: string | null) => date && items.push({ kind, date, label: '', entryId: null });
  if (t.phase === 'referred') own('board_answer', t.boardDeadline);
  if (t.phase === 'referred' || t.phase === 'accepted') own('plan_agreed', t.planDueOn);
  if (t.advice === '2B' && t.phase !== 'withdrawal' && t.phase !== 'refused') own('new_inspection', t.earliestNewInspection);
  for (const a of t.actions) if (a.status !== 'done' && a.status !== 'dropped') items.push({ kind: 'action', date: a.dueDate, label: a.description, entryId: a.id });
  for (const m of t.milestones) if (m.reachedOn === null) items.push({ kind: 'milestone', date: m.dueDate, label: m.title, entryId: m.id });
  for (const v of t.visits) if (v.held === false) items.push({ kind: 'visit', date: v.date, label: '', entryId: v.id });
  return items.sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
}

/** A deadline is overdue once its day has passed; a visit or the new inspection is never "overdue", only due. */
const CAN_BE_OVERDUE: ReadonlySet<AgendaKind> = new Set(['board_answer', 'plan_agreed', 'action', 'milestone']);

/** The Sunday that ends today's week (Monday to Sunday, as the school week is planned). */
export function endOfWeek(today: string): string {
  const weekday = (parseIsoDate(today).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addCalendarDays(today, 6 - weekday);
}

export interface CaseloadFigures {
  open: boolean;
  nextVisit: string | null;
  nextDeadline: AgendaItem | null;
  overdue: AgendaItem[];
  dueThisWeek: AgendaItem[];
  overdueActions: number;
  overdueMilestones: number;
  goalsWithoutProgress: number;
  goalsStagnating: number;
}

/** The figures of one trajectory on a caseload; a closed one shows none of its counts. */
export function caseloadFigures(t: TrajectoryFollowUp, today: string): CaseloadFigures {
  const open = t.phase !== 'closed';
  const items = agenda(t);
  const overdue = items.filter((i) => CAN_BE_OVERDUE.has(i.kind) && i.date < today);
  const weekEnd = endOfWeek(today);
  const progress = open ? goalProgress(t.goals, t.visits, today) : [];
  return {
    open,
    nextVisit: open ? (nextVisit(t.visits, today)?.date ?? null) : null,
    nextDeadline: items.find((i) => i.kind !== 'visit' && i.date >= today) ?? null,
    overdue,
    dueThisWeek: items.filter((i) => i.date >= today && i.date <= weekEnd),
    overdueActions: open ? overdueActions(t.actions, today).length : 0,
    overdueMilestones: overdue.filter((i) => i.kind === 'milestone').length,
    goalsWithoutProgress: progress.filter((p) => p.noProgress).length,
    goalsStagnating: progress.filter((p) => p.stagnation).length,
  };
}

export interface ClosingChecklist {
  overdueActions: AgendaItem[];
  overdueMilestones: AgendaItem[];
  plannedVisits: AgendaItem[];
  goalsWithoutProgress: string[];
}

/** What must be looked at before a trajectory is closed. */
export function closingChecklist(t: TrajectoryFollowUp, today: string): ClosingChecklist {
  const items = agenda(t);
  return {
    overdueActions: items.filter((i) => i.kind === 'action' && i.date < today),
    overdueMilestones: items.filter((i) => i.kind === 'milestone' && i.date < today),
    plannedVisits: items.filter((i) => i.kind === 'visit' && i.date >= today),
    goalsWithoutProgress: goalProgress(t.goals, t.visits, today)
      .filter((p) => p.noProgress)
      .map((p) => p.goalId),
  };
}

/**
 * Closing is deliberate: overdue actions and milestones must be settled (done,
 * dropped, reached or moved) and planned visits held or removed first. Goals
 * without progress do not block — the end evaluation may find exactly that —
 * but must be acknowledged.
 */
export function closingProblems(list: ClosingChecklist, acknowledgeGoals: boolean): Problem[] {
  const problems: Problem[] = [];
  if (list.overdueActions.length > 0) problems.push(problem('closing_overdue_actions', 'checklist', { count: list.overdueActions.length }));
  if (list.overdueMilestones.length > 0) problems.push(problem('closing_overdue_milestones', 'checklist', { count: list.overdueMilestones.length }));
  if (list.plannedVisits.length > 0) problems.push(problem('closing_planned_visits', 'checklist', { count: list.plannedVisits.length }));
  if (list.goalsWithoutProgress.length > 0 && !acknowledgeGoals) problems.push(problem('closing_goals_without_progress', 'acknowledgeGoals', { count: list.goalsWithoutProgress.length }));
  return problems;
}

export interface PipelineReferral {
  advice: '2A' | '2B';
  boardAnswer: 'pending' | 'accepts' | 'declines' | 'pbd_plan';
  referralDate: string;
  planAgreedOn: string | null;
  closedOn: string | null;
  phase: TrajectoryPhase;
}

/** The steps of the task force's pipeline on Overzicht, each a rule on a referral: the count and the schools behind it use the same one. */
export const PIPELINE_STEPS = ['referred', 'referred2B', 'accepted', 'refused', 'withdrawal', 'plansAgreed', 'closed'] as const;
export type PipelineStep = (typeof PIPELINE_STEPS)[number];
export const PIPELINE_STEP_RULES: Record<PipelineStep, (r: PipelineReferral) => boolean> = {
  referred: () => true,
  referred2B: (r) => r.advice === '2B',
  accepted: (r) => r.boardAnswer === 'accepts' || r.boardAnswer === 'pbd_plan',
  refused: (r) => r.boardAnswer === 'declines',
  withdrawal: (r) => r.phase === 'withdrawal' || (r.phase === 'closed' && r.advice === '2B' && r.boardAnswer === 'declines'),
  plansAgreed: (r) => r.planAgreedOn !== null,
  closed: (r) => r.closedOn !== null,
};

/** The task force's pipeline for Overzicht: how many were referred, answered, agreed a plan, closed, and how long a closed trajectory took. */
export function taskforcePipeline(referrals: readonly PipelineReferral[]) {
  const closed = referrals.filter(PIPELINE_STEP_RULES.closed);
  const days = closed.map((r) => (parseIsoDate(r.closedOn!).getTime() - parseIsoDate(r.referralDate).getTime()) / 86_400_000);
  const counts = Object.fromEntries(PIPELINE_STEPS.map((step) => [step, referrals.filter(PIPELINE_STEP_RULES[step]).length])) as Record<PipelineStep, number>;
  return {
    ...counts,
    averageDays: days.length === 0 ? null : Math.round(days.reduce((a, b) => a + b, 0) / days.length),
  };
}
