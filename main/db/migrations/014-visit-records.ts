import type { Migration } from './types';

/**
 * Visit records of a task-force trajectory. Attachments of a visit live in
 * the one attachments table (hashed, content-addressed files in the data
 * folder, as evidence attachments): the table is rebuilt so that an
 * attachment belongs to either a piece of evidence or a visit, never both,
 * and can be removed and restored (deleted_at) like the plan's entries.
 * The contact log with the school board is a plan table of its own.
 */
export const visitRecords: Migration = {
  version: 14,
  name: 'task-force visit attachments and the contact log with the board',
  async up(tx) {
    await tx.exec(`
      CREATE TABLE attachments_rebuilt (
        id TEXT PRIMARY KEY,
        evidence_id TEXT REFERENCES evidence (id) ON DELETE CASCADE,
        visit_id TEXT REFERENCES taskforce_visits (id) ON DELETE CASCADE,
        file_name TEXT NOT NULL,
        stored_name TEXT NOT NULL,
        mime_type TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        deleted_at TEXT,
        CHECK ((evidence_id IS NULL) <> (visit_id IS NULL))
      );
      INSERT INTO attachments_rebuilt (id, evidence_id, file_name, stored_name, mime_type, bytes, sha256, created_at, created_by)
        SELECT id, evidence_id, file_name, stored_name, mime_type, bytes, sha256, created_at, created_by FROM attachments;
      DROP TABLE attachments;
      ALTER TABLE attachments_rebuilt RENAME TO attachments;
      CREATE INDEX attachments_evidence ON attachments (evidence_id);
      CREATE INDEX attachments_visit ON attachments (visit_id);

      CREATE TABLE taskforce_board_contacts (
        id TEXT PRIMARY KEY,
        referral_id TEXT NOT NULL REFERENCES taskforce_referrals (id) ON DELETE CASCADE,
        contact_date TEXT NOT NULL,
        -- Who took part: names and roles, as written.
        people TEXT NOT NULL DEFAULT '',
        channel TEXT NOT NULL CHECK (channel IN ('meeting', 'phone', 'email', 'letter')),
        summary TEXT NOT NULL DEFAULT '',
        agreements TEXT NOT NULL DEFAULT '',
        deleted_at TEXT,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      );
      CREATE INDEX taskforce_board_contacts_referral ON taskforce_board_contacts (referral_id, contact_date);
    `);
  },
};
