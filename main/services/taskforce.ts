import { allowedEvents } from '../domain/taskforce/trajectory';
import { randomUUID } from 'node:crypto';
import { AppError, refuseIf } from '../api/envelope';
import type { ValidatedInput } from '../api/contract';
import { getAdviceDecision } from '../db/repositories/advice';
import * as repo from '../db/repositories/taskforce';
import { adviceConsequences } from '../domain/advice/consequences';
import { caseloadFigures, type TrajectoryFollowUp } from '../domain/taskforce/caseload';
import { actionCompletion, daysUntilNewInspection, goalProgress, overdueActions } from '../domain/taskforce/progress';
import { problem } from '../domain/problems';
import { bindingShortcomings } from '../domain/rules/facts';
import { referralProblems } from '../domain/rules/lifecycle';
import { addCalendarDays } from '../domain/dates';
import { loadInspectionFacts } from './write/facts';
import { type InspectionWrite, writeInspection } from './write/inspection-write';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler-types';
import { visitRecordsOf } from './visit-records-read';

export const today = (ctx: ServiceContext) => ctx.now().toISOString().slice(0, 10);

export async function requireReferral(ctx: ServiceContext, id: string, field = 'referralId') {
  const referral = await repo.getReferral(ctx.db, id);
  if (!referral) throw new AppError('not_found', `Geen doorverwijzing met id ${id}`, field);
  return referral;
}

/** What the follow-up rules (domain/taskforce/caseload.ts) look at. */
export function followUpOf(referral: repo.ReferralRecord, plan: Pick<TrajectoryFollowUp, 'goals' | 'actions' | 'visits' | 'milestones'>): TrajectoryFollowUp {
  return { phase: referral.phase, advice: referral.advice, boardDeadline: referral.boardDeadline, planDueOn: referral.planDueOn, earliestNewInspection: referral.earliestNewInspection, ...plan };
}

/** The plan with everything computed that the task force follows up on, and its history (decisions, removed entries). */
export async function getReferral(ctx: ServiceContext, input: ValidatedInput<'getReferral'>) {
  const referral = await requireReferral(ctx, input.id, 'id');
  const [goals, actions, visits, milestones, decisions] = await Promise.all([
    repo.listGoals(ctx.db, referral.id, true),
    repo.listActions(ctx.db, referral.id, true),
    repo.listVisits(ctx.db, referral.id, true),
    repo.listMilestones(ctx.db, referral.id, true),
    repo.listDecisions(ctx.db, referral.id),
  ]);
  const live = <T extends repo.Removable>(rows: T[]) => rows.filter((r) => !r.removedAt);
  const plan = { goals: live(goals), actions: live(actions), visits: live(visits), milestones: live(milestones) };
  const records = await visitRecordsOf(ctx.db, referral, new Set(plan.visits.map((v) => v.id)));
  const now = today(ctx);
  const figures = caseloadFigures(followUpOf(referral, plan), now);
  const open = figures.open;
  return {
    referral,
    ...plan,
    /** Files and photos with the visits (each names its visit), and the contact log with the board with each contact's versions. */
    attachments: records.attachments,
    contacts: records.contacts,
    removed: {
      goals: goals.filter((g) => g.removedAt),
      actions: actions.filter((a) => a.removedAt),
      visits: visits.filter((v) => v.removedAt),
      milestones: milestones.filter((m) => m.removedAt),
      attachments: records.removedAttachments,
      contacts: records.removedContacts,
    },
    decisions,
    /** The decisions the trajectory's phase allows now (domain/taskforce/trajectory.ts). */
    allowedEvents: allowedEvents(referral.phase),
    figures,
    progress: goalProgress(plan.goals, plan.visits, now),
    // A closed trajectory stops counting: no overdue marks, no next visit.
    overdueActionIds: open ? overdueActions(plan.actions, now).map((a) => a.id) : [],
    overdueMilestoneIds: figures.overdue.filter((i) => i.kind === 'milestone').map((i) => i.entryId),
    nextVisit: figures.nextVisit,
    completion: actionCompletion(plan.actions),
    daysUntilNewInspection: open ? daysUntilNewInspection(referral.earliestNewInspection, now) : null,
  };
}

