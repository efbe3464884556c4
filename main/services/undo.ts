import type { ValidatedInput } from '../api/contract';
import { AppError } from '../api/envelope';
import type { SqlExecutor } from '../db/connection';
import { removeAttachment } from '../db/repositories/attachments';
import { appendChange, type ChangeRow, latestMergeAuditId, latestUndoableChange, listChanges, markUndone } from '../db/repositories/changes';
import type { EntityTable, EntryMeta } from '../db/repositories/entity-table';
import { getRating, touchInspection, updateFocus } from '../db/repositories/inspections';
import { ENTRY_TABLES } from '../db/repositories/onsite-entries';
import { ENTRY_KINDS, type EntryKind } from '../domain/onsite/entries';
import { INDICATOR_TEXT_FIELDS, ratingProblems } from '../domain/onsite/rating-rules';
import { isRatingLevel } from '../domain/rating';
import type { ServiceContext } from './context';
import { deleteEntry, openForWriting, recordEntryChange } from './entries';
import type { HandlerMap } from './handler-types';
import { requireInspection, SHORTCOMING_REQUIRED, writeRating } from './inspections';

interface UndoStep {
  at: string;
  actor: string;
  changeId: string;
}

async function undoRating(tx: SqlExecutor, inspectionId: string, rows: ChangeRow[], step: UndoStep) {
  const indicatorId = rows[0].entityId.slice(inspectionId.length + 1);
  const before = await getRating(tx, inspectionId, indicatorId);
  if (!before) throw new AppError('conflict', 'De beoordeling bestaat niet meer; er valt niets terug te zetten.');
  const restored = { ...before, updatedAt: step.at, updatedBy: step.actor };
  for (const row of rows) {
    if (row.field === 'level') restored.level = isRatingLevel(row.oldValue) ? row.oldValue : null;
    else if ((INDICATOR_TEXT_FIELDS as readonly string[]).includes(row.field)) restored[row.field as (typeof INDICATOR_TEXT_FIELDS)[number]] = row.oldValue ?? '';
  }
  if (ratingProblems(restored).length) throw new AppError('conflict', `Ongedaan maken kan hier niet: ${SHORTCOMING_REQUIRED}`, 'shortcomings');
  await writeRating(tx, inspectionId, before, restored, { ...step, undone: true });
}

async function undoEntry(tx: SqlExecutor, inspectionId: string, row: ChangeRow, step: UndoStep) {
  const kind = row.entity as EntryKind;
  const table = ENTRY_TABLES[kind] as unknown as EntityTable<EntryMeta>;
  const current = await table.get(tx, row.entityId);
  if (!current) throw new AppError('conflict', 'Het item bestaat niet meer; er valt niets terug te zetten.');
  const restored: EntryMeta =
    row.oldValue === null
      ? { ...current, deletedAt: step.at, updatedAt: step.at, updatedBy: step.actor }
      : { ...(JSON.parse(row.oldValue) as EntryMeta), deletedAt: null, updatedAt: step.at, updatedBy: step.actor };
  await table.upsert(tx, restored);
  await recordEntryChange(tx, inspectionId, step.changeId, { at: step.at, actor: step.actor, kind, id: row.entityId, before: current, after: restored }, true);
}

/**
 * Takes back this inspector's last change in this inspection, using the
 * audit trail: the old values are written back, the undo is itself audited,
 * and the change is marked undone so that the next undo goes one further.
 */
export async function undoLastChange(ctx: ServiceContext, input: ValidatedInput<'undoLastChange'>) {
  const { inspection, actor, now, changeId } = await openForWriting(ctx, input.inspectionId);
  return ctx.db.transaction(async (tx) => {
    const rows = await latestUndoableChange(tx, inspection.id, actor);
    if (rows.length === 0) throw new AppError('not_found', 'Er is geen wijziging van u om ongedaan te maken.');
    // Undoing a change from before a merge would silently take back what colleagues' packages brought in.
    if (rows[0].id < (await latestMergeAuditId(tx, inspection.id))) {
      throw new AppError('conflict', 'Uw laatste wijziging dateert van vóór het samenvoegen van een pakket; ze kan niet meer ongedaan gemaakt worden. Pas het item zelf aan.');
    }
    const step = { at: now, actor, changeId };
    const first = rows[0];
    if (first.entity === 'rating') await undoRating(tx, inspection.id, rows, step);
    else if ((ENTRY_KINDS as readonly string[]).includes(first.entity)) await undoEntry(tx, inspection.id, first, step);
    else if (first.entity === 'inspection' && first.field === 'focus' && first.oldValue) {
      await updateFocus(tx, inspection.id, JSON.parse(first.oldValue) as string[], now);
      await appendChange(tx, inspection.id, changeId, [{ ...first, at: now, actor, oldValue: first.newValue, newValue: first.oldValue }], true);
    } else if (first.entity === 'attachment') {
      await removeAttachment(tx, first.entityId);
      await appendChange(tx, inspection.id, changeId, [{ ...first, at: now, actor, field: 'removed', oldValue: first.newValue, newValue: null }], true);
    } else throw new AppError('conflict', `Deze wijziging (${first.entity} ${first.field}) kan niet ongedaan gemaakt worden.`);
    await markUndone(tx, first.changeId!);
    await touchInspection(tx, inspection.id, now, inspection.status);
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
