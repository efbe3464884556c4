import type { EvidenceSource } from '../framework';
import { FOUR_RS, type ObservationScores, R_INDICATOR } from './observations';
import { SAMPLE_INDICATOR } from './samples';

/**
 * The sources behind each indicator, by kind, for triangulation: recorded
 * evidence, and also the team's own classroom observations (each R scored
 * informs its km indicator) and the disciplinary-file sample (the files are
 * documents read for tb.2). Without these, the guide warned "one kind of
 * source" right above three observation scores.
 */
export function indicatorSources(input: {
  evidence: readonly { source: EvidenceSource; indicatorIds: readonly string[] }[];
  observations: readonly ObservationScores[];
  sampledFiles: number;
}): Map<string, EvidenceSource[]> {
  const sources = new Map<string, EvidenceSource[]>();
  const add = (indicatorId: string, source: EvidenceSource) => {
    const list = sources.get(indicatorId) ?? [];
    list.push(source);
    sources.set(indicatorId, list);
  };
  for (const item of input.evidence) for (const id of item.indicatorIds) add(id, item.source);
  for (const observation of input.observations) {
    for (const r of FOUR_RS) if (observation.scores[r]) add(R_INDICATOR[r], 'classroom_observation');
  }
  for (let i = 0; i < input.sampledFiles; i++) add(SAMPLE_INDICATOR, 'document_analysis');
  return sources;
}

/** Each indicator's distinct kinds of source, sorted. */
export function sourceKindsOf(sources: ReadonlyMap<string, readonly EvidenceSource[]>): Record<string, EvidenceSource[]> {
  return Object.fromEntries([...sources].map(([id, list]) => [id, [...new Set(list)].sort()]));
}
