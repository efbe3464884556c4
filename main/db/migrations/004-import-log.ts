import type { Migration } from './types';

export const importLog: Migration = {
  version: 4,
  name: 'import log',
  async up(tx) {
    await tx.exec(`
      CREATE TABLE import_log (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        kind TEXT NOT NULL CHECK (kind IN ('schools', 'figures')),
        imported_at TEXT NOT NULL,
        actor TEXT NOT NULL,
        rows_new INTEGER NOT NULL CHECK (rows_new >= 0),
        rows_changed INTEGER NOT NULL CHECK (rows_changed >= 0),
        rows_unchanged INTEGER NOT NULL CHECK (rows_unchanged >= 0)
      );
      CREATE INDEX import_log_time ON import_log (imported_at);
    `);
  },
};
