import type { Migration } from './types';

/**
 * Exchange between laptops: the versions of every entry as last exchanged
 * (its "heads", see domain/exchange/revisions.ts), the packages sent and
 * received, and where an audited change came from.
 */
export const exchange: Migration = {
  version: 8,
  name: 'exchange packages and merge state',
  async up(tx) {
    await tx.exec(`
      CREATE TABLE sync_entries (
        inspection_id TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        -- JSON: [{rev, history, record}], sorted by rev; more than one head with
        -- different content is an open conflict.
        heads TEXT NOT NULL,
        conflict INTEGER NOT NULL DEFAULT 0 CHECK (conflict IN (0, 1)),
        PRIMARY KEY (inspection_id, entity, entity_id)
      ) WITHOUT ROWID;
      CREATE INDEX sync_entries_conflicts ON sync_entries (inspection_id) WHERE conflict = 1;

      CREATE TABLE exchange_log (
        id INTEGER PRIMARY KEY,
        direction TEXT NOT NULL CHECK (direction IN ('export', 'import')),
        package_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('inspection', 'referral')),
        inspection_id TEXT NOT NULL,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        bytes INTEGER NOT NULL,
        encrypted INTEGER NOT NULL CHECK (encrypted IN (0, 1)),
        package_author TEXT NOT NULL,
        package_created_at TEXT NOT NULL,
        added INTEGER NOT NULL DEFAULT 0,
        updated INTEGER NOT NULL DEFAULT 0,
        same INTEGER NOT NULL DEFAULT 0,
        conflicts INTEGER NOT NULL DEFAULT 0,
        at TEXT NOT NULL,
        actor TEXT NOT NULL
      );
      CREATE INDEX exchange_log_inspection ON exchange_log (inspection_id, id);

      -- Where a change came from when it was not typed here: a package and its author.
      ALTER TABLE audit_log ADD COLUMN origin TEXT;
    `);
  },
};
