import { RATING_LABELS_NL, type RatingLevel, ratingScore } from '../domain/rating';
import type { ChartSpec } from './charts';
import { formatDutchDate } from './dutch-format';

export interface GoalTimeline {
  title: string;
  timeline: ReadonlyArray<{ date: string; level: RatingLevel }>;
}

/**
 * Each goal's progress over the task force's visits on the four-level scale
 * (1 beneden … 4 overstijgt): one chart definition for the screen and both
 * report formats.
 */
export function goalProgressChart(goals: readonly GoalTimeline[], size = { width: 640, height: 320 }): ChartSpec {
  const dates = [...new Set(goals.flatMap((g) => g.timeline.map((p) => p.date)))].sort();
  return {
    kind: 'line',
    title: 'Voortgang per doel over de bezoeken',
    categories: dates.map((d) => formatDutchDate(d)),
    // Visits are spaced by their dates, not evenly.
    categoryDates: dates,
    series: goals.map((g) => ({
      // The whole title: the legend wraps long names rather than cutting them off.
      name: g.title,
      values: dates.map((d) => {
        const point = g.timeline.find((p) => p.date === d);
        return point ? ratingScore(point.level) : null;
      }),
    })),
    yAxisLabel: 'Ontwikkelingsschaal',
    yScale: { min: 1, max: 4, labels: ['beneden', 'benadert', 'volgens', 'overstijgt'] },
    width: size.width,
    height: size.height,
  };
}

/** Alt text that reads the chart out: each goal from its first to its last judgement. */
export function goalProgressAltText(goals: readonly GoalTimeline[]): string {
  if (goals.every((g) => g.timeline.length === 0)) return 'Nog geen voortgang beoordeeld tijdens een bezoek.';
  const parts = goals.map((g) => {
    const first = g.timeline[0];
    const last = g.timeline[g.timeline.length - 1];
    if (!first) return `${g.title}: nog niet beoordeeld`;
    return first === last
      ? `${g.title}: ${RATING_LABELS_NL[first.level].toLowerCase()} op ${formatDutchDate(first.date)}`
      : `${g.title}: van ${RATING_LABELS_NL[first.level].toLowerCase()} (${formatDutchDate(first.date)}) naar ${RATING_LABELS_NL[last.level].toLowerCase()} (${formatDutchDate(last.date)})`;
  });
  return `Lijngrafiek van de voortgang per doel. ${parts.join('. ')}.`;
}
