import type { Migration } from './types';

/**
 * A task-force progress report can be made final while the guidance still
 * runs (an interim report), not only at closure: each export records whether
 * it was the draft or the final text, and the document identifier it prints
 * beside its version. Exports of closed trajectories were final already.
 */
export const progressReportState: Migration = {
  version: 15,
  name: 'progress report state',
  async up(tx) {
    await tx.exec(`
      ALTER TABLE taskforce_report_exports ADD COLUMN state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'final'));
      ALTER TABLE taskforce_report_exports ADD COLUMN document_id TEXT NOT NULL DEFAULT '';
      UPDATE taskforce_report_exports SET state = 'final'
        WHERE referral_id IN (SELECT id FROM taskforce_referrals WHERE closed_on IS NOT NULL);
    `);
  },
};
