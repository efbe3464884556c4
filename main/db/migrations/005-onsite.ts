import type { Migration } from './types';

/**
 * The on-site record: evidence with attachments, classroom observations,
 * the disciplinary-file sample, survey tallies, the texts beside a rating,
 * and the inspector profile. Every entry has a UUID and updated_at/by so
 * that inspections can later be merged between laptops; deletions are soft
 * (deleted_at) for the same reason.
 */
export const onsite: Migration = {
  version: 5,
  name: 'on-site guide: evidence, observations, disciplinary sample, surveys, settings',
  async up(tx) {
    await tx.exec(`
      ALTER TABLE ratings ADD COLUMN strengths TEXT NOT NULL DEFAULT '';
      ALTER TABLE ratings ADD COLUMN opportunities TEXT NOT NULL DEFAULT '';
      ALTER TABLE ratings ADD COLUMN shortcomings TEXT NOT NULL DEFAULT '';
      ALTER TABLE ratings ADD COLUMN recommendations TEXT NOT NULL DEFAULT '';

      -- Groups the audit rows of one change so that undo can take it back whole.
      ALTER TABLE audit_log ADD COLUMN change_id TEXT;
      ALTER TABLE audit_log ADD COLUMN inspection_id TEXT;
      ALTER TABLE audit_log ADD COLUMN undone INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX audit_log_inspection ON audit_log (inspection_id, id);

      CREATE TABLE evidence (
        id TEXT PRIMARY KEY,
        inspection_id TEXT NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
        source TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        date TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        indicator_ids TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        deleted_at TEXT
      );
      CREATE INDEX evidence_inspection ON evidence (inspection_id);

      CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        evidence_id TEXT NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
        file_name TEXT NOT NULL,
        stored_name TEXT NOT NULL,
        mime_type TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      );
      CREATE INDEX attachments_evidence ON attachments (evidence_id);

      CREATE TABLE observations (
        id TEXT PRIMARY KEY,
        inspection_id TEXT NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
        class_name TEXT NOT NULL,
        subject TEXT NOT NULL DEFAULT '',
        observed_at TEXT NOT NULL,
        scores TEXT NOT NULL DEFAULT '{}',
        notes TEXT NOT NULL DEFAULT '{}',
        on_task INTEGER NOT NULL DEFAULT 0,
        off_task INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        deleted_at TEXT
      );
      CREATE INDEX observations_inspection ON observations (inspection_id);

      CREATE TABLE disciplinary_files (
        id TEXT PRIMARY KEY,
        inspection_id TEXT NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        measure TEXT NOT NULL CHECK (measure IN ('preventive_suspension', 'temporary_exclusion', 'definitive_exclusion')),
        measure_date TEXT NOT NULL,
        guidance TEXT NOT NULL CHECK (guidance IN ('yes', 'no', 'reason_given')),
        hearing INTEGER NOT NULL,
        class_council INTEGER NOT NULL,
        clb INTEGER NOT NULL,
        handover INTEGER,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        deleted_at TEXT
      );
      CREATE INDEX disciplinary_files_inspection ON disciplinary_files (inspection_id);

      CREATE TABLE survey_tallies (
        id TEXT PRIMARY KEY,
        inspection_id TEXT NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
        question TEXT NOT NULL,
        group_name TEXT NOT NULL,
        agree INTEGER NOT NULL CHECK (agree >= 0),
        respondents INTEGER NOT NULL CHECK (respondents >= agree),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        deleted_at TEXT
      );
      CREATE INDEX survey_tallies_inspection ON survey_tallies (inspection_id);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};
