import type { Migration } from './types';

/**
 * One write path for every change (services/write/): the audit trail gets the
 * author's role and, for an undo, the change it takes back (so a change and
 * its undo are no longer both tagged "undone"); every row of an inspection's
 * story carries the inspection's id (advice, status and task-force rows were
 * written without it and never reached the Audit tab). A binding tekort gets
 * its deadline. Tekort texts written beside a level other than "beneden" are
 * moved to the ontwikkelkansen, where the scale puts them (domain/findings.ts):
 * the text is kept, it no longer counts as a binding tekort.
 */
export const authorsAndRules: Migration = {
  version: 9,
  name: 'authors with roles, complete audit trail, tekort deadlines',
  async up(tx) {
    await tx.exec(`
      ALTER TABLE audit_log ADD COLUMN actor_role TEXT;
      ALTER TABLE audit_log ADD COLUMN undoes TEXT;
      ALTER TABLE ratings ADD COLUMN shortcoming_deadline TEXT;

      UPDATE audit_log SET inspection_id = entity_id
       WHERE inspection_id IS NULL AND entity IN ('inspection', 'advice')
         AND entity_id IN (SELECT id FROM inspections);
      UPDATE audit_log SET inspection_id = (SELECT r.inspection_id FROM taskforce_referrals r WHERE r.id = audit_log.entity_id)
       WHERE inspection_id IS NULL AND entity = 'referral';

      UPDATE ratings
         SET opportunities = CASE WHEN trim(opportunities) = '' THEN shortcomings ELSE opportunities || char(10) || shortcomings END,
             shortcomings = ''
       WHERE (level IS NULL OR level <> 'beneden') AND trim(shortcomings) <> '';
    `);
  },
};
