import { type EntryRecord, type EntryState, isRemoved } from '../../domain/exchange/revisions';
import type { SqlExecutor, SqlValue } from '../connection';
import { entityIdOf, type SyncTable } from './sync-tables';

/** SQL for the exchange: rows of the synced tables read and written whole, and the recorded versions. */

export async function tableColumns(db: SqlExecutor, table: string): Promise<string[]> {
  const rows = await db.all<{ name: string }>(`SELECT name FROM pragma_table_info(?) ORDER BY cid`, [table]);
  return rows.map((r) => r.name);
}

/** The rows of one synced table that belong to an inspection, by entity id. */
export async function scopedRows(db: SqlExecutor, table: SyncTable, inspectionId: string): Promise<Map<string, EntryRecord>> {
  const rows = await db.all<Record<string, SqlValue>>(`SELECT * FROM ${table.table} WHERE ${table.scope}`, [inspectionId]);
  return new Map(rows.map((r) => [entityIdOf(table, r), r as EntryRecord]));
}

/** Whether a row with this key exists at all (in any inspection). */
export async function rowExists(db: SqlExecutor, table: SyncTable, record: EntryRecord): Promise<boolean> {
  const where = table.key.map((k) => `${k} = ?`).join(' AND ');
  const row = await db.get(`SELECT 1 FROM ${table.table} WHERE ${where}`, table.key.map((k) => record[k] ?? null));
  return row !== undefined;
}

/**
 * Writes a row whole. Columns must already be checked against the table
 * (see services/exchange/validate.ts): they are spliced into the SQL.
 * ON CONFLICT DO UPDATE, not REPLACE, so that children are not cascaded away.
 */
export async function writeRow(tx: SqlExecutor, table: SyncTable, record: EntryRecord): Promise<void> {
  const columns = Object.keys(record);
  const updates = columns.filter((c) => !table.key.includes(c)).map((c) => `${c} = excluded.${c}`);
  await tx.run(
    `INSERT INTO ${table.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
     ON CONFLICT (${table.key.join(', ')}) DO ${updates.length ? `UPDATE SET ${updates.join(', ')}` : 'NOTHING'}`,
    columns.map((c) => record[c]),
  );
}

/** Makes the table hold the version shown: the row written whole, or taken away when that version is a removal. */
export async function applyVersion(tx: SqlExecutor, table: SyncTable, record: EntryRecord): Promise<void> {
  if (!isRemoved(record)) return writeRow(tx, table, record);
  await tx.run(`DELETE FROM ${table.table} WHERE ${table.key.map((k) => `${k} = ?`).join(' AND ')}`, table.key.map((k) => record[k] ?? null));
}

export async function loadSyncStates(db: SqlExecutor, inspectionId: string): Promise<Map<string, EntryState>> {
  const rows = await db.all<{ entity: string; entityId: string; heads: string }>(
    'SELECT entity, entity_id AS entityId, heads FROM sync_entries WHERE inspection_id = ?',
    [inspectionId],
  );
  return new Map(rows.map((r) => [syncKey(r.entity, r.entityId), { heads: JSON.parse(r.heads) } as EntryState]));
}

export function syncKey(entity: string, entityId: string): string {
  return `${entity}\u0000${entityId}`;
}

export async function saveSyncState(tx: SqlExecutor, inspectionId: string, entity: string, entityId: string, state: EntryState, conflict: boolean): Promise<void> {
  await tx.run(
    `INSERT INTO sync_entries (inspection_id, entity, entity_id, heads, conflict) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (inspection_id, entity, entity_id) DO UPDATE SET heads = excluded.heads, conflict = excluded.conflict`,
    [inspectionId, entity, entityId, JSON.stringify(state.heads), conflict ? 1 : 0],
  );
}

export async function listConflictStates(db: SqlExecutor, inspectionId: string): Promise<Array<{ entity: string; entityId: string; state: EntryState }>> {
  const rows = await db.all<{ entity: string; entityId: string; heads: string }>(
    'SELECT entity, entity_id AS entityId, heads FROM sync_entries WHERE inspection_id = ? AND conflict = 1 ORDER BY entity, entity_id',
    [inspectionId],
  );
  return rows.map((r) => ({ entity: r.entity, entityId: r.entityId, state: { heads: JSON.parse(r.heads) } as EntryState }));
}

export async function getSyncState(db: SqlExecutor, inspectionId: string, entity: string, entityId: string): Promise<EntryState | undefined> {
  const row = await db.get<{ heads: string }>('SELECT heads FROM sync_entries WHERE inspection_id = ? AND entity = ? AND entity_id = ?', [
    inspectionId,
    entity,
    entityId,
  ]);
  return row && ({ heads: JSON.parse(row.heads) } as EntryState);
}

export interface ExchangeLogEntry {
  direction: 'export' | 'import';
  packageId: string;
  kind: 'inspection' | 'referral';
  inspectionId: string;
  fileName: string;
  sha256: string;
  bytes: number;
  encrypted: boolean;
  packageAuthor: string;
  packageCreatedAt: string;
  added: number;
  updated: number;
  same: number;
  conflicts: number;
  at: string;
  actor: string;
}

export async function appendExchangeLog(tx: SqlExecutor, e: ExchangeLogEntry): Promise<void> {
  await tx.run(
    `INSERT INTO exchange_log (direction, package_id, kind, inspection_id, file_name, sha256, bytes, encrypted, package_author,
       package_created_at, added, updated, same, conflicts, at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [e.direction, e.packageId, e.kind, e.inspectionId, e.fileName, e.sha256, e.bytes, e.encrypted ? 1 : 0, e.packageAuthor,
      e.packageCreatedAt, e.added, e.updated, e.same, e.conflicts, e.at, e.actor],
  );
}

export async function listExchangeLog(db: SqlExecutor, inspectionId: string): Promise<ExchangeLogEntry[]> {
  const rows = await db.all<Omit<ExchangeLogEntry, 'encrypted'> & { encrypted: number }>(
    `SELECT direction, package_id AS packageId, kind, inspection_id AS inspectionId, file_name AS fileName, sha256, bytes, encrypted,
       package_author AS packageAuthor, package_created_at AS packageCreatedAt, added, updated, same, conflicts, at, actor
       FROM exchange_log WHERE inspection_id = ? ORDER BY id DESC`,
    [inspectionId],
  );
  return rows.map((r) => ({ ...r, encrypted: r.encrypted === 1 }));
}

/** An audit row for a change that arrived in a package or settled a conflict; outside undo (no change id). */
export async function appendMergeAudit(
  tx: SqlExecutor,
  row: { inspectionId: string; at: string; actor: string; entity: string; entityId: string; field: string; oldValue: string | null; newValue: string | null; origin: string },
): Promise<void> {
  await tx.run(
    `INSERT INTO audit_log (at, actor, entity, entity_id, field, old_value, new_value, change_id, inspection_id, undone, origin)
     VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, 0, ?)`,
    [row.at, row.actor, row.entity, row.entityId, row.field, row.oldValue, row.newValue, row.inspectionId, row.origin],
  );
}

