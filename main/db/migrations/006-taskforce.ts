import type { Migration } from './types';

/**
 * The task force's follow-up of a school after advice 2A (with guidance
 * obliged) or 2B: the referral, its intervention plan and the visits.
 * Every row has a stable id, author and change time so that plans can be
 * handed between colleagues later.
 */
export const taskforce: Migration = {
  version: 6,
  name: 'task-force referrals and intervention plans',
  async up(tx) {
    await tx.exec(`
      CREATE TABLE taskforce_referrals (
        id TEXT PRIMARY KEY,
        inspection_id TEXT NOT NULL REFERENCES inspections (id),
        instellingsnummer TEXT NOT NULL REFERENCES schools (instellingsnummer),
        advice TEXT NOT NULL CHECK (advice IN ('2A', '2B')),
        -- The shortcomings as the report stated them, kept with the referral.
        shortcomings TEXT NOT NULL DEFAULT '[]',
        referral_date TEXT NOT NULL,
        earliest_new_inspection TEXT,
        board_answer TEXT NOT NULL DEFAULT 'pending' CHECK (board_answer IN ('pending', 'accepts', 'declines', 'pbd_plan')),
        board_answer_date TEXT,
        closed_on TEXT,
        can_continue_alone INTEGER CHECK (can_continue_alone IN (0, 1)),
        closing_motivation TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      );
      CREATE INDEX taskforce_referrals_school ON taskforce_referrals (instellingsnummer);

      CREATE TABLE taskforce_goals (
        id TEXT PRIMARY KEY,
        referral_id TEXT NOT NULL REFERENCES taskforce_referrals (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        -- Indexes into the referral's shortcomings that this goal works on.
        shortcoming_refs TEXT NOT NULL DEFAULT '[]',
        position INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      );

      CREATE TABLE taskforce_actions (
        id TEXT PRIMARY KEY,
        referral_id TEXT NOT NULL REFERENCES taskforce_referrals (id) ON DELETE CASCADE,
        goal_id TEXT REFERENCES taskforce_goals (id) ON DELETE SET NULL,
        description TEXT NOT NULL,
        owner_role TEXT NOT NULL CHECK (owner_role IN ('school_leader', 'behaviour_expert', 'team', 'pbd', 'clb')),
        due_date TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
        -- The task force advises; what the school decided is recorded as the school's.
        school_decision TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      );

      CREATE TABLE taskforce_visits (
        id TEXT PRIMARY KEY,
        referral_id TEXT NOT NULL REFERENCES taskforce_referrals (id) ON DELETE CASCADE,
        visit_date TEXT NOT NULL,
        participants TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      );

      CREATE TABLE taskforce_visit_progress (
        visit_id TEXT NOT NULL REFERENCES taskforce_visits (id) ON DELETE CASCADE,
        goal_id TEXT NOT NULL REFERENCES taskforce_goals (id) ON DELETE CASCADE,
        level TEXT NOT NULL CHECK (level IN ('beneden', 'benadert', 'volgens', 'overstijgt')),
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (visit_id, goal_id)
      ) WITHOUT ROWID;

      CREATE TABLE taskforce_milestones (
        id TEXT PRIMARY KEY,
        referral_id TEXT NOT NULL REFERENCES taskforce_referrals (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        due_date TEXT NOT NULL,
        reached_on TEXT,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      );

      CREATE TABLE taskforce_report_exports (
        id INTEGER PRIMARY KEY,
        referral_id TEXT NOT NULL REFERENCES taskforce_referrals (id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('docx', 'pdf')),
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        bytes INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        UNIQUE (referral_id, format, version)
      );
    `);
  },
};
