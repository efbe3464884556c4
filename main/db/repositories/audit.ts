import type { SqlExecutor } from '../connection';

export interface AuditEntry {
  at: string;
  actor: string;
  entity: string;
  entityId: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

/** Appends one change to the audit trail; call inside the transaction that makes the change. */
export async function appendAudit(tx: SqlExecutor, entry: AuditEntry): Promise<void> {
  await tx.run(
    'INSERT INTO audit_log (at, actor, entity, entity_id, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)',
    [entry.at, entry.actor, entry.entity, entry.entityId, entry.field, entry.oldValue, entry.newValue],
  );
}

export function listAudit(db: SqlExecutor, entity: string, entityIdPrefix: string): Promise<AuditEntry[]> {
  return db.all<AuditEntry>(
    `SELECT at, actor, entity, entity_id AS entityId, field, old_value AS oldValue, new_value AS newValue
       FROM audit_log WHERE entity = ? AND entity_id LIKE ? ORDER BY id`,
    [entity, `${entityIdPrefix}%`],
  );
}
