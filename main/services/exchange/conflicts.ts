import type { ValidatedInput } from '../../api/contract';
import { AppError } from '../../api/envelope';
import { appendMergeAudit, applyVersion, getSyncState, listConflictStates, saveSyncState, scopedRows } from '../../db/repositories/sync';
import { ATTACHMENT_ENTITIES, SYNC_TABLE_BY_ENTITY, type SyncTable } from '../../db/repositories/sync-tables';
import { commitLocal, conflictingVersions, contentOf, type EntryRecord, isRemoved, newVersion } from '../../domain/exchange/revisions';
import { titleFields } from '../../domain/entities';
import { sqlProblem } from './files';
import type { ServiceContext } from '../context';
import { writeInspection } from '../write/inspection-write';
import { requireInspection } from '../inspections';
import { currentActor } from '../settings';

/** Columns the lead may not change when editing a version: keys, links and change stamps. */
function lockedColumns(table: SyncTable): Set<string> {
  return new Set([...table.key, ...table.shape.metaColumns, 'id', 'inspection_id', 'referral_id', 'evidence_id', 'visit_id', 'created_at', 'created_by', table.shape.deletedColumn ?? '']);
}

function titleOf(entity: string, record: EntryRecord): string {
  return titleFields(entity).map((c) => String(record[c] ?? '')).filter(Boolean).join(' · ');
}

/** Open conflicts of an inspection, each with its versions side by side and the fields that differ. */
export async function listConflicts(ctx: ServiceContext, input: ValidatedInput<'listConflicts'>) {
  const inspection = await requireInspection(ctx, input.inspectionId, 'inspectionId');
  const actor = await currentActor(ctx);
  const states = await listConflictStates(ctx.db, inspection.id);
  const liveRows = new Map<string, Map<string, EntryRecord>>();
  for (const entity of new Set(states.map((s) => s.entity))) {
    const table = SYNC_TABLE_BY_ENTITY.get(entity);
    if (table) liveRows.set(entity, await scopedRows(ctx.db, table, inspection.id));
  }
  return states.flatMap(({ entity, entityId, state: recorded }) => {
    const table = SYNC_TABLE_BY_ENTITY.get(entity);
    if (!table) return [];
    // An edit typed since the merge shows as the version it will become (the same revision resolveConflict records).
    const live = liveRows.get(entity)?.get(entityId);
    const state = live ? commitLocal(table.shape, recorded, live) : recorded;
    if (!conflictingVersions(table.shape, state).length) return [];
    const versions = conflictingVersions(table.shape, state).map((v) => ({
      rev: v.rev,
      author: table.shape.updatedByColumn ? String(v.record[table.shape.updatedByColumn] ?? '') : '',
      at: table.shape.updatedAtColumn ? String(v.record[table.shape.updatedAtColumn] ?? '') : '',
      deleted: contentOf(table.shape, v.record).deleted === true,
      record: v.record,
    }));
    const locked = lockedColumns(table);
    const columns = Object.keys(versions[0]?.record ?? {}).filter((c) => !locked.has(c));
    const differing = columns.filter((c) => new Set(versions.map((v) => JSON.stringify(v.record[c]))).size > 1);
    // The lead's own version first, so "mine" is on the left.
    versions.sort((a, b) => Number(b.author === actor) - Number(a.author === actor));
    return [{ entity, entityId, title: titleOf(entity, versions[0]?.record ?? {}), versions, columns, differing }];
  });
}

function applyEdits(table: SyncTable, base: EntryRecord, edited: Record<string, string | number | null>): EntryRecord {
  const locked = lockedColumns(table);
  const record: Record<string, string | number | null> = { ...base };
  for (const [column, value] of Object.entries(edited)) {
    if (!(column in base) || locked.has(column)) throw new AppError('invalid_input', `Veld ${column} kan hier niet bewerkt worden.`, `edited.${column}`);
    const was = base[column];
    if (was !== null && value !== null && typeof was !== typeof value) throw new AppError('invalid_input', `Veld ${column} verwacht een ${typeof was === 'number' ? 'getal' : 'tekst'}.`, `edited.${column}`);
    record[column] = value;
  }
  return record;
}

/**
 * Settles a conflict with the version the lead keeps, or an edit of it; the
 * result supersedes every version. It goes through the write path like any
 * change, so the kept version obeys the same rules as one typed here.
 */
export async function resolveConflict(ctx: ServiceContext, input: ValidatedInput<'resolveConflict'>) {
  const table = SYNC_TABLE_BY_ENTITY.get(input.entity);
  if (!table) throw new AppError('invalid_input', `Onbekend soort item: ${input.entity}`, 'entity');
  return writeInspection(ctx, input.inspectionId, 'edit', async (w) => {
    const { tx, inspection, at: now } = w;
    const actor = w.author.name;
    const before = (await scopedRows(tx, table, inspection.id)).get(input.entityId) ?? null;
    const recorded = await getSyncState(tx, inspection.id, input.entity, input.entityId);
    // What is on screen now may hold an edit made after the conflict arose: it becomes a version first, so nothing typed is lost.
    const state = recorded && before ? commitLocal(table.shape, recorded, before) : recorded;
    if (!state || conflictingVersions(table.shape, state).length === 0) throw new AppError('not_found', 'Dit conflict is al opgelost.', 'entityId');
    const kept = state.heads.find((h) => h.rev === input.keep);
    // The live row is committed again by the next exchange; nothing is lost by refusing here.
    if (!kept) throw new AppError('conflict', 'Dit item is intussen gewijzigd; de versies zijn opnieuw geladen. Kies opnieuw.', 'keep');
    if (input.edited && isRemoved(kept.record)) throw new AppError('invalid_input', 'Een verwijderde versie kan niet bewerkt worden; kies ze of kies een andere.', 'edited');
    if (input.edited && ATTACHMENT_ENTITIES.has(table.entity)) throw new AppError('invalid_input', 'Een bijlage kan niet bewerkt worden; kies een versie.', 'edited');
    const record: Record<string, string | number | null> = { ...(input.edited ? applyEdits(table, kept.record, input.edited) : kept.record) };
    if (table.shape.updatedAtColumn && table.shape.metaColumns.includes(table.shape.updatedAtColumn)) record[table.shape.updatedAtColumn] = now;
    if (table.shape.updatedByColumn && table.shape.metaColumns.includes(table.shape.updatedByColumn)) record[table.shape.updatedByColumn] = actor;
    try {
      await applyVersion(tx, table, record);
    } catch (error) {
      throw new AppError('invalid_input', `Deze versie kan niet bewaard worden: ${sqlProblem(error)}`, 'edited');
    }
    await saveSyncState(tx, inspection.id, table.entity, input.entityId, newVersion(table.shape, state, record), false);
    const keptAuthor = table.shape.updatedByColumn ? String(kept.record[table.shape.updatedByColumn] ?? '') : '';
    await appendMergeAudit(tx, {
      inspectionId: inspection.id,
      at: now,
      actor,
      entity: table.entity,
      entityId: input.entityId,
      field: 'merge_resolved',
      oldValue: before && JSON.stringify(before),
      newValue: JSON.stringify(record),
      origin: input.edited ? `conflict opgelost door ${actor}: bewerkt vanuit de versie van ${keptAuthor}` : `conflict opgelost door ${actor}: versie van ${keptAuthor} behouden`,
    });
    return { entity: table.entity, entityId: input.entityId, record };
  });
}
