import type { ServiceContext } from '../../main/services/context';
import { callOk } from './services';

export interface RatingSpec {
  indicatorId: string;
  level: 'beneden' | 'benadert' | 'volgens' | 'overstijgt';
  /** With "beneden" a tekort, with "benadert" an ontwikkelkans. */
  text?: string;
  deadline?: string | null;
}

/**
 * An inspection as a team leaves it before deciding: the ratings given, every
 * other indicator in focus rated "volgens" with its own motivation, a tekort
 * deadline for each "beneden" and evidence from two kinds of source, so the
 * finalize check list has only what the test sets up.
 */
export async function ratedInspection(
  ctx: ServiceContext,
  options: { instellingsnummer: string; type?: string; startDate?: string; ratings: RatingSpec[]; fillFocus?: boolean; evidence?: boolean },
): Promise<string> {
  const startDate = options.startDate ?? '2027-03-01';
  const inspection = await callOk(ctx, 'createInspection', { instellingsnummer: options.instellingsnummer, type: options.type ?? 'unannounced', startDate });
  const detail = await callOk(ctx, 'getInspection', { id: inspection.id });
  const given = new Map(options.ratings.map((r) => [r.indicatorId, r]));
  const focus: string[] = detail.framework.domains
    .filter((d: { id: string }) => inspection.focusDomains.includes(d.id))
    .flatMap((d: { indicators: Array<{ id: string }> }) => d.indicators.map((i) => i.id));
  const ids = options.fillFocus === false ? options.ratings.map((r) => r.indicatorId) : [...new Set([...focus, ...given.keys()])];
  for (const indicatorId of ids) {
    const r = given.get(indicatorId) ?? { indicatorId, level: 'volgens' as const };
    await callOk(ctx, 'saveRating', {
      inspectionId: inspection.id,
      indicatorId,
      level: r.level,
      motivation: `Wat het team zag bij ${indicatorId}.`,
      shortcomings: r.level === 'beneden' ? (r.text ?? `Tekort bij ${indicatorId}.`) : '',
      opportunities: r.level === 'benadert' ? (r.text ?? '') : '',
      shortcomingDeadline: r.level === 'beneden' ? (r.deadline === undefined ? '2028-03-01' : r.deadline) : null,
    });
  }
  if (options.evidence !== false) {
    for (const source of ['classroom_observation', 'interview_teachers'] as const) {
      await callOk(ctx, 'saveEvidence', { inspectionId: inspection.id, source, role: 'inspector', date: startDate, note: `Bron ${source}`, indicatorIds: ids.slice(0, 50) });
    }
  }
  return inspection.id as string;
}
