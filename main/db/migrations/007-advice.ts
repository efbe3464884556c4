import type { Migration } from './types';

/** The advice the lead inspector decided, beside the proposal it started from. */
export const advice: Migration = {
  version: 7,
  name: 'advice decisions',
  async up(tx) {
    await tx.exec(`
      CREATE TABLE advice_decisions (
        inspection_id TEXT PRIMARY KEY REFERENCES inspections (id) ON DELETE CASCADE,
        catalogue_version TEXT NOT NULL,
        proposed TEXT NOT NULL CHECK (proposed IN ('1', '2A', '2B', '3')),
        chosen TEXT NOT NULL CHECK (chosen IN ('1', '2A', '2B', '3')),
        -- Required when the chosen advice differs from the proposal.
        motivation TEXT NOT NULL DEFAULT '',
        guidance_obliged INTEGER NOT NULL CHECK (guidance_obliged IN (0, 1)),
        report_date TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        decided_by TEXT NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};
