import { randomUUID } from 'node:crypto';
import { AppError, refuseIf } from '../api/envelope';
import type { ValidatedInput } from '../api/contract';
import * as repo from '../db/repositories/taskforce';
import { setVisitAttachmentRemoved } from '../db/repositories/attachments';
import { type AgendaItem, caseloadFigures, closingChecklist, closingProblems } from '../domain/taskforce/caseload';
import { type Trajectory, type TrajectoryEvent, applyTrajectoryEvent, trajectoryProblems } from '../domain/taskforce/trajectory';
import { problem } from '../domain/problems';
import { writeInspection, type InspectionWrite } from './write/inspection-write';
import { by, followUpOf, getReferral, requireReferral, today } from './taskforce';
import { currentAuthor } from './settings';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler-types';

/** The trajectory as the domain's state machine sees it. */
export function trajectoryOf(r: repo.ReferralRecord): Trajectory {
  return {
    advice: r.advice,
    phase: r.phase,
    referralDate: r.referralDate,
    boardAnswer: r.boardAnswer,
    boardAnswerDate: r.boardAnswerDate,
    planAgreedBy: r.planAgreedBy,
    planAgreedOn: r.planAgreedOn,
    closedOn: r.closedOn,
    canContinueAlone: r.canContinueAlone,
    closingMotivation: r.closingMotivation,
    phaseBeforeClose: r.phaseBeforeClose,
    reopenReason: r.reopenReason,
    lastDecisionOn: r.lastDecisionOn,
  };
}

async function liveFollowUp(ctx: ServiceContext, w: InspectionWrite, referral: repo.ReferralRecord) {
  const [goals, actions, visits, milestones] = await Promise.all([
    repo.listGoals(w.tx, referral.id),
    repo.listActions(w.tx, referral.id),
    repo.listVisits(w.tx, referral.id),
    repo.listMilestones(w.tx, referral.id),
  ]);
  return followUpOf(referral, { goals, actions, visits, milestones });
}

/** Audited fields of a trajectory, by their stored column (domain/entities.ts words them). */
const AUDITED: ReadonlyArray<[keyof Trajectory, string]> = [
  ['phase', 'phase'],
  ['boardAnswer', 'board_answer'],
  ['boardAnswerDate', 'board_answer_date'],
  ['planAgreedBy', 'plan_agreed_by'],
  ['planAgreedOn', 'plan_agreed_on'],
  ['closedOn', 'closed_on'],
  ['canContinueAlone', 'can_continue_alone'],
  ['closingMotivation', 'closing_motivation'],
  ['reopenReason', 'reopen_reason'],
];
const asText = (v: unknown) => (v === null || v === undefined || v === '' ? null : String(v));

/**
 * One decision on a trajectory, through the inspection's write path: the
 * domain says whether it is allowed in this phase; closing also needs the
 * check list settled. The decision is kept with its author and date, and
 * every field it changes is in the audit trail.
 */
async function decide(ctx: ServiceContext, referralId: string, event: TrajectoryEvent, acknowledgeGoals = false) {
  const referral = await requireReferral(ctx, referralId);
  await writeInspection(ctx, referral.inspectionId, 'follow_up', async (w) => {
    const current = (await repo.getReferral(w.tx, referralId))!;
    const before = trajectoryOf(current);
    refuseIf(trajectoryProblems(before, event), 'conflict');
    if (event.kind === 'close') refuseIf(closingProblems(closingChecklist(await liveFollowUp(ctx, w, current), today(ctx)), acknowledgeGoals), 'conflict');
    const after = applyTrajectoryEvent(before, event);
    await repo.updateReferral(w.tx, referralId, after, by(w));
    const { kind, date, ...details } = event;
    await repo.insertDecision(w.tx, referralId, {
      id: randomUUID(),
      event: kind,
      fromPhase: before.phase,
      toPhase: after.phase,
      decidedOn: date,
      details,
      createdAt: w.at,
      createdBy: w.author.name,
      createdByRole: w.author.role,
    });
    await w.audit(
      AUDITED.filter(([k]) => asText(before[k]) !== asText(after[k])).map(([k, field]) => ({
        entity: 'referral',
        entityId: referralId,
        field,
        oldValue: asText(before[k]),
        newValue: asText(after[k]),
      })),
    );
  });
  return getReferral(ctx, { id: referralId });
}

export const decideTrajectory = (ctx: ServiceContext, input: ValidatedInput<'decideTrajectory'>) => decide(ctx, input.referralId, input.event);

/** The board's answer (kept as its own operation: the first decision of every trajectory). */
export function setBoardAnswer(ctx: ServiceContext, input: ValidatedInput<'setBoardAnswer'>) {
  if (input.answer === 'pending' || input.date === null) {
    throw new AppError('invalid_input', 'Kies het antwoord van het bestuur en de datum ervan', input.date === null ? 'date' : 'answer');
  }
  return decide(ctx, input.referralId, { kind: 'board_answer', date: input.date, answer: input.answer });
}

/** The end evaluation closes the trajectory: check list settled, "kan zelfstandig verder" decided, motivated. */
export function closeReferral(ctx: ServiceContext, input: ValidatedInput<'closeReferral'>) {
  return decide(ctx, input.referralId, { kind: 'close', date: input.date, canContinueAlone: input.canContinueAlone, motivation: input.motivation }, input.acknowledgeGoals);
}

