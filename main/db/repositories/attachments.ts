import type { SqlExecutor } from '../connection';

export interface AttachmentRecord {
  id: string;
  evidenceId: string;
  fileName: string;
  storedName: string;
  mimeType: string;
  bytes: number;
  sha256: string;
  createdAt: string;
  createdBy: string;
}

const SELECT = `SELECT a.id, a.evidence_id AS evidenceId, a.file_name AS fileName, a.stored_name AS storedName, a.mime_type AS mimeType,
  a.bytes, a.sha256, a.created_at AS createdAt, a.created_by AS createdBy FROM attachments a`;

export async function insertAttachment(tx: SqlExecutor, a: AttachmentRecord): Promise<void> {
  await tx.run(
    `INSERT INTO attachments (id, evidence_id, file_name, stored_name, mime_type, bytes, sha256, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [a.id, a.evidenceId, a.fileName, a.storedName, a.mimeType, a.bytes, a.sha256, a.createdAt, a.createdBy],
  );
}

export function getAttachment(db: SqlExecutor, id: string): Promise<AttachmentRecord | undefined> {
  return db.get<AttachmentRecord>(`${SELECT} WHERE a.id = ?`, [id]);
}

export function listAttachmentsOfInspection(db: SqlExecutor, inspectionId: string): Promise<AttachmentRecord[]> {
  return db.all<AttachmentRecord>(`${SELECT} JOIN evidence e ON e.id = a.evidence_id WHERE e.inspection_id = ? ORDER BY a.created_at`, [inspectionId]);
}

/** Detaches an attachment from its evidence (undo); the file stays, as another entry may share its content. */
export async function removeAttachment(tx: SqlExecutor, id: string): Promise<void> {
  await tx.run('DELETE FROM attachments WHERE id = ?', [id]);
}

/** Attachments of inspections that are final and unchanged since before `cutoff` (ISO timestamp). */
export function listExpiredAttachments(db: SqlExecutor, cutoff: string): Promise<AttachmentRecord[]> {
  return db.all<AttachmentRecord>(
    `${SELECT} JOIN evidence e ON e.id = a.evidence_id JOIN inspections i ON i.id = e.inspection_id
      WHERE i.status = 'final' AND i.updated_at < ? ORDER BY a.created_at`,
    [cutoff],
  );
}

/** Stored names still referenced by some attachment row: those files must stay. */
export async function storedNamesInUse(db: SqlExecutor): Promise<Set<string>> {
  return new Set((await db.all<{ storedName: string }>('SELECT DISTINCT stored_name AS storedName FROM attachments')).map((r) => r.storedName));
}
