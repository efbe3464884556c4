import type { ActionStatus, BoardAnswer, OwnerRole } from '../../domain/taskforce/plan';
import type { TrajectoryPhase } from '../../domain/taskforce/trajectory';
import type { RatingLevel } from '../../domain/rating';
import type { SqlExecutor } from '../connection';

export interface ReferralShortcoming {
  indicatorId: string | null;
  text: string;
}

export interface ReferralRecord {
  id: string;
  inspectionId: string;
  instellingsnummer: string;
  schoolName: string;
  advice: '2A' | '2B';
  shortcomings: ReferralShortcoming[];
  referralDate: string;
  earliestNewInspection: string | null;
  boardAnswer: BoardAnswer;
  boardAnswerDate: string | null;
  closedOn: string | null;
  canContinueAlone: boolean | null;
  closingMotivation: string;
  phase: TrajectoryPhase;
  phaseBeforeClose: TrajectoryPhase | null;
  assignedMember: string;
  boardDeadline: string | null;
  planDueOn: string | null;
  planAgreedBy: string | null;
  planAgreedOn: string | null;
  reopenReason: string;
  lastDecisionOn: string;
  updatedAt: string;
  updatedBy: string;
}

/** Marks a plan entry as removed (kept, restorable, shown in the history). */
export interface Removable {
  removedAt?: string | null;
}

export interface GoalRecord extends Removable {
  id: string;
  title: string;
  description: string;
  shortcomingRefs: number[];
  /** Why a goal links no tekort (a goal must link one or say why not). */
  noShortcomingReason: string;
  position: number;
}

export interface ActionRecord extends Removable {
  id: string;
  goalId: string | null;
  description: string;
  ownerRole: OwnerRole;
  dueDate: string;
  status: ActionStatus;
  /** The task force advises; the school decides: what, when and who. */
  schoolDecision: string;
  schoolDecisionOn: string | null;
  schoolDecisionBy: string;
}

export interface VisitRecord extends Removable {
  id: string;
  date: string;
  held: boolean;
  participants: string;
  notes: string;
  progress: Array<{ goalId: string; level: RatingLevel; note: string }>;
}

export interface MilestoneRecord extends Removable {
  id: string;
  title: string;
  dueDate: string;
  reachedOn: string | null;
}

interface ReferralRow {
  id: string;
  inspection_id: string;
  instellingsnummer: string;
  school_name: string;
  advice: '2A' | '2B';
  shortcomings: string;
  referral_date: string;
  earliest_new_inspection: string | null;
  board_answer: BoardAnswer;
  board_answer_date: string | null;
  closed_on: string | null;
  can_continue_alone: 0 | 1 | null;
  closing_motivation: string;
  phase: TrajectoryPhase;
  phase_before_close: TrajectoryPhase | null;
  assigned_member: string;
  board_deadline: string | null;
  plan_due_on: string | null;
  plan_agreed_by: string | null;
  plan_agreed_on: string | null;
  reopen_reason: string;
  last_decision_on: string | null;
  updated_at: string;
  updated_by: string;
}

