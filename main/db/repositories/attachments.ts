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

/** Any attachment, of a piece of evidence or of a task-force visit (one of the two owners is null). */
export type StoredAttachment = Omit<AttachmentRecord, 'evidenceId'> & { evidenceId: string | null; visitId: string | null; removedAt: string | null };

export function getAttachment(db: SqlExecutor, id: string): Promise<StoredAttachment | undefined> {
  return db.get<StoredAttachment>(`${SELECT.replace(' FROM attachments a', ', a.visit_id AS visitId, a.deleted_at AS removedAt FROM attachments a')} WHERE a.id = ?`, [id]);
}

/** An attachment of a task-force visit: the same record and file store as evidence attachments. */
export type VisitAttachmentRecord = Omit<AttachmentRecord, 'evidenceId'> & { visitId: string; removedAt: string | null };

const SELECT_VISIT = `SELECT a.id, a.visit_id AS visitId, a.file_name AS fileName, a.stored_name AS storedName, a.mime_type AS mimeType,
  a.bytes, a.sha256, a.created_at AS createdAt, a.created_by AS createdBy, a.deleted_at AS removedAt
  FROM attachments a JOIN taskforce_visits v ON v.id = a.visit_id`;

export async function insertVisitAttachment(tx: SqlExecutor, a: VisitAttachmentRecord): Promise<void> {
  await tx.run(
    `INSERT INTO attachments (id, visit_id, file_name, stored_name, mime_type, bytes, sha256, created_at, created_by, deleted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [a.id, a.visitId, a.fileName, a.storedName, a.mimeType, a.bytes, a.sha256, a.createdAt, a.createdBy, a.removedAt],
  );
}

/** Every attachment of the referral's visits (removed ones too), in the order they were added. */
export function listVisitAttachments(db: SqlExecutor, referralId: string): Promise<VisitAttachmentRecord[]> {
  return db.all<VisitAttachmentRecord>(`${SELECT_VISIT} WHERE v.referral_id = ? ORDER BY a.created_at, a.id`, [referralId]);
}

/** Removes (or restores, with null) a visit's attachment; the record and its file stay. Answers whether it belongs to this referral. */
export async function setVisitAttachmentRemoved(tx: SqlExecutor, referralId: string, id: string, removedAt: string | null): Promise<boolean> {
  const result = await tx.run('UPDATE attachments SET deleted_at = ? WHERE id = ? AND visit_id IN (SELECT id FROM taskforce_visits WHERE referral_id = ?)', [removedAt, id, referralId]);
  return result.changes > 0;
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