/** Every school under guidance (a caseload), with what needs attention first. */
export async function listReferrals(ctx: ServiceContext) {
  const referrals = await repo.listReferrals(ctx.db);
  return Promise.all(
    referrals.map(async (referral) => {
      const detail = await getReferral(ctx, { id: referral.id });
      return {
        ...referral,
        ...detail.figures,
        goals: detail.goals.length,
        completion: detail.completion,
        daysUntilNewInspection: detail.daysUntilNewInspection,
      };
    }),
  );
}

/** Opens the referral from a decided advice 2B, or 2A with guidance obliged (action 20). */
export async function openReferral(ctx: ServiceContext, input: ValidatedInput<'openReferral'>) {
  const id = randomUUID();
  await writeInspection(ctx, input.inspectionId, 'follow_up', async (w) => {
    const decision = await getAdviceDecision(w.tx, w.inspection.id);
    refuseIf(referralProblems(decision ?? null), 'conflict');
    if (await repo.findReferralForInspection(w.tx, w.inspection.id)) refuseIf([problem('referral_exists', 'inspectionId')], 'conflict');
    const facts = await loadInspectionFacts(w.tx, ctx, w.inspection);
    const consequences = adviceConsequences(decision!.chosen, decision!.reportDate, { guidanceObliged: decision!.guidanceObliged, strongPolicy: false }, ctx.advice);
    await repo.insertReferral(w.tx, {
      id,
      inspectionId: w.inspection.id,
      instellingsnummer: w.inspection.instellingsnummer,
      advice: decision!.chosen as '2A' | '2B',
      shortcomings: bindingShortcomings(facts).map((s) => ({ indicatorId: s.indicatorId, text: s.text })),
      referralDate: input.referralDate ?? today(ctx),
      earliestNewInspection: consequences.earliestNewInspection,
      // The board answers within 30 days after the report (2B: or recognition is withdrawn).
      boardDeadline: consequences.boardDeadline ?? addCalendarDays(decision!.reportDate, 30),
      assignedMember: '',
      updatedAt: w.at,
      updatedBy: w.author.name,
    });
    await w.audit([{ entity: 'referral', entityId: id, field: 'opened', oldValue: null, newValue: decision!.chosen }]);
  });
  return getReferral(ctx, { id });
}

/**
 * One change to an open plan, through the inspection's write path (so it
 * has a person as author and reaches the inspection's Audit tab), answering
 * the plan as it is afterwards.
 */
export async function change(ctx: ServiceContext, referralId: string, work: (w: InspectionWrite, referral: repo.ReferralRecord) => Promise<unknown>) {
  const referral = await requireReferral(ctx, referralId);
  await writeInspection(ctx, referral.inspectionId, 'follow_up', async (w) => {
    const current = (await repo.getReferral(w.tx, referralId))!;
    if (current.closedOn !== null) refuseIf([problem('referral_closed')], 'conflict');
    await work(w, current);
  });
  return getReferral(ctx, { id: referralId });
}

export const by = (w: InspectionWrite) => ({ at: w.at, actor: w.author.name });

/** Audits a plan entry as its whole record before and after, like the on-site entries. */
export function auditRecord(w: InspectionWrite, entity: string, id: string, before: unknown, after: unknown) {
  return w.audit([{ entity, entityId: id, field: 'record', oldValue: before === undefined ? null : JSON.stringify(before), newValue: JSON.stringify(after) }]);
}

