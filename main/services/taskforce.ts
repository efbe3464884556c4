import { randomUUID } from 'node:crypto';
import { AppError } from '../api/envelope';
import type { ValidatedInput } from '../api/contract';
import type { SqlExecutor } from '../db/connection';
import { getAdviceDecision } from '../db/repositories/advice';
import { appendAudit } from '../db/repositories/audit';
import * as repo from '../db/repositories/taskforce';
import { adviceConsequences } from '../domain/advice/consequences';
import { actionCompletion, daysUntilNewInspection, goalProgress, nextVisit, overdueActions } from '../domain/taskforce/progress';
import { getAdvice } from './advice';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler-types';
import { requireInspection } from './inspections';

const today = (ctx: ServiceContext) => ctx.now().toISOString().slice(0, 10);
const stamp = (ctx: ServiceContext) => ({ at: ctx.now().toISOString(), actor: ctx.actor });

export async function requireReferral(ctx: ServiceContext, id: string, field = 'referralId') {
  const referral = await repo.getReferral(ctx.db, id);
  if (!referral) throw new AppError('not_found', `Geen doorverwijzing met id ${id}`, field);
  return referral;
}

function requireOpen(referral: repo.ReferralRecord) {
  if (referral.closedOn !== null) throw new AppError('conflict', 'Deze begeleiding is afgesloten; het plan ligt vast.');
}

/** The plan with everything computed that the task force follows up on. */
export async function getReferral(ctx: ServiceContext, input: ValidatedInput<'getReferral'>) {
  const referral = await requireReferral(ctx, input.id, 'id');
  const [goals, actions, visits, milestones] = await Promise.all([
    repo.listGoals(ctx.db, referral.id),
    repo.listActions(ctx.db, referral.id),
    repo.listVisits(ctx.db, referral.id),
    repo.listMilestones(ctx.db, referral.id),
  ]);
  const now = today(ctx);
  return {
    referral,
    goals,
    actions,
    visits,
    milestones,
    progress: goalProgress(goals, visits, now),
    overdueActionIds: overdueActions(actions, now).map((a) => a.id),
    nextVisit: nextVisit(visits, now)?.date ?? null,
    completion: actionCompletion(actions),
    daysUntilNewInspection: daysUntilNewInspection(referral.earliestNewInspection, now),
  };
}

/** Every school under guidance, with what needs attention first. */
export async function listReferrals(ctx: ServiceContext) {
  const referrals = await repo.listReferrals(ctx.db);
  return Promise.all(
    referrals.map(async (referral) => {
      const detail = await getReferral(ctx, { id: referral.id });
      return {
        ...referral,
        overdueActions: detail.overdueActionIds.length,
        nextVisit: detail.nextVisit,
        goalsWithoutProgress: detail.progress.filter((p) => p.noProgressSinceLastVisit).length,
        goals: detail.goals.length,
        completion: detail.completion,
        daysUntilNewInspection: detail.daysUntilNewInspection,
      };
    }),
  );
}

/** Opens the referral from a decided advice 2B, or 2A with guidance obliged (action 20). */
export async function openReferral(ctx: ServiceContext, input: ValidatedInput<'openReferral'>) {
  const decision = await getAdviceDecision(ctx.db, input.inspectionId);
  if (!decision) throw new AppError('conflict', 'Beslis eerst over het advies: een doorverwijzing volgt op advies 2A met begeleidingsplicht of 2B.', 'inspectionId');
  if (!(decision.chosen === '2B' || (decision.chosen === '2A' && decision.guidanceObliged))) {
    throw new AppError('conflict', `Advies ${decision.chosen}${decision.chosen === '2A' ? ' zonder begeleidingsplicht' : ''} leidt niet tot een doorverwijzing naar de task force.`, 'inspectionId');
  }
  if (await repo.findReferralForInspection(ctx.db, input.inspectionId)) throw new AppError('conflict', 'Voor deze inspectie bestaat al een doorverwijzing.', 'inspectionId');
  const advice = await getAdvice(ctx, { inspectionId: input.inspectionId });
  const consequences = adviceConsequences(decision.chosen, decision.reportDate, { guidanceObliged: decision.guidanceObliged, strongPolicy: false }, ctx.advice);
  const id = randomUUID();
  const by = stamp(ctx);
  const inspection = await requireInspection(ctx, input.inspectionId, 'inspectionId');
  await ctx.db.transaction(async (tx) => {
    await repo.insertReferral(tx, {
      id,
      inspectionId: input.inspectionId,
      instellingsnummer: inspection.instellingsnummer,
      advice: decision.chosen as '2A' | '2B',
      shortcomings: advice.shortcomings.map((s) => ({ indicatorId: s.indicatorId, text: s.text })),
      referralDate: input.referralDate ?? today(ctx),
      earliestNewInspection: consequences.earliestNewInspection,
      boardAnswer: 'pending',
      updatedAt: by.at,
      updatedBy: by.actor,
    });
    await appendAudit(tx, { at: by.at, actor: by.actor, entity: 'referral', entityId: id, field: 'opened', oldValue: null, newValue: decision.chosen });
  });
  return getReferral(ctx, { id });
}

