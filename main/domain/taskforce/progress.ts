import { daysBetween } from '../dates';
import { type RatingLevel, ratingScore } from '../rating';
import type { PlanAction, PlanGoal, PlanVisit } from './plan';

export interface GoalProgress {
  goalId: string;
  /** One point per held visit that judged this goal, oldest first. */
  timeline: Array<{ date: string; level: RatingLevel }>;
  latest: RatingLevel | null;
  /**
   * The latest judgement against the first of the last three (the trend over
   * the visits, not one step): up, same, down, or unknown with fewer than two.
   */
  trend: 'up' | 'same' | 'down' | 'unknown';
  /** "Geen vooruitgang": going down, or not up while still below "volgens de verwachting". */
  noProgress: boolean;
  /** Three "beneden" in a row at the last three visits: stagnation, not a one-off. */
  stagnation: boolean;
}

/** How many of the latest judgements the trend looks at. */
export const TREND_WINDOW = 3;
const TARGET = ratingScore('volgens');

/** Whether a visit has taken place: a held visit, or (older data without the mark) one dated on or before today. */
export const isHeld = (visit: PlanVisit, today: string) => visit.held ?? visit.date <= today;

/** Each goal's judgements over the visits that have been held by `today`. */
export function goalProgress(goals: readonly PlanGoal[], visits: readonly PlanVisit[], today: string): GoalProgress[] {
  const held = visits.filter((v) => isHeld(v, today)).sort((a, b) => a.date.localeCompare(b.date));
  return goals.map((goal) => {
    const timeline = held.flatMap((visit) => {
      const entry = visit.progress.find((p) => p.goalId === goal.id);
      return entry ? [{ date: visit.date, level: entry.level }] : [];
    });
    const window = timeline.slice(-TREND_WINDOW).map((p) => ratingScore(p.level));
    const last = window[window.length - 1];
    const first = window[0];
    const trend = window.length < 2 ? 'unknown' : last > first ? 'up' : last < first ? 'down' : 'same';
    return {
      goalId: goal.id,
      timeline,
      latest: timeline[timeline.length - 1]?.level ?? null,
      trend,
      noProgress: trend === 'down' || (trend === 'same' && last < TARGET),
      stagnation: window.length === TREND_WINDOW && window.every((s) => s === ratingScore('beneden')),
    };
  });
}

/** Actions past their due date that are neither done nor dropped. */
export function overdueActions(actions: readonly PlanAction[], today: string): PlanAction[] {
  return actions.filter((a) => a.dueDate < today && a.status !== 'done' && a.status !== 'dropped').sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

/** The first visit still to be held, on or after today, if any. */
export function nextVisit(visits: readonly PlanVisit[], today: string): PlanVisit | null {
  return [...visits].filter((v) => v.date >= today && v.held !== true).sort((a, b) => a.date.localeCompare(b.date))[0] ?? null;
}

/** Days until the new inspection may take place (advice 2B); 0 once the date has passed; null without a date. */
export function daysUntilNewInspection(earliestNewInspection: string | null, today: string): number | null {
  if (earliestNewInspection === null) return null;
  return Math.max(0, daysBetween(today, earliestNewInspection));
}

/** Share of actions done, ignoring dropped ones; null for a plan without actions. */
export function actionCompletion(actions: readonly PlanAction[]): number | null {
  const counted = actions.filter((a) => a.status !== 'dropped');
  if (counted.length === 0) return null;
  return counted.filter((a) => a.status === 'done').length / counted.length;
}
