import type { Migration } from './types';

/**
 * Sync with Doorlicht Centraal: which versions of each entry the centre is
 * known to have (so a sync pushes only what is new), and the inspections the
 * centre has delivered whole, with the server position they were delivered at.
 */
export const centralSync: Migration = {
  version: 12,
  name: 'central server sync state',
  async up(tx) {
    await tx.exec(`
      CREATE TABLE central_entries (
        inspection_id TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        -- The head revisions the centre has, sorted, comma-separated.
        revs TEXT NOT NULL,
        PRIMARY KEY (inspection_id, entity, entity_id)
      ) WITHOUT ROWID;

      CREATE TABLE central_inspections (
        inspection_id TEXT PRIMARY KEY,
        -- The server's change number this inspection was delivered whole at (0: sent from here).
        floor INTEGER NOT NULL DEFAULT 0,
        -- The status the centre last had from or gave to this laptop.
        status TEXT
      );
    `);
  },
};
