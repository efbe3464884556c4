import type { EntityName } from '../../domain/entities';
import type { EntryShape } from '../../domain/exchange/revisions';

/**
 * The tables an exchange package carries, in the order they are written
 * (parents before children, for the foreign keys). Each names its key, how
 * its rows belong to one inspection, and which columns are change stamps
 * rather than content. A package carries rows as the columns of this schema
 * version (PACKAGE_SCHEMA_VERSION); a change to these tables is a new version.
 */
export interface SyncTable {
  /** The entry kind's name in packages and the audit trail: one of the registry's (domain/entities.ts), which words it. */
  entity: EntityName;
  table: string;
  key: readonly string[];
  shape: EntryShape;
  /** A condition selecting this table's rows of one inspection; `?` is the inspection id. */
  scope: string;
  /**
   * Its part in a task-force referral package: the plan itself, the shell of
   * the inspection it came from (brought only where a workbench lacks it), or
   * nothing (the on-site record stays out).
   */
  referral: 'plan' | 'shell' | null;
}

const stamped: EntryShape = { metaColumns: ['updated_at', 'updated_by'], updatedAtColumn: 'updated_at', updatedByColumn: 'updated_by' };
const softDeleted: EntryShape = { ...stamped, deletedColumn: 'deleted_at' };
const OF_INSPECTION = 'inspection_id = ?';
const OF_REFERRAL = 'referral_id IN (SELECT id FROM taskforce_referrals WHERE inspection_id = ?)';

export const SYNC_TABLES: readonly SyncTable[] = [
  {
    entity: 'inspection',
    table: 'inspections',
    key: ['id'],
    // The status follows the furthest copy (see services/exchange), never a conflict.
    shape: { metaColumns: ['updated_at', 'status'], updatedAtColumn: 'updated_at' },
    scope: 'id = ?',
    referral: 'shell',
  },
  { entity: 'rating', table: 'ratings', key: ['inspection_id', 'indicator_id'], shape: stamped, scope: OF_INSPECTION, referral: 'shell' },
  { entity: 'evidence', table: 'evidence', key: ['id'], shape: softDeleted, scope: OF_INSPECTION, referral: null },
  {
    entity: 'attachment',
    table: 'attachments',
    key: ['id'],
    // Attachments never change after they are added.
    shape: { metaColumns: [], updatedAtColumn: 'created_at', updatedByColumn: 'created_by' },
    scope: 'evidence_id IN (SELECT id FROM evidence WHERE inspection_id = ?)',
    referral: null,
  },
  { entity: 'observation', table: 'observations', key: ['id'], shape: softDeleted, scope: OF_INSPECTION, referral: null },
  { entity: 'disciplinary_file', table: 'disciplinary_files', key: ['id'], shape: softDeleted, scope: OF_INSPECTION, referral: null },
  { entity: 'survey_tally', table: 'survey_tallies', key: ['id'], shape: softDeleted, scope: OF_INSPECTION, referral: null },
  {
    entity: 'advice',
    table: 'advice_decisions',
    key: ['inspection_id'],
    shape: { metaColumns: ['decided_at', 'decided_by'], updatedAtColumn: 'decided_at', updatedByColumn: 'decided_by' },
    scope: OF_INSPECTION,
    referral: 'shell',
  },
  { entity: 'referral', table: 'taskforce_referrals', key: ['id'], shape: stamped, scope: OF_INSPECTION, referral: 'plan' },
  { entity: 'goal', table: 'taskforce_goals', key: ['id'], shape: stamped, scope: OF_REFERRAL, referral: 'plan' },
  { entity: 'action', table: 'taskforce_actions', key: ['id'], shape: stamped, scope: OF_REFERRAL, referral: 'plan' },
  { entity: 'visit', table: 'taskforce_visits', key: ['id'], shape: stamped, scope: OF_REFERRAL, referral: 'plan' },
  {
    entity: 'visit_progress',
    table: 'taskforce_visit_progress',
    key: ['visit_id', 'goal_id'],
    shape: { metaColumns: [] },
    scope: 'visit_id IN (SELECT v.id FROM taskforce_visits v JOIN taskforce_referrals r ON r.id = v.referral_id WHERE r.inspection_id = ?)',
    referral: 'plan',
  },
  {
    entity: 'visit_attachment',
    table: 'attachments',
    key: ['id'],
    // The attachments table, rows owned by a visit: the record never changes but for its removal (deleted_at, content).
    shape: { metaColumns: [], updatedAtColumn: 'created_at', updatedByColumn: 'created_by' },
    scope: 'visit_id IN (SELECT v.id FROM taskforce_visits v JOIN taskforce_referrals r ON r.id = v.referral_id WHERE r.inspection_id = ?)',
    referral: 'plan',
  },
  { entity: 'milestone', table: 'taskforce_milestones', key: ['id'], shape: stamped, scope: OF_REFERRAL, referral: 'plan' },
  { entity: 'board_contact', table: 'taskforce_board_contacts', key: ['id'], shape: stamped, scope: OF_REFERRAL, referral: 'plan' },
  {
    entity: 'decision',
    table: 'taskforce_decisions',
    key: ['id'],
    // A decision is history: kept as it was made, never edited, so every copy ends with the union of all decisions.
    shape: { metaColumns: [], updatedAtColumn: 'created_at', updatedByColumn: 'created_by' },
    scope: OF_REFERRAL,
    referral: 'plan',
  },
];

/** The entries whose rows name a file in the data folder's attachments (the same store for evidence and visits). */
export const ATTACHMENT_ENTITIES: ReadonlySet<string> = new Set(['attachment', 'visit_attachment']);

export const SYNC_TABLE_BY_ENTITY: ReadonlyMap<string, SyncTable> = new Map(SYNC_TABLES.map((t) => [t.entity, t]));

/** An entry's id in a package: its key values, so that composite keys stay unambiguous. */
export function entityIdOf(table: SyncTable, record: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(table.key.map((k) => record[k]));
}