export async function saveGoal(ctx: ServiceContext, input: ValidatedInput<'saveGoal'>) {
  const referral = await requireReferral(ctx, input.referralId);
  const bad = input.shortcomingRefs.find((r) => r >= referral.shortcomings.length);
  if (bad !== undefined) throw new AppError('invalid_input', `Tekort T${bad + 1} bestaat niet in deze doorverwijzing`, 'shortcomingRefs');
  const goals = await repo.listGoals(ctx.db, referral.id, true);
  const existing = goals.find((g) => g.id === input.id);
  if (input.id && !existing) throw new AppError('not_found', `Geen doel met id ${input.id}`, 'id');
  const noShortcomingReason = input.shortcomingRefs.length > 0 ? '' : input.noShortcomingReason.trim();
  refuseIf(input.shortcomingRefs.length === 0 && noShortcomingReason === '' ? [problem('goal_needs_shortcoming', 'shortcomingRefs')] : []);
  return change(ctx, input.referralId, async (w) => {
    const goal = { id: input.id ?? randomUUID(), title: input.title, description: input.description, shortcomingRefs: input.shortcomingRefs, noShortcomingReason, position: existing?.position ?? goals.length };
    await repo.upsertGoal(w.tx, input.referralId, goal, by(w));
    await auditRecord(w, 'goal', goal.id, existing, goal);
  });
}

/**
 * Creates or corrects one plan entry (action, visit, milestone) through the
 * write path, auditing its whole record before and after.
 */
async function savePlanEntry<I extends { referralId: string; id?: string }, E extends { id: string }>(
  ctx: ServiceContext,
  entity: 'action' | 'visit' | 'milestone',
  input: I,
  list: (db: typeof ctx.db, referralId: string, withRemoved: boolean) => Promise<E[]>,
  upsert: (tx: InspectionWrite['tx'], referralId: string, entry: E, by: { at: string; actor: string }) => Promise<void>,
) {
  const { referralId, id, ...fields } = input;
  const existing = id ? (await list(ctx.db, referralId, true)).find((e) => e.id === id) : undefined;
  return change(ctx, referralId, async (w) => {
    const entry = { id: id ?? randomUUID(), ...fields } as unknown as E;
    await upsert(w.tx, referralId, entry, by(w));
    await auditRecord(w, entity, entry.id, existing, entry);
  });
}

export async function saveAction(ctx: ServiceContext, input: ValidatedInput<'saveAction'>) {
  const goals = await repo.listGoals(ctx.db, input.referralId);
  if (input.goalId !== null && !goals.some((g) => g.id === input.goalId)) throw new AppError('invalid_input', 'Dit doel hoort niet bij deze doorverwijzing', 'goalId');
  return savePlanEntry(ctx, 'action', input, repo.listActions, repo.upsertAction);
}

export async function saveVisit(ctx: ServiceContext, input: ValidatedInput<'saveVisit'>) {
  const goals = new Set((await repo.listGoals(ctx.db, input.referralId)).map((g) => g.id));
  const stranger = input.progress.findIndex((p) => !goals.has(p.goalId));
  if (stranger >= 0) throw new AppError('invalid_input', 'Voortgang voor een doel dat niet bij deze doorverwijzing hoort', `progress.${stranger}.goalId`);
  // A planned visit has not judged anything yet; its progress comes when it is held.
  if (!input.held && input.progress.length > 0) refuseIf([problem('planned_visit_has_no_progress', 'progress')]);
  if (input.held && input.date > today(ctx)) refuseIf([problem('visit_held_in_future', 'date', { date: input.date })]);
  return savePlanEntry(ctx, 'visit', input, repo.listVisits, repo.upsertVisit);
}

export async function saveMilestone(ctx: ServiceContext, input: ValidatedInput<'saveMilestone'>) {
  return savePlanEntry(ctx, 'milestone', input, repo.listMilestones, repo.upsertMilestone);
}

export const taskforceHandlers = {
  listReferrals,
  getReferral,
  openReferral,
  saveGoal,
  saveAction,
  saveVisit,
  saveMilestone,
} satisfies HandlerMap<'listReferrals' | 'getReferral' | 'openReferral' | 'saveGoal' | 'saveAction' | 'saveVisit' | 'saveMilestone'>;
