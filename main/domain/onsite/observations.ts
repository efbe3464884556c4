import { RATING_LEVELS, type RatingLevel, ratingScore } from '../rating';

/** The four R's of classroom management the plan names (3.1.2). */
export const FOUR_RS = ['rust', 'routine', 'regelmaat', 'relatie'] as const;
export type FourR = (typeof FOUR_RS)[number];

/** Which indicator each R informs (km.1 Rust en routine, km.2 Regelmaat, km.3 Relatie). */
export const R_INDICATOR: Record<FourR, string> = { rust: 'km.1', routine: 'km.1', regelmaat: 'km.2', relatie: 'km.3' };

export interface ObservationScores {
  scores: Partial<Record<FourR, RatingLevel | null>>;
  /** Time-on-task tally: sweeps in which the class was on task, out of all sweeps. */
  onTask: number;
  offTask: number;
}

export interface IndicatorObservationSummary {
  indicatorId: string;
  /** Scores given (one per R per observation), counted per level. */
  counts: Record<RatingLevel, number>;
  n: number;
  /** Mean on the 1–4 scale, rounded to two decimals; null without scores. */
  mean: number | null;
  /** The level nearest to the mean (ties go down: a judgement must be earned). */
  suggested: RatingLevel | null;
}

function emptyCounts(): Record<RatingLevel, number> {
  return { beneden: 0, benadert: 0, volgens: 0, overstijgt: 0 };
}

export function levelNearest(mean: number): RatingLevel {
  const index = Math.min(3, Math.max(0, Math.ceil(mean - 0.5) - 1));
  return RATING_LEVELS[index];
}

/** Aggregates the four R's of every observation into the indicators they inform. */
export function aggregateObservations(observations: readonly ObservationScores[]): IndicatorObservationSummary[] {
  const byIndicator = new Map<string, RatingLevel[]>();
  for (const id of new Set(Object.values(R_INDICATOR))) byIndicator.set(id, []);
  for (const observation of observations) {
    for (const r of FOUR_RS) {
      const level = observation.scores[r];
      if (level) byIndicator.get(R_INDICATOR[r])!.push(level);
    }
  }
  return [...byIndicator].map(([indicatorId, levels]) => {
    const counts = emptyCounts();
    for (const level of levels) counts[level]++;
    const mean = levels.length ? Math.round((levels.reduce((s, l) => s + ratingScore(l), 0) / levels.length) * 100) / 100 : null;
    return { indicatorId, counts, n: levels.length, mean, suggested: mean === null ? null : levelNearest(mean) };
  });
}

/** Share of sweeps on task across observations, as a percentage with one decimal; null without sweeps. */
export function timeOnTask(observations: readonly Pick<ObservationScores, 'onTask' | 'offTask'>[]): { onTask: number; total: number; pct: number | null } {
  const onTask = observations.reduce((s, o) => s + o.onTask, 0);
  const total = observations.reduce((s, o) => s + o.onTask + o.offTask, 0);
  return { onTask, total, pct: total === 0 ? null : Math.round((onTask / total) * 1000) / 10 };
}
