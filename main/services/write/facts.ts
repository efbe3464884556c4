import type { SqlExecutor } from '../../db/connection';
import { getAdviceDecision } from '../../db/repositories/advice';
import { type InspectionRecord, listRatings } from '../../db/repositories/inspections';
import { disciplinaryFileTable, evidenceTable, observationTable } from '../../db/repositories/onsite-entries';
import { listConflictStates } from '../../db/repositories/sync';
import { SYNC_TABLE_BY_ENTITY } from '../../db/repositories/sync-tables';
import { conflictingVersions } from '../../domain/exchange/revisions';
import { indicatorSources, sourceKindsOf } from '../../domain/onsite/sources';
import type { InspectionFacts } from '../../domain/rules/facts';
import type { ServiceContext } from '../context';

/** The part of the record every change is checked against: framework, focus, dates and judgements. */
export async function loadJudgementFacts(db: SqlExecutor, ctx: ServiceContext, inspection: InspectionRecord) {
  const framework = await ctx.frameworks.pinned(db, inspection.frameworkId, inspection.frameworkVersion);
  const ratings = await listRatings(db, inspection.id);
  return { type: inspection.type, status: inspection.status, startDate: inspection.startDate, focusDomains: inspection.focusDomains, framework, ratings };
}

async function openConflictCount(db: SqlExecutor, inspectionId: string): Promise<number> {
  const states = await listConflictStates(db, inspectionId);
  return states.filter(({ entity, state }) => {
    const table = SYNC_TABLE_BY_ENTITY.get(entity);
    return table !== undefined && conflictingVersions(table.shape, state).length > 0;
  }).length;
}

/** Everything the advice rules and the finalize check list look at, read once. */
export async function loadInspectionFacts(db: SqlExecutor, ctx: ServiceContext, inspection: InspectionRecord): Promise<InspectionFacts> {
  const [judgements, decision, evidence, observations, files, openConflicts] = await Promise.all([
    loadJudgementFacts(db, ctx, inspection),
    getAdviceDecision(db, inspection.id),
    evidenceTable.list(db, inspection.id),
    observationTable.list(db, inspection.id),
    disciplinaryFileTable.list(db, inspection.id),
    openConflictCount(db, inspection.id),
  ]);
  const sources = indicatorSources({ evidence, observations, sampledFiles: files.length });
  return {
    ...judgements,
    decision: decision ?? null,
    evidenceCount: evidence.length,
    sourceKinds: sourceKindsOf(sources),
    openConflicts,
  };
}
