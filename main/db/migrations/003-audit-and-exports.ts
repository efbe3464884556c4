import type { Migration } from './types';

export const auditAndExports: Migration = {
  version: 3,
  name: 'audit trail and report exports',
  async up(tx) {
    await tx.exec(`
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        field TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT
      );
      CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

      CREATE TABLE report_exports (
        id INTEGER PRIMARY KEY,
        inspection_id TEXT NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('docx', 'pdf')),
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        bytes INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        UNIQUE (inspection_id, format, version)
      );
    `);
  },
};