export async function getClosingChecklist(ctx: ServiceContext, input: ValidatedInput<'getClosingChecklist'>) {
  const plan = await getReferral(ctx, { id: input.referralId });
  const list = closingChecklist(followUpOf(plan.referral, plan), today(ctx));
  const problems = closingProblems(list, false);
  return { ...list, blocking: problems.filter((p) => p.code !== 'closing_goals_without_progress'), canCloseNow: trajectoryProblems(trajectoryOf(plan.referral), { kind: 'close', date: today(ctx), canContinueAlone: false, motivation: '-' }).length === 0 };
}

/** Who follows the trajectory up, and by when the school should have agreed the plan. */
export async function saveReferralSetup(ctx: ServiceContext, input: ValidatedInput<'saveReferralSetup'>) {
  const referral = await requireReferral(ctx, input.referralId);
  await writeInspection(ctx, referral.inspectionId, 'follow_up', async (w) => {
    const current = (await repo.getReferral(w.tx, input.referralId))!;
    await repo.updateReferral(w.tx, current.id, { assignedMember: input.assignedMember, planDueOn: input.planDueOn }, by(w));
    const rows = [
      { field: 'assigned_member', oldValue: asText(current.assignedMember), newValue: asText(input.assignedMember) },
      { field: 'plan_due_on', oldValue: asText(current.planDueOn), newValue: asText(input.planDueOn) },
    ].filter((r) => r.oldValue !== r.newValue);
    await w.audit(rows.map((r) => ({ entity: 'referral', entityId: current.id, ...r })));
  });
  return getReferral(ctx, { id: input.referralId });
}

const TABLES: Record<Exclude<ValidatedInput<'removePlanEntry'>['kind'], 'visit_attachment'>, repo.PlanTable> = {
  goal: 'taskforce_goals',
  action: 'taskforce_actions',
  visit: 'taskforce_visits',
  milestone: 'taskforce_milestones',
  board_contact: 'taskforce_board_contacts',
};

/** Removes or restores a plan entry; the entry stays in the history and its removal can be undone. */
async function setEntryRemoved(ctx: ServiceContext, input: ValidatedInput<'removePlanEntry'>, removed: boolean) {
  const referral = await requireReferral(ctx, input.referralId);
  await writeInspection(ctx, referral.inspectionId, 'follow_up', async (w) => {
    const current = (await repo.getReferral(w.tx, input.referralId))!;
    if (current.closedOn !== null) refuseIf([problem('referral_closed')], 'conflict');
    const at = removed ? w.at : null;
    // An attachment never changes otherwise, so it carries no change stamp; the audit row says who removed it.
    const found = input.kind === 'visit_attachment' ? await setVisitAttachmentRemoved(w.tx, current.id, input.id, at) : await repo.setRemoved(w.tx, TABLES[input.kind], current.id, input.id, at, by(w));
    if (!found) throw new AppError('not_found', `Geen ${input.kind} met id ${input.id} in deze doorverwijzing`, 'id');
    await w.audit([{ entity: input.kind, entityId: input.id, field: removed ? 'removed' : 'restored', oldValue: null, newValue: w.at }]);
  });
  return getReferral(ctx, { id: input.referralId });
}

export const removePlanEntry = (ctx: ServiceContext, input: ValidatedInput<'removePlanEntry'>) => setEntryRemoved(ctx, input, true);
export const restorePlanEntry = (ctx: ServiceContext, input: ValidatedInput<'restorePlanEntry'>) => setEntryRemoved(ctx, input, false);

export interface CaseloadAgendaItem extends AgendaItem {
  referralId: string;
  schoolName: string;
  assignedMember: string;
}

/** Every open trajectory's agenda items, with the school they belong to. */
export async function caseloadAgenda(ctx: ServiceContext, member: string | null) {
  const now = today(ctx);
  const referrals = (await repo.listReferrals(ctx.db)).filter((r) => member === null || r.assignedMember === member);
  const all = await Promise.all(
    referrals.map(async (r) => {
      const plan = await getReferral(ctx, { id: r.id });
      const figures = caseloadFigures(followUpOf(r, plan), now);
      const tag = (i: AgendaItem): CaseloadAgendaItem => ({ ...i, referralId: r.id, schoolName: r.schoolName, assignedMember: r.assignedMember });
      return { overdue: figures.overdue.map(tag), dueThisWeek: figures.dueThisWeek.map(tag), referral: r, plan };
    }),
  );
  return { today: now, all };
}

/** On start: what is due this week and what is overdue, for the profile's person (or everyone). */
export async function getTaskforceAgenda(ctx: ServiceContext, input: ValidatedInput<'getTaskforceAgenda'>) {
  const member = input.everyone ? null : (input.member ?? (await currentAuthor(ctx)).name);
  const { today: now, all } = await caseloadAgenda(ctx, member);
  const byDate = (a: CaseloadAgendaItem, b: CaseloadAgendaItem) => a.date.localeCompare(b.date);
  return { today: now, member, trajectories: all.length, overdue: all.flatMap((a) => a.overdue).sort(byDate), dueThisWeek: all.flatMap((a) => a.dueThisWeek).sort(byDate) };
}

export const trajectoryHandlers = {
  decideTrajectory,
  setBoardAnswer,
  closeReferral,
  getClosingChecklist,
  saveReferralSetup,
  removePlanEntry,
  restorePlanEntry,
  getTaskforceAgenda,
} satisfies HandlerMap<'decideTrajectory' | 'setBoardAnswer' | 'closeReferral' | 'getClosingChecklist' | 'saveReferralSetup' | 'removePlanEntry' | 'restorePlanEntry' | 'getTaskforceAgenda'>;
