import { daysBetween } from '../dates';
import { type RatingLevel, ratingScore } from '../rating';
import type { PlanAction, PlanGoal, PlanVisit } from './plan';

export interface GoalProgress {
  goalId: string;
  /** One point per visit that judged this goal, oldest first. */
  timeline: Array<{ date: string; level: RatingLevel }>;
  latest: RatingLevel | null;
  /** Compared with the visit before: up, same, down, or unknown with fewer than two judgements. */
  trend: 'up' | 'same' | 'down' | 'unknown';
  /** Judged at the last visit that has taken place, but no better than at the visit before. */
  noProgressSinceLastVisit: boolean;
}

/** Each goal's judgements over the visits that have taken place by `today`. */
export function goalProgress(goals: readonly PlanGoal[], visits: readonly PlanVisit[], today: string): GoalProgress[] {
  const held = [...visits].filter((v) => v.date <= today).sort((a, b) => a.date.localeCompare(b.date));
  return goals.map((goal) => {
    const timeline = held.flatMap((visit) => {
      const entry = visit.progress.find((p) => p.goalId === goal.id);
      return entry ? [{ date: visit.date, level: entry.level }] : [];
    });
    const last = timeline[timeline.length - 1];
    const before = timeline[timeline.length - 2];
    const trend = !last || !before ? 'unknown' : ratingScore(last.level) > ratingScore(before.level) ? 'up' : ratingScore(last.level) < ratingScore(before.level) ? 'down' : 'same';
    return {
      goalId: goal.id,
      timeline,
      latest: last?.level ?? null,
      trend,
      noProgressSinceLastVisit: trend === 'same' || trend === 'down',
    };
  });
}

/** Actions past their due date that are neither done nor dropped. */
export function overdueActions(actions: readonly PlanAction[], today: string): PlanAction[] {
  return actions.filter((a) => a.dueDate < today && a.status !== 'done' && a.status !== 'dropped').sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

/** The first planned visit on or after today, if any. */
export function nextVisit(visits: readonly PlanVisit[], today: string): PlanVisit | null {
  return [...visits].filter((v) => v.date >= today).sort((a, b) => a.date.localeCompare(b.date))[0] ?? null;
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
