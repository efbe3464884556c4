import type { EvidenceSource, Framework } from '../framework';
import type { RatingLevel } from '../rating';
import { aggregateObservations, type ObservationScores, timeOnTask } from './observations';
import { focusProgress } from './progress';
import { CLIMATE_INDICATORS, climateQuadrant } from './quadrant';
import { type DisciplinaryFileCheck, sampleCompliance } from './samples';
import { sumTallies, type SurveyTally } from './surveys';

export interface OnsiteInput {
  framework: Framework;
  focusDomains: readonly string[];
  ratings: readonly { indicatorId: string; level: RatingLevel | null }[];
  evidence: readonly { source: EvidenceSource; indicatorIds: readonly string[] }[];
  observations: readonly ObservationScores[];
  files: readonly DisciplinaryFileCheck[];
  tallies: readonly SurveyTally[];
}

/** Everything the guide shows that is derived rather than recorded, computed in one pass. */
export function summarizeOnsite(input: OnsiteInput) {
  const levels = new Map(input.ratings.map((r) => [r.indicatorId, r.level]));
  const sources = new Map<string, EvidenceSource[]>();
  for (const item of input.evidence) {
    for (const id of item.indicatorIds) {
      const list = sources.get(id) ?? [];
      list.push(item.source);
      sources.set(id, list);
    }
  }
  const progress = focusProgress(input.framework, input.focusDomains, levels, sources);
  return {
    progress,
    rated: progress.filter((p) => p.rated).length,
    toRate: progress.filter((p) => !p.rated).length,
    evidenceMissing: progress.filter((p) => p.evidenceMissing).length,
    sourceKinds: Object.fromEntries([...sources].map(([id, list]) => [id, [...new Set(list)].sort()])),
    observations: aggregateObservations(input.observations),
    timeOnTask: timeOnTask(input.observations),
    sample: sampleCompliance(input.files),
    surveys: sumTallies(input.tallies),
    climate: climateQuadrant(levels.get(CLIMATE_INDICATORS.responsiveness) ?? null, levels.get(CLIMATE_INDICATORS.demandingness) ?? null),
  };
}
export type OnsiteSummary = ReturnType<typeof summarizeOnsite>;
