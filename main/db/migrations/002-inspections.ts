import type { Migration } from './types';

export const inspections: Migration = {
  version: 2,
  name: 'frameworks, inspections and ratings',
  async up(tx) {
    await tx.exec(`
      -- The framework text an inspection was begun with, kept so that a newer
      -- framework file never changes an old inspection.
      CREATE TABLE frameworks (
        id TEXT NOT NULL,
        version TEXT NOT NULL,
        content TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        PRIMARY KEY (id, version)
      ) WITHOUT ROWID;

      CREATE TABLE inspections (
        id TEXT PRIMARY KEY,
        instellingsnummer TEXT NOT NULL REFERENCES schools (instellingsnummer),
        type TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'preparing',
        framework_id TEXT NOT NULL,
        framework_version TEXT NOT NULL,
        focus_domains TEXT NOT NULL DEFAULT '[]',
        start_date TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        FOREIGN KEY (framework_id, framework_version) REFERENCES frameworks (id, version)
      );
      CREATE INDEX inspections_school ON inspections (instellingsnummer);

      CREATE TABLE ratings (
        inspection_id TEXT NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
        indicator_id TEXT NOT NULL,
        level TEXT CHECK (level IN ('beneden', 'benadert', 'volgens', 'overstijgt')),
        motivation TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        PRIMARY KEY (inspection_id, indicator_id)
      ) WITHOUT ROWID;
    `);
  },
};
