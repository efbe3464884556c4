import { randomUUID } from 'node:crypto';
import { AppError } from '../api/envelope';
import type { EntityTable, EntryMeta } from '../db/repositories/entity-table';
import { ENTRY_TABLES, type EntryKind } from '../db/repositories/onsite-entries';
import type { ServiceContext } from './context';
import { type InspectionWrite, writeInspection } from './write/inspection-write';

type Fields<T extends EntryMeta> = Omit<T, keyof EntryMeta>;

function tableOf(kind: EntryKind) {
  return ENTRY_TABLES[kind] as unknown as EntityTable<EntryMeta>;
}

async function requireEntry(w: InspectionWrite, kind: EntryKind, id: string) {
  const entry = await tableOf(kind).get(w.tx, id);
  if (!entry || entry.inspectionId !== w.inspection.id || entry.deletedAt) throw new AppError('not_found', `Geen ${kind} met id ${id} in deze inspectie`, 'id');
  return entry;
}

/**
 * Creates or replaces one on-site entry and keeps the old and new record in
 * the audit trail as one change, so that undo can restore it whole.
 */
export function saveEntry<K extends EntryKind>(
  ctx: ServiceContext,
  kind: K,
  inspectionId: string,
  id: string | undefined,
  fields: Fields<Parameters<(typeof ENTRY_TABLES)[K]['upsert']>[1]>,
) {
  return writeInspection(ctx, inspectionId, 'edit', async (w) => {
    const before = id ? await requireEntry(w, kind, id) : undefined;
    const record = {
      ...fields,
      id: before?.id ?? randomUUID(),
      inspectionId: w.inspection.id,
      createdAt: before?.createdAt ?? w.at,
      createdBy: before?.createdBy ?? w.author.name,
      updatedAt: w.at,
      updatedBy: w.author.name,
      deletedAt: null,
    } as EntryMeta;
    await tableOf(kind).upsert(w.tx, record);
    await recordEntryChange(w, kind, record.id, before ?? null, record);
    return record as Parameters<(typeof ENTRY_TABLES)[K]['upsert']>[1];
  });
}

/** Soft-deletes an entry (kept for merging and undo). */
export async function deleteEntry(ctx: ServiceContext, kind: EntryKind, inspectionId: string, id: string) {
  await writeInspection(ctx, inspectionId, 'edit', async (w) => {
    const before = await requireEntry(w, kind, id);
    const after = { ...before, deletedAt: w.at, updatedAt: w.at, updatedBy: w.author.name };
    await tableOf(kind).upsert(w.tx, after);
    await recordEntryChange(w, kind, id, before, after);
  });
  return { id };
}

/** The old and new record of an entry as one audited field; a removed entry is recorded as null. */
export function recordEntryChange(w: InspectionWrite, kind: EntryKind, id: string, before: EntryMeta | null, after: EntryMeta | null, options: { undoes?: string } = {}) {
  return w.audit(
    [
      {
        entity: kind,
        entityId: id,
        field: 'record',
        oldValue: before && !before.deletedAt ? JSON.stringify(before) : null,
        newValue: after && !after.deletedAt ? JSON.stringify(after) : null,
      },
    ],
    options,
  );
}
