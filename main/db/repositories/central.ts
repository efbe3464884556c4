import type { SqlExecutor } from '../connection';
import { syncKey } from './sync';

/** What this laptop knows of the centre: per entry the revisions the centre has, per inspection its delivery position and status. */

export async function centralRevs(db: SqlExecutor, inspectionId: string): Promise<Map<string, string>> {
  const rows = await db.all<{ entity: string; entityId: string; revs: string }>(
    'SELECT entity, entity_id AS entityId, revs FROM central_entries WHERE inspection_id = ?',
    [inspectionId],
  );
  return new Map(rows.map((r) => [syncKey(r.entity, r.entityId), r.revs]));
}

export async function recordCentralRevs(tx: SqlExecutor, inspectionId: string, entries: ReadonlyArray<{ entity: string; id: string; revs: string }>): Promise<void> {
  for (const e of entries) {
    await tx.run(
      `INSERT INTO central_entries (inspection_id, entity, entity_id, revs) VALUES (?, ?, ?, ?)
       ON CONFLICT (inspection_id, entity, entity_id) DO UPDATE SET revs = excluded.revs`,
      [inspectionId, e.entity, e.id, e.revs],
    );
  }
}

export async function knownInspections(db: SqlExecutor): Promise<Map<string, { floor: number; status: string | null }>> {
  const rows = await db.all<{ id: string; floor: number; status: string | null }>('SELECT inspection_id AS id, floor, status FROM central_inspections');
  return new Map(rows.map((r) => [r.id, { floor: r.floor, status: r.status }]));
}

export async function recordKnownInspection(tx: SqlExecutor, inspectionId: string, fields: { floor?: number; status?: string }): Promise<void> {
  await tx.run(
    `INSERT INTO central_inspections (inspection_id, floor, status) VALUES (?, ?, ?)
     ON CONFLICT (inspection_id) DO UPDATE SET floor = coalesce(?, floor), status = coalesce(?, status)`,
    [inspectionId, fields.floor ?? 0, fields.status ?? null, fields.floor ?? null, fields.status ?? null],
  );
}

export async function forgetKnownInspection(tx: SqlExecutor, inspectionId: string): Promise<void> {
  await tx.run('DELETE FROM central_inspections WHERE inspection_id = ?', [inspectionId]);
}

/** Entries whose versions here differ from what the centre has: the pending changes. */
export async function countPending(db: SqlExecutor, since: string | null): Promise<number> {
  const differing = await db.get<{ n: number }>(
    `SELECT count(*) AS n FROM sync_entries s LEFT JOIN central_entries c USING (inspection_id, entity, entity_id) WHERE c.revs IS NULL OR c.revs <> (
       SELECT group_concat(rev, ',') FROM (SELECT json_extract(h.value, '$.rev') AS rev FROM json_each(s.heads) h ORDER BY rev))`,
  );
  // Edits since the last sync are versions only once a sync (or package) records them.
  const edited = await db.get<{ n: number }>('SELECT count(*) AS n FROM inspections WHERE ? IS NULL OR updated_at > ?', [since, since]);
  return (differing?.n ?? 0) + (edited?.n ?? 0);
}
