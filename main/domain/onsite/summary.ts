import type { EvidenceSource, Framework } from '../framework';
import type { RatingLevel } from '../rating';
import { aggregateObservations, type ObservationScores, timeOnTask } from './observations';
import { focusProgress } from './progress';
import { CLIMATE_INDICATORS, climateQuadrant } from './quadrant';
import { type DisciplinaryFileCheck, sampleCompliance } from './samples';
import { indicatorSources, sourceKindsOf } from './sources';
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
  const sources = indicatorSources({ evidence: input.evidence, observations: input.observations, sampledFiles: input.files.length });
  const progress = focusProgress(input.framework, input.focusDomains, levels, sources);
  return {
    progress,
    rated: progress.filter((p) => p.rated).length,
    toRate: progress.filter((p) => !p.rated).length,
    evidenceMissing: progress.filter((p) => p.evidenceMissing).length,
    sourceKinds: sourceKindsOf(sources),
    observations: aggregateObservations(input.observations),
    timeOnTask: timeOnTask(input.observations),
    sample: sampleCompliance(input.files),
    surveys: sumTallies(input.tallies),
    climate: climateQuadrant(levels.get(CLIMATE_INDICATORS.responsiveness) ?? null, levels.get(CLIMATE_INDICATORS.demandingness) ?? null),
  };
}
export type OnsiteSummary = ReturnType<typeof summarizeOnsite>;
