import type { ValidatedInput } from '../api/contract';
import { AppError } from '../api/envelope';
import { removeAttachment } from '../db/repositories/attachments';
import { type ChangeRow, latestMergeAuditId, latestUndoableChange, listChanges, markUndone } from '../db/repositories/changes';
import type { EntityTable, EntryMeta } from '../db/repositories/entity-table';
import { getRating, updateFocus } from '../db/repositories/inspections';
import { ENTRY_TABLES } from '../db/repositories/onsite-entries';
import { ENTRY_KINDS, type EntryKind } from '../domain/onsite/entries';
import { INDICATOR_TEXT_FIELDS } from '../domain/onsite/rating-rules';
import { isRatingLevel } from '../domain/rating';
import type { ServiceContext } from './context';
import { deleteEntry, recordEntryChange } from './entries';
import type { HandlerMap } from './handler-types';
import { requireInspection, writeRating } from './inspections';
import { type InspectionWrite, writeInspection } from './write/inspection-write';

async function undoRating(w: InspectionWrite, rows: ChangeRow[], undoes: string) {
  const indicatorId = rows[0].entityId.slice(w.inspection.id.length + 1);
  const before = await getRating(w.tx, w.inspection.id, indicatorId);
  if (!before) throw new AppError('conflict', 'De beoordeling bestaat niet meer; er valt niets terug te zetten.');
  const restored = { ...before, updatedAt: w.at, updatedBy: w.author.name };
  for (const row of rows) {
    if (row.field === 'level') restored.level = isRatingLevel(row.oldValue) ? row.oldValue : null;
    else if (row.field === 'shortcomingDeadline') restored.shortcomingDeadline = row.oldValue;
    else if ((INDICATOR_TEXT_FIELDS as readonly string[]).includes(row.field)) restored[row.field as (typeof INDICATOR_TEXT_FIELDS)[number]] = row.oldValue ?? '';
  }
  // The judgement rules are the write path's: an undo that would break one is refused like any other change.
  await writeRating(w, before, restored, { undoes });
}

async function undoEntry(w: InspectionWrite, row: ChangeRow, undoes: string) {
  const kind = row.entity as EntryKind;
  const table = ENTRY_TABLES[kind] as unknown as EntityTable<EntryMeta>;
  const current = await table.get(w.tx, row.entityId);
  if (!current) throw new AppError('conflict', 'Het item bestaat niet meer; er valt niets terug te zetten.');
  const restored: EntryMeta =
    row.oldValue === null
      ? { ...current, deletedAt: w.at, updatedAt: w.at, updatedBy: w.author.name }
      : { ...(JSON.parse(row.oldValue) as EntryMeta), deletedAt: null, updatedAt: w.at, updatedBy: w.author.name };
  await table.upsert(w.tx, restored);
  await recordEntryChange(w, kind, row.entityId, current, restored, { undoes });
}

/**
 * Takes back this inspector's last change in this inspection, using the
 * audit trail: the old values are written back through the write path (so
 * every rule holds for the result), the undo is itself audited as taking
 * back that change, and the change is marked undone so that the next undo
 * goes one further.
 */
export async function undoLastChange(ctx: ServiceContext, input: ValidatedInput<'undoLastChange'>) {
  return writeInspection(ctx, input.inspectionId, 'edit', async (w) => {
    const rows = await latestUndoableChange(w.tx, w.inspection.id, w.author.name);
    if (rows.length === 0) throw new AppError('not_found', 'Er is geen wijziging van u om ongedaan te maken.');
    // Undoing a change from before a merge would silently take back what colleagues' packages brought in.
    if (rows[0].id < (await latestMergeAuditId(w.tx, w.inspection.id))) {
      throw new AppError('conflict', 'Uw laatste wijziging dateert van vóór het samenvoegen van een pakket; ze kan niet meer ongedaan gemaakt worden. Pas het item zelf aan.');
    }
    const first = rows[0];
    const undoes = first.changeId!;
    if (first.entity === 'rating') await undoRating(w, rows, undoes);
    else if ((ENTRY_KINDS as readonly string[]).includes(first.entity)) await undoEntry(w, first, undoes);
    else if (first.entity === 'inspection' && first.field === 'focus' && first.oldValue) {
      await updateFocus(w.tx, w.inspection.id, JSON.parse(first.oldValue) as string[], w.at);
      await w.audit([{ entity: 'inspection', entityId: w.inspection.id, field: 'focus', oldValue: first.newValue, newValue: first.oldValue }], { undoes });
    } else if (first.entity === 'attachment') {
      await removeAttachment(w.tx, first.entityId);
      await w.audit([{ entity: 'attachment', entityId: first.entityId, field: 'removed', oldValue: first.newValue, newValue: null }], { undoes });
    } else throw new AppError('conflict', 'Deze wijziging kan niet ongedaan gemaakt worden.');
    await markUndone(w.tx, undoes);
    return { undone: { entity: first.entity, entityId: first.entityId, fields: rows.map((r) => r.field), at: first.at } };
  });
}

export async function listAudit(ctx: ServiceContext, input: ValidatedInput<'listAudit'>) {
  const inspection = await requireInspection(ctx, input.inspectionId, 'inspectionId');
  return listChanges(ctx.db, inspection.id);
}

export const undoHandlers = {
  undoLastChange,
  listAudit,
  deleteEntry: (ctx, input) => deleteEntry(ctx, input.kind, input.inspectionId, input.id),
} satisfies HandlerMap<'undoLastChange' | 'listAudit' | 'deleteEntry'>;
