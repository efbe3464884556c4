import { randomUUID } from 'node:crypto';
import { AppError } from '../api/envelope';
import type { SqlExecutor } from '../db/connection';
import { appendChange } from '../db/repositories/changes';
import type { EntryMeta } from '../db/repositories/entity-table';
import { ENTRY_TABLES, type EntryKind } from '../db/repositories/onsite-entries';
import { touchInspection } from '../db/repositories/inspections';
import type { ServiceContext } from './context';
import { requireInspection } from './inspections';
import { currentActor } from './settings';

/** What a writing use case needs: the inspection (not final), who acts, and when. */
export async function openForWriting(ctx: ServiceContext, inspectionId: string) {
  const inspection = await requireInspection(ctx, inspectionId, 'inspectionId');
  if (inspection.status === 'final') throw new AppError('conflict', 'Deze inspectie is afgesloten; er kan niets meer gewijzigd worden.');
  return { inspection, actor: await currentActor(ctx), now: ctx.now().toISOString(), changeId: randomUUID() };
}

type Fields<T extends EntryMeta> = Omit<T, keyof EntryMeta>;

/**
 * Creates or replaces one on-site entry and keeps the old and new record in
 * the audit trail as one change, so that undo can restore it whole.
 */
export async function saveEntry<K extends EntryKind>(
  ctx: ServiceContext,
  kind: K,
  inspectionId: string,
  id: string | undefined,
  fields: Fields<Parameters<(typeof ENTRY_TABLES)[K]['upsert']>[1]>,
) {
  const table = ENTRY_TABLES[kind] as unknown as import('../db/repositories/entity-table').EntityTable<EntryMeta>;
  const { inspection, actor, now, changeId } = await openForWriting(ctx, inspectionId);
  return ctx.db.transaction(async (tx) => {
    const before = id ? await table.get(tx, id) : undefined;
    if (id && (!before || before.inspectionId !== inspection.id || before.deletedAt)) {
      throw new AppError('not_found', `Geen ${kind} met id ${id} in deze inspectie`, 'id');
    }
    const record = {
      ...fields,
      id: before?.id ?? randomUUID(),
      inspectionId: inspection.id,
      createdAt: before?.createdAt ?? now,
      createdBy: before?.createdBy ?? actor,
      updatedAt: now,
      updatedBy: actor,
      deletedAt: null,
    } as EntryMeta;
    await table.upsert(tx, record);
    await recordEntryChange(tx, inspection.id, changeId, { at: now, actor, kind, id: record.id, before: before ?? null, after: record });
    await touchInspection(tx, inspection.id, now, inspection.status === 'preparing' ? 'on_site' : inspection.status);
    return record as Parameters<(typeof ENTRY_TABLES)[K]['upsert']>[1];
  });
}

/** Soft-deletes an entry (kept for merging and undo). */
export async function deleteEntry(ctx: ServiceContext, kind: EntryKind, inspectionId: string, id: string) {
  const table = ENTRY_TABLES[kind] as unknown as import('../db/repositories/entity-table').EntityTable<EntryMeta>;
  const { inspection, actor, now, changeId } = await openForWriting(ctx, inspectionId);
  await ctx.db.transaction(async (tx) => {
    const before = await table.get(tx, id);
    if (!before || before.inspectionId !== inspection.id || before.deletedAt) throw new AppError('not_found', `Geen ${kind} met id ${id} in deze inspectie`, 'id');
    const after = { ...before, deletedAt: now, updatedAt: now, updatedBy: actor };
    await table.upsert(tx, after);
    await recordEntryChange(tx, inspection.id, changeId, { at: now, actor, kind, id, before, after });
  });
  return { id };
}

export async function recordEntryChange(
  tx: SqlExecutor,
  inspectionId: string,
  changeId: string,
  change: { at: string; actor: string; kind: EntryKind; id: string; before: EntryMeta | null; after: EntryMeta | null },
  undone = false,
) {
  await appendChange(
    tx,
    inspectionId,
    changeId,
    [
      {
        at: change.at,
        actor: change.actor,
        entity: change.kind,
        entityId: change.id,
        field: 'record',
        oldValue: change.before && !change.before.deletedAt ? JSON.stringify(change.before) : null,
        newValue: change.after && !change.after.deletedAt ? JSON.stringify(change.after) : null,
      },
    ],
    undone,
  );
}