function toReferral(row: ReferralRow): ReferralRecord {
  return {
    id: row.id,
    inspectionId: row.inspection_id,
    instellingsnummer: row.instellingsnummer,
    schoolName: row.school_name,
    advice: row.advice,
    shortcomings: JSON.parse(row.shortcomings) as ReferralShortcoming[],
    referralDate: row.referral_date,
    earliestNewInspection: row.earliest_new_inspection,
    boardAnswer: row.board_answer,
    boardAnswerDate: row.board_answer_date,
    closedOn: row.closed_on,
    canContinueAlone: row.can_continue_alone === null ? null : row.can_continue_alone === 1,
    closingMotivation: row.closing_motivation,
    phase: row.phase,
    phaseBeforeClose: row.phase_before_close,
    assignedMember: row.assigned_member,
    boardDeadline: row.board_deadline,
    planDueOn: row.plan_due_on,
    planAgreedBy: row.plan_agreed_by,
    planAgreedOn: row.plan_agreed_on,
    reopenReason: row.reopen_reason,
    lastDecisionOn: row.last_decision_on ?? row.referral_date,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

const SELECT_REFERRAL = `SELECT r.*, s.name AS school_name FROM taskforce_referrals r JOIN schools s ON s.instellingsnummer = r.instellingsnummer`;

export async function listReferrals(db: SqlExecutor): Promise<ReferralRecord[]> {
  return (await db.all<ReferralRow>(`${SELECT_REFERRAL} ORDER BY r.closed_on IS NOT NULL, r.referral_date DESC`)).map(toReferral);
}

export async function getReferral(db: SqlExecutor, id: string): Promise<ReferralRecord | undefined> {
  const row = await db.get<ReferralRow>(`${SELECT_REFERRAL} WHERE r.id = ?`, [id]);
  return row && toReferral(row);
}

export async function findReferralForInspection(db: SqlExecutor, inspectionId: string): Promise<ReferralRecord | undefined> {
  const row = await db.get<ReferralRow>(`${SELECT_REFERRAL} WHERE r.inspection_id = ?`, [inspectionId]);
  return row && toReferral(row);
}

export async function insertReferral(
  tx: SqlExecutor,
  r: Pick<ReferralRecord, 'id' | 'inspectionId' | 'instellingsnummer' | 'advice' | 'shortcomings' | 'referralDate' | 'earliestNewInspection' | 'boardDeadline' | 'assignedMember' | 'updatedAt' | 'updatedBy'>,
): Promise<void> {
  await tx.run(
    `INSERT INTO taskforce_referrals (id, inspection_id, instellingsnummer, advice, shortcomings, referral_date, earliest_new_inspection,
       board_answer, phase, board_deadline, assigned_member, last_decision_on, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', 'referred', ?, ?, ?, ?, ?, ?, ?)`,
    [r.id, r.inspectionId, r.instellingsnummer, r.advice, JSON.stringify(r.shortcomings), r.referralDate, r.earliestNewInspection, r.boardDeadline, r.assignedMember, r.referralDate, r.updatedAt, r.updatedBy, r.updatedAt, r.updatedBy],
  );
}

/** The referral's columns a change may set. */
type ReferralChange = Partial<
  Pick<
    ReferralRecord,
    | 'boardAnswer' | 'boardAnswerDate' | 'closedOn' | 'canContinueAlone' | 'closingMotivation' | 'phase' | 'phaseBeforeClose' | 'assignedMember'
    | 'planDueOn' | 'planAgreedBy' | 'planAgreedOn' | 'reopenReason' | 'lastDecisionOn'
  >
>;

export async function updateReferral(
  tx: SqlExecutor,
  id: string,
  change: ReferralChange,
  by: { at: string; actor: string },
): Promise<void> {
  const columns: Record<string, unknown> = {
    board_answer: change.boardAnswer,
    board_answer_date: change.boardAnswerDate,
    closed_on: change.closedOn,
    can_continue_alone: change.canContinueAlone === undefined ? undefined : change.canContinueAlone === null ? null : change.canContinueAlone ? 1 : 0,
    closing_motivation: change.closingMotivation,
    phase: change.phase,
    phase_before_close: change.phaseBeforeClose,
    assigned_member: change.assignedMember,
    plan_due_on: change.planDueOn,
    plan_agreed_by: change.planAgreedBy,
    plan_agreed_on: change.planAgreedOn,
    reopen_reason: change.reopenReason,
    last_decision_on: change.lastDecisionOn,
  };
  const set = Object.entries(columns).filter(([, v]) => v !== undefined);
  await tx.run(
    `UPDATE taskforce_referrals SET ${[...set.map(([c]) => `${c} = ?`), 'updated_at = ?', 'updated_by = ?'].join(', ')} WHERE id = ?`,
    [...set.map(([, v]) => v as string | number | null), by.at, by.actor, id],
  );
}

/** Removed entries are left out unless asked for (the history shows them, with a way back). */
const present = (withRemoved: boolean) => (withRemoved ? '' : ' AND deleted_at IS NULL');

export async function listGoals(db: SqlExecutor, referralId: string, withRemoved = false): Promise<GoalRecord[]> {
  const rows = await db.all<{ id: string; title: string; description: string; shortcoming_refs: string; no_shortcoming_reason: string; position: number; deleted_at: string | null }>(
    `SELECT id, title, description, shortcoming_refs, no_shortcoming_reason, position, deleted_at FROM taskforce_goals WHERE referral_id = ?${present(withRemoved)} ORDER BY position, id`,
    [referralId],
  );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    description: r.description,
    shortcomingRefs: JSON.parse(r.shortcoming_refs) as number[],
    noShortcomingReason: r.no_shortcoming_reason,
    position: r.position,
    removedAt: r.deleted_at,
  }));
}

export type PlanTable = 'taskforce_goals' | 'taskforce_actions' | 'taskforce_visits' | 'taskforce_milestones' | 'taskforce_board_contacts';