/** One change to an open plan, in one transaction, answering the plan as it is afterwards. */
async function change(ctx: ServiceContext, referralId: string, work: (tx: SqlExecutor, by: { at: string; actor: string }) => Promise<unknown>) {
  const referral = await requireReferral(ctx, referralId);
  requireOpen(referral);
  const by = stamp(ctx);
  await ctx.db.transaction((tx) => work(tx, by));
  return getReferral(ctx, { id: referralId });
}

export function setBoardAnswer(ctx: ServiceContext, input: ValidatedInput<'setBoardAnswer'>) {
  return change(ctx, input.referralId, (tx, by) => repo.updateReferral(tx, input.referralId, { boardAnswer: input.answer, boardAnswerDate: input.date }, by));
}

export async function saveGoal(ctx: ServiceContext, input: ValidatedInput<'saveGoal'>) {
  const referral = await requireReferral(ctx, input.referralId);
  const bad = input.shortcomingRefs.find((r) => r >= referral.shortcomings.length);
  if (bad !== undefined) throw new AppError('invalid_input', `Tekort T${bad + 1} bestaat niet in deze doorverwijzing`, 'shortcomingRefs');
  const goals = await repo.listGoals(ctx.db, referral.id);
  const existing = goals.find((g) => g.id === input.id);
  if (input.id && !existing) throw new AppError('not_found', `Geen doel met id ${input.id}`, 'id');
  return change(ctx, input.referralId, (tx, by) =>
    repo.upsertGoal(tx, input.referralId, { id: input.id ?? randomUUID(), title: input.title, description: input.description, shortcomingRefs: input.shortcomingRefs, position: existing?.position ?? goals.length }, by),
  );
}

export async function saveAction(ctx: ServiceContext, input: ValidatedInput<'saveAction'>) {
  const goals = await repo.listGoals(ctx.db, input.referralId);
  if (input.goalId !== null && !goals.some((g) => g.id === input.goalId)) throw new AppError('invalid_input', 'Dit doel hoort niet bij deze doorverwijzing', 'goalId');
  const { referralId, id, ...action } = input;
  return change(ctx, referralId, (tx, by) => repo.upsertAction(tx, referralId, { id: id ?? randomUUID(), ...action }, by));
}

export async function saveVisit(ctx: ServiceContext, input: ValidatedInput<'saveVisit'>) {
  const goals = new Set((await repo.listGoals(ctx.db, input.referralId)).map((g) => g.id));
  const stranger = input.progress.findIndex((p) => !goals.has(p.goalId));
  if (stranger >= 0) throw new AppError('invalid_input', 'Voortgang voor een doel dat niet bij deze doorverwijzing hoort', `progress.${stranger}.goalId`);
  const { referralId, id, ...visit } = input;
  return change(ctx, referralId, (tx, by) => repo.upsertVisit(tx, referralId, { id: id ?? randomUUID(), ...visit }, by));
}

export function saveMilestone(ctx: ServiceContext, input: ValidatedInput<'saveMilestone'>) {
  const { referralId, id, ...milestone } = input;
  return change(ctx, referralId, (tx, by) => repo.upsertMilestone(tx, referralId, { id: id ?? randomUUID(), ...milestone }, by));
}

/** The end evaluation: can the school go on alone? Closing locks the plan. */
export function closeReferral(ctx: ServiceContext, input: ValidatedInput<'closeReferral'>) {
  return change(ctx, input.referralId, async (tx, by) => {
    await repo.updateReferral(tx, input.referralId, { closedOn: input.date, canContinueAlone: input.canContinueAlone, closingMotivation: input.motivation.trim() }, by);
    await appendAudit(tx, { at: by.at, actor: by.actor, entity: 'referral', entityId: input.referralId, field: 'closed', oldValue: null, newValue: input.canContinueAlone ? 'zelfstandig' : 'niet zelfstandig' });
  });
}

export const taskforceHandlers = {
  listReferrals,
  getReferral,
  openReferral,
  setBoardAnswer,
  saveGoal,
  saveAction,
  saveVisit,
  saveMilestone,
  closeReferral,
} satisfies HandlerMap<'listReferrals' | 'getReferral' | 'openReferral' | 'setBoardAnswer' | 'saveGoal' | 'saveAction' | 'saveVisit' | 'saveMilestone' | 'closeReferral'>;
