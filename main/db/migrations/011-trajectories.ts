import type { Migration } from './types';

/**
 * A task-force trajectory with phases (domain/taskforce/trajectory.ts): the
 * referral gets its phase, the assigned task-force member, the school's
 * sign-off of the plan and the deadlines it follows; every decision is kept
 * in taskforce_decisions (history, beside the audit trail). Plan entries can
 * be removed and restored (deleted_at, like the on-site entries); a visit is
 * planned before it is held; an action records who at the school decided,
 * and when; a goal that links no tekort says why.
 */
export const trajectories: Migration = {
  version: 11,
  name: 'task-force trajectories: phases, caseload, corrections',
  async up(tx) {
    await tx.exec(`
      ALTER TABLE taskforce_referrals ADD COLUMN phase TEXT NOT NULL DEFAULT 'referred'
        CHECK (phase IN ('referred', 'accepted', 'refused', 'withdrawal', 'plan_agreed', 'monitoring', 'end_evaluation', 'closed'));
      ALTER TABLE taskforce_referrals ADD COLUMN phase_before_close TEXT;
      ALTER TABLE taskforce_referrals ADD COLUMN assigned_member TEXT NOT NULL DEFAULT '';
      ALTER TABLE taskforce_referrals ADD COLUMN board_deadline TEXT;
      ALTER TABLE taskforce_referrals ADD COLUMN plan_due_on TEXT;
      ALTER TABLE taskforce_referrals ADD COLUMN plan_agreed_by TEXT;
      ALTER TABLE taskforce_referrals ADD COLUMN plan_agreed_on TEXT;
      ALTER TABLE taskforce_referrals ADD COLUMN reopen_reason TEXT NOT NULL DEFAULT '';
      ALTER TABLE taskforce_referrals ADD COLUMN last_decision_on TEXT;

      UPDATE taskforce_referrals SET phase = CASE
          WHEN board_answer = 'pending' THEN 'referred'
          WHEN board_answer = 'declines' THEN CASE advice WHEN '2B' THEN 'withdrawal' ELSE 'refused' END
          ELSE 'accepted' END;
      UPDATE taskforce_referrals SET phase_before_close = phase, phase = 'closed' WHERE closed_on IS NOT NULL;
      UPDATE taskforce_referrals SET last_decision_on = coalesce(closed_on, board_answer_date, referral_date);
      UPDATE taskforce_referrals SET board_deadline = (
        SELECT date(a.report_date, '+30 days') FROM advice_decisions a WHERE a.inspection_id = taskforce_referrals.inspection_id);

      CREATE TABLE taskforce_decisions (
        id TEXT PRIMARY KEY,
        referral_id TEXT NOT NULL REFERENCES taskforce_referrals (id) ON DELETE CASCADE,
        event TEXT NOT NULL,
        from_phase TEXT NOT NULL,
        to_phase TEXT NOT NULL,
        decided_on TEXT NOT NULL,
        details TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_by_role TEXT
      );
      CREATE INDEX taskforce_decisions_referral ON taskforce_decisions (referral_id, created_at);

      ALTER TABLE taskforce_goals ADD COLUMN deleted_at TEXT;
      ALTER TABLE taskforce_goals ADD COLUMN no_shortcoming_reason TEXT NOT NULL DEFAULT '';
      ALTER TABLE taskforce_actions ADD COLUMN deleted_at TEXT;
      ALTER TABLE taskforce_actions ADD COLUMN school_decision_on TEXT;
      ALTER TABLE taskforce_actions ADD COLUMN school_decision_by TEXT NOT NULL DEFAULT '';
      ALTER TABLE taskforce_visits ADD COLUMN deleted_at TEXT;
      ALTER TABLE taskforce_visits ADD COLUMN held INTEGER NOT NULL DEFAULT 1 CHECK (held IN (0, 1));
      UPDATE taskforce_visits SET held = 0 WHERE NOT EXISTS (SELECT 1 FROM taskforce_visit_progress p WHERE p.visit_id = taskforce_visits.id);
      ALTER TABLE taskforce_milestones ADD COLUMN deleted_at TEXT;
    `);
  },
};
