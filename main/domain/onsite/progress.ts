import type { EvidenceSource, Framework } from '../framework';
import type { RatingLevel } from '../rating';
import { triangulation } from './rating-rules';

export interface IndicatorProgress {
  indicatorId: string;
  domainId: string;
  rated: boolean;
  evidenceCount: number;
  /** No evidence linked yet. */
  evidenceMissing: boolean;
  triangulationWarning: boolean;
}

/** Where the team stands on each focus indicator: rated or not, evidence present, triangulated. */
export function focusProgress(
  framework: Framework,
  focusDomains: readonly string[],
  levels: ReadonlyMap<string, RatingLevel | null>,
  sourcesByIndicator: ReadonlyMap<string, readonly EvidenceSource[]>,
): IndicatorProgress[] {
  return framework.domains
    .filter((d) => focusDomains.includes(d.id))
    .flatMap((domain) =>
      domain.indicators.map((indicator) => {
        const level = levels.get(indicator.id) ?? null;
        const sources = sourcesByIndicator.get(indicator.id) ?? [];
        return {
          indicatorId: indicator.id,
          domainId: domain.id,
          rated: level !== null,
          evidenceCount: sources.length,
          evidenceMissing: sources.length === 0,
          triangulationWarning: triangulation(level, sources).warning,
        };
      }),
    );
}
