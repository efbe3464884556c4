import type { SqlExecutor } from '../connection';

/** One audited field change, grouped with the others of the same user action by changeId. */
export interface ChangeRow {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entityId: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  changeId: string | null;
  /** Role of the author (from the profile) when the change was made. */
  actorRole: string | null;
  /** This change was taken back later. */
  undone: boolean;
  /** This change takes back the change with this id. */
  undoes: string | null;
  /** Where a change came from when it was not typed here (an exchange package, a resolved conflict). */
  origin: string | null;
}

/** A row to append: who changed which field of which entry, when, from what to what. */
export interface NewChangeRow {
  at: string;
  actor: string;
  entity: string;
  entityId: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

/**
 * Appends the rows of one change. `undoes` names the change an undo takes
 * back: an undo is never itself undone, and the trail tells the two apart.
 */
export async function appendChange(
  tx: SqlExecutor,
  inspectionId: string,
  changeId: string,
  rows: readonly NewChangeRow[],
  options: { role?: string; undoes?: string } = {},
): Promise<void> {
  for (const r of rows) {
    await tx.run(
      `INSERT INTO audit_log (at, actor, actor_role, entity, entity_id, field, old_value, new_value, change_id, inspection_id, undoes)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [r.at, r.actor, options.role ?? null, r.entity, r.entityId, r.field, r.oldValue, r.newValue, changeId, inspectionId, options.undoes ?? null],
    );
  }
}

const SELECT = `SELECT id, at, actor, actor_role AS actorRole, entity, entity_id AS entityId, field, old_value AS oldValue, new_value AS newValue,
  change_id AS changeId, undone = 1 AS undone, undoes, origin FROM audit_log`;

/**
 * What undo can take back: judgements, on-site entries, attachments and the
 * focus. Decisions (advice, finalising, reopening) are taken back by a new
 * decision, never by undo.
 */
const UNDOABLE = `(entity IN ('rating', 'evidence', 'observation', 'disciplinary_file', 'survey_tally', 'attachment') OR (entity = 'inspection' AND field = 'focus'))`;

export async function listChanges(db: SqlExecutor, inspectionId: string, limit = 1000): Promise<ChangeRow[]> {
  const rows = await db.all<ChangeRow>(`${SELECT} WHERE inspection_id = ? ORDER BY id DESC LIMIT ?`, [inspectionId, limit]);
  return rows.map((r) => ({ ...r, undone: Boolean(r.undone) }));
}

/** The rows of the latest change by this actor in this inspection that has not been undone. */
export async function latestUndoableChange(db: SqlExecutor, inspectionId: string, actor: string): Promise<ChangeRow[]> {
  const last = await db.get<{ changeId: string }>(
    `SELECT change_id AS changeId FROM audit_log WHERE inspection_id = ? AND actor = ? AND undone = 0 AND undoes IS NULL
       AND change_id IS NOT NULL AND origin IS NULL AND ${UNDOABLE}
       ORDER BY id DESC LIMIT 1`,
    [inspectionId, actor],
  );
  if (!last) return [];
  const rows = await db.all<ChangeRow>(`${SELECT} WHERE change_id = ? AND ${UNDOABLE} ORDER BY id`, [last.changeId]);
  return rows.map((r) => ({ ...r, undone: Boolean(r.undone) }));
}

export async function markUndone(tx: SqlExecutor, changeId: string): Promise<void> {
  await tx.run('UPDATE audit_log SET undone = 1 WHERE change_id = ?', [changeId]);
}

/** The audit id of the latest change that came in from a package (or settled a conflict), or 0. */
export async function latestMergeAuditId(db: SqlExecutor, inspectionId: string): Promise<number> {
  const row = await db.get<{ id: number | null }>('SELECT max(id) AS id FROM audit_log WHERE inspection_id = ? AND origin IS NOT NULL', [inspectionId]);
  return row?.id ?? 0;
}

/** Each person who wrote in an inspection's story, with the role their profile had at their latest change. */
export async function authorRoles(db: SqlExecutor, inspectionId: string): Promise<Map<string, string>> {
  const rows = await db.all<{ actor: string; role: string }>(
    'SELECT actor, actor_role AS role FROM audit_log WHERE inspection_id = ? AND actor_role IS NOT NULL ORDER BY id',
    [inspectionId],
  );
  return new Map(rows.map((r) => [r.actor, r.role]));
}

/** The audit rows of one kind of entry in an inspection's trail, oldest first (a plan entry's history of corrections). */
export function listEntityChanges(db: SqlExecutor, inspectionId: string, entity: string): Promise<ChangeRow[]> {
  return db.all<ChangeRow>(`${SELECT} WHERE inspection_id = ? AND entity = ? ORDER BY id`, [inspectionId, entity]).then((rows) => rows.map((r) => ({ ...r, undone: Boolean(r.undone) })));
}