/** Removes a plan entry (or restores it with `removedAt` null); answers whether the entry exists in this referral. */
export async function setRemoved(tx: SqlExecutor, table: PlanTable, referralId: string, id: string, removedAt: string | null, by: { at: string; actor: string }): Promise<boolean> {
  const result = await tx.run(`UPDATE ${table} SET deleted_at = ?, updated_at = ?, updated_by = ? WHERE id = ? AND referral_id = ?`, [removedAt, by.at, by.actor, id, referralId]);
  return result.changes > 0;
}

export async function upsertGoal(tx: SqlExecutor, referralId: string, goal: GoalRecord, by: { at: string; actor: string }): Promise<void> {
  await tx.run(
    `INSERT INTO taskforce_goals (id, referral_id, title, description, shortcoming_refs, no_shortcoming_reason, position, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, description = excluded.description, shortcoming_refs = excluded.shortcoming_refs,
       no_shortcoming_reason = excluded.no_shortcoming_reason, position = excluded.position, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    [goal.id, referralId, goal.title, goal.description, JSON.stringify(goal.shortcomingRefs), goal.noShortcomingReason, goal.position, by.at, by.actor],
  );
}

export function listActions(db: SqlExecutor, referralId: string, withRemoved = false): Promise<ActionRecord[]> {
  return db.all<ActionRecord>(
    `SELECT id, goal_id AS goalId, description, owner_role AS ownerRole, due_date AS dueDate, status, school_decision AS schoolDecision,
            school_decision_on AS schoolDecisionOn, school_decision_by AS schoolDecisionBy, deleted_at AS removedAt
       FROM taskforce_actions WHERE referral_id = ?${present(withRemoved)} ORDER BY due_date, id`,
    [referralId],
  );
}

export async function upsertAction(tx: SqlExecutor, referralId: string, a: ActionRecord, by: { at: string; actor: string }): Promise<void> {
  await tx.run(
    `INSERT INTO taskforce_actions (id, referral_id, goal_id, description, owner_role, due_date, status, school_decision, school_decision_on, school_decision_by, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET goal_id = excluded.goal_id, description = excluded.description, owner_role = excluded.owner_role,
       due_date = excluded.due_date, status = excluded.status, school_decision = excluded.school_decision,
       school_decision_on = excluded.school_decision_on, school_decision_by = excluded.school_decision_by,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    [a.id, referralId, a.goalId, a.description, a.ownerRole, a.dueDate, a.status, a.schoolDecision, a.schoolDecisionOn, a.schoolDecisionBy, by.at, by.actor],
  );
}

export async function listVisits(db: SqlExecutor, referralId: string, withRemoved = false): Promise<VisitRecord[]> {
  const visits = await db.all<{ id: string; date: string; held: 0 | 1; participants: string; notes: string; removedAt: string | null }>(
    `SELECT id, visit_date AS date, held, participants, notes, deleted_at AS removedAt FROM taskforce_visits WHERE referral_id = ?${present(withRemoved)} ORDER BY visit_date, id`,
    [referralId],
  );
  const progress = await db.all<{ visitId: string; goalId: string; level: RatingLevel; note: string }>(
    `SELECT p.visit_id AS visitId, p.goal_id AS goalId, p.level, p.note FROM taskforce_visit_progress p
       JOIN taskforce_visits v ON v.id = p.visit_id WHERE v.referral_id = ?`,
    [referralId],
  );
  return visits.map((v) => ({ ...v, held: v.held === 1, progress: progress.filter((p) => p.visitId === v.id).map(({ goalId, level, note }) => ({ goalId, level, note })) }));
}

/** Writes a visit and replaces its progress judgements; call inside a transaction. */
export async function upsertVisit(tx: SqlExecutor, referralId: string, visit: VisitRecord, by: { at: string; actor: string }): Promise<void> {
  await tx.run(
    `INSERT INTO taskforce_visits (id, referral_id, visit_date, held, participants, notes, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET visit_date = excluded.visit_date, held = excluded.held, participants = excluded.participants, notes = excluded.notes,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    [visit.id, referralId, visit.date, visit.held ? 1 : 0, visit.participants, visit.notes, by.at, by.actor],
  );
  await tx.run('DELETE FROM taskforce_visit_progress WHERE visit_id = ?', [visit.id]);
  for (const p of visit.progress) {
    await tx.run('INSERT INTO taskforce_visit_progress (visit_id, goal_id, level, note) VALUES (?, ?, ?, ?)', [visit.id, p.goalId, p.level, p.note]);
  }
}

export function listMilestones(db: SqlExecutor, referralId: string, withRemoved = false): Promise<MilestoneRecord[]> {
  return db.all<MilestoneRecord>(
    `SELECT id, title, due_date AS dueDate, reached_on AS reachedOn, deleted_at AS removedAt FROM taskforce_milestones WHERE referral_id = ?${present(withRemoved)} ORDER BY due_date, id`,
    [referralId],
  );
}

export async function upsertMilestone(tx: SqlExecutor, referralId: string, m: MilestoneRecord, by: { at: string; actor: string }): Promise<void> {
  await tx.run(
    `INSERT INTO taskforce_milestones (id, referral_id, title, due_date, reached_on, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, due_date = excluded.due_date, reached_on = excluded.reached_on,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    [m.id, referralId, m.title, m.dueDate, m.reachedOn, by.at, by.actor],
  );
}

/** Records one progress-report export with the next version number for its referral and format. */
export type ProgressReportState = 'draft' | 'final';

/** The version the next export of this referral's report in this format will get. */
export async function nextProgressReportVersion(db: SqlExecutor, referralId: string, format: 'docx' | 'pdf'): Promise<number> {
  const row = await db.get<{ v: number | null }>('SELECT max(version) AS v FROM taskforce_report_exports WHERE referral_id = ? AND format = ?', [referralId, format]);
  return (row?.v ?? 0) + 1;
}

export async function recordProgressReportExport(
  tx: SqlExecutor,
  referralId: string,
  e: { format: 'docx' | 'pdf'; fileName: string; sha256: string; bytes: number; createdAt: string; createdBy: string; state: ProgressReportState; documentId: string },
): Promise<number> {
  const version = await nextProgressReportVersion(tx, referralId, e.format);
  await tx.run(
    `INSERT INTO taskforce_report_exports (referral_id, version, format, file_name, sha256, bytes, created_at, created_by, state, document_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [referralId, version, e.format, e.fileName, e.sha256, e.bytes, e.createdAt, e.createdBy, e.state, e.documentId],
  );
  return version;
}

export interface ProgressReportExportRecord {
  version: number;
  format: 'docx' | 'pdf';
  state: ProgressReportState;
  documentId: string;
  fileName: string;
  sha256: string;
  bytes: number;
  createdAt: string;
  createdBy: string;
}

export function listProgressReportExports(db: SqlExecutor, referralId: string): Promise<ProgressReportExportRecord[]> {
  return db.all<ProgressReportExportRecord>(
    `SELECT version, format, state, document_id AS documentId, file_name AS fileName, sha256, bytes, created_at AS createdAt, created_by AS createdBy
       FROM taskforce_report_exports WHERE referral_id = ? ORDER BY id DESC`,
    [referralId],
  );
}

export interface DecisionRecord {
  id: string;
  event: string;
  fromPhase: TrajectoryPhase;
  toPhase: TrajectoryPhase;
  decidedOn: string;
  details: Record<string, unknown>;
  createdAt: string;
  createdBy: string;
  createdByRole: string | null;
}

/** Keeps one trajectory decision in the referral's history. */
export async function insertDecision(tx: SqlExecutor, referralId: string, d: Omit<DecisionRecord, 'id'> & { id: string }): Promise<void> {
  await tx.run(
    `INSERT INTO taskforce_decisions (id, referral_id, event, from_phase, to_phase, decided_on, details, created_at, created_by, created_by_role)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [d.id, referralId, d.event, d.fromPhase, d.toPhase, d.decidedOn, JSON.stringify(d.details), d.createdAt, d.createdBy, d.createdByRole],
  );
}

/**
 * In the order they were decided: by the decision's date (a trajectory's dates never go back, on any
 * laptop), then when it was recorded; decisions from several laptops interleave the same way on every copy.
 */
export async function listDecisions(db: SqlExecutor, referralId: string): Promise<DecisionRecord[]> {
  const rows = await db.all<Omit<DecisionRecord, 'details'> & { details: string }>(
    `SELECT id, event, from_phase AS fromPhase, to_phase AS toPhase, decided_on AS decidedOn, details, created_at AS createdAt,
            created_by AS createdBy, created_by_role AS createdByRole
       FROM taskforce_decisions WHERE referral_id = ? ORDER BY decided_on, created_at, rowid`,
    [referralId],
  );
  return rows.map((r) => ({ ...r, details: JSON.parse(r.details) as Record<string, unknown> }));
}
