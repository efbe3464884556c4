import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upsertSchools } from '../../main/db/repositories/schools';
import { ratedInspection } from '../helpers/inspection-builder';
import { call, callOk, openTestServices, type TestServices } from '../helpers/services';

/**
 * A whole task-force trajectory through the contract, on a real SQLite file:
 * referral → board answer → plan agreed (sign-off) → visits → corrections →
 * closing refused while the check list is open → closed with a motivation →
 * reopened; the caseload, the week's agenda and the iCalendar file follow.
 */
let services: TestServices;
let today = '2027-03-12';
const clock = () => new Date(`${today}T10:00:00.000Z`);
const MEMBER = 'An Verstraete';

beforeEach(async () => {
  today = '2027-03-12';
  services = await openTestServices({ now: clock });
  await callOk(services.ctx, 'saveProfile', { profileName: MEMBER, role: 'inspecteur' });
  await services.ctx.db.transaction((tx) =>
    upsertSchools(tx, [{ instellingsnummer: '012345', name: 'Basisschool De Linde', level: 'basis', form: 'gewoon', network: 'GO!', board: 'Scholengroep Gent', street: 'Lindelaan 1', postcode: '9000', municipality: 'Gent', lop: 'LOP Gent' }]),
  );
});
afterEach(() => services.close());

async function referral(advice: '2A' | '2B') {
  const ctx = services.ctx;
  const id = await ratedInspection(ctx, { instellingsnummer: '012345', ratings: [{ indicatorId: 'km.1', level: 'beneden', text: 'Lessen starten laat.' }, { indicatorId: 'km.2', level: 'beneden', text: 'Afspraken worden niet nageleefd.' }] });
  await callOk(ctx, 'decideAdvice', { inspectionId: id, chosen: advice, motivation: advice === '2B' ? 'Tekorten in alle klassen.' : '', guidanceObliged: true, reportDate: '2027-03-12' });
  return (await callOk(ctx, 'openReferral', { inspectionId: id })).referral.id as string;
}

const decide = (referralId: string, event: Record<string, unknown>) => callOk(services.ctx, 'decideTrajectory', { referralId, event });

describe('a task-force trajectory from referral to closure', () => {
  it('a refusal after 2B starts the withdrawal procedure, not a running trajectory', async () => {
    const referralId = await referral('2B');
    const plan = await callOk(services.ctx, 'setBoardAnswer', { referralId, answer: 'declines', date: '2027-04-01' });
    expect(plan.referral).toMatchObject({ phase: 'withdrawal', boardAnswer: 'declines' });
    expect(await call(services.ctx, 'decideTrajectory', { referralId, event: { kind: 'agree_plan', date: '2027-04-05', signedBy: 'X' } })).toMatchObject({ ok: false, error: { code: 'conflict', rule: 'trajectory_event_not_allowed' } });
  });

  it('runs the whole trajectory, corrects entries, blocks closing on open items and reopens with a reason', async () => {
    const ctx = services.ctx;
    const referralId = await referral('2B');
    let plan = await callOk(ctx, 'getReferral', { id: referralId });
    // The board answers within 30 days after the report; 2B: the new inspection no earlier than 90 days after it.
    expect(plan.referral).toMatchObject({ phase: 'referred', boardDeadline: '2027-04-11', earliestNewInspection: '2027-06-10' });
    expect(plan.figures.nextDeadline).toMatchObject({ kind: 'board_answer', date: '2027-04-11' });
    await callOk(ctx, 'saveReferralSetup', { referralId, assignedMember: MEMBER, planDueOn: '2027-04-30' });

    await callOk(ctx, 'setBoardAnswer', { referralId, answer: 'accepts', date: '2027-03-25' });
    expect(await call(ctx, 'decideTrajectory', { referralId, event: { kind: 'agree_plan', date: '2027-03-20', signedBy: 'Mevr. Peeters' } })).toMatchObject({ ok: false, error: { rule: 'trajectory_date_before_previous' } });
    await decide(referralId, { kind: 'agree_plan', date: '2027-04-02', signedBy: 'Mevr. Peeters, directeur' });
    plan = await decide(referralId, { kind: 'start_monitoring', date: '2027-04-02' });
    expect(plan.referral).toMatchObject({ phase: 'monitoring', planAgreedBy: 'Mevr. Peeters, directeur', planAgreedOn: '2027-04-02' });

    // A goal links a tekort or says why not; it starts from the tekort's text.
    expect(await call(ctx, 'saveGoal', { referralId, title: 'Los doel', description: '', shortcomingRefs: [] })).toMatchObject({ ok: false, error: { rule: 'goal_needs_shortcoming' } });
    plan = await callOk(ctx, 'saveGoal', { referralId, title: 'Lessen starten op tijd', description: '', shortcomingRefs: [0] });
    const goal = plan.goals[0];
    plan = await callOk(ctx, 'saveAction', { referralId, goalId: goal.id, description: 'Startroutine', ownerRole: 'team', dueDate: '2027-04-20', status: 'planned', schoolDecision: 'Aanvaard', schoolDecisionOn: '2027-04-03', schoolDecisionBy: 'Directeur' });
    const action = plan.actions[0];
    expect(action).toMatchObject({ schoolDecisionOn: '2027-04-03', schoolDecisionBy: 'Directeur' });
    plan = await callOk(ctx, 'saveMilestone', { referralId, title: 'Startroutine in alle klassen', dueDate: '2027-05-01', reachedOn: null });
    const milestone = plan.milestones[0];
    today = '2027-04-16';
    plan = await callOk(ctx, 'saveVisit', { referralId, date: '2027-04-15', held: true, participants: 'Directie', notes: '', progress: [{ goalId: goal.id, level: 'beneden', note: '' }] });
    plan = await callOk(ctx, 'saveVisit', { referralId, date: '2027-05-15', held: false, participants: 'Directie', notes: '', progress: [] });
    const second = plan.visits.find((v: { held: boolean }) => !v.held);
    expect(await call(ctx, 'saveVisit', { referralId, id: second.id, date: '2027-05-15', held: false, participants: '', notes: '', progress: [{ goalId: goal.id, level: 'benadert', note: '' }] })).toMatchObject({ ok: false, error: { rule: 'planned_visit_has_no_progress' } });

    // Monday 26 April: the action is overdue, the milestone falls this week (until Sunday 2 May).
    today = '2027-04-26';
    let agenda = await callOk(ctx, 'getTaskforceAgenda', {});
    expect(agenda.overdue.map((i: { kind: string }) => i.kind)).toEqual(['action']);
    expect(agenda.dueThisWeek.map((i: { kind: string; date: string }) => `${i.kind}@${i.date}`)).toEqual(['milestone@2027-05-01']);
    // Wednesday 12 May: the milestone is overdue too; the planned visit is this week.
    today = '2027-05-12';
    agenda = await callOk(ctx, 'getTaskforceAgenda', {});
    expect(agenda.overdue.map((i: { kind: string }) => i.kind).sort()).toEqual(['action', 'milestone']);
    expect(agenda.dueThisWeek.map((i: { kind: string; date: string }) => `${i.kind}@${i.date}`)).toEqual(['visit@2027-05-15']);
    expect((await callOk(ctx, 'getTaskforceAgenda', { member: 'Iemand anders' })).overdue).toEqual([]);

    // The calendar: the planned visit and the open deadlines, parsed back by ical.js.
    const calendar = await callOk(ctx, 'exportCalendar', { member: MEMBER });
    const vevents = new ICAL.Component(ICAL.parse(calendar.text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(vevents.map((e) => `${e.startDate.toString()} ${e.summary}`).sort()).toEqual([
      '2027-04-20 Actie: Startroutine — Basisschool De Linde',
      '2027-05-01 Mijlpaal: Startroutine in alle klassen — Basisschool De Linde',
      '2027-05-15 Bezoek task force — Basisschool De Linde',
      '2027-06-10 Vroegste nieuwe doorlichting (advies 2B) — Basisschool De Linde',
    ]);
    expect(new Set(vevents.map((e) => e.uid)).size).toBe(4);
    expect((await callOk(ctx, 'exportCalendar', { member: 'Iemand anders' })).events).toBe(0);

    // 16 May. Corrections: the planned visit is held, the milestone reached later, the goal reworded; a removal is undone.
    expect(await call(ctx, 'saveVisit', { referralId, id: second.id, date: '2027-05-15', held: true, participants: '', notes: '', progress: [] })).toMatchObject({ ok: false, error: { rule: 'visit_held_in_future' } });
    today = '2027-05-16';
    await callOk(ctx, 'saveVisit', { referralId, id: second.id, date: '2027-05-15', held: true, participants: 'Directie', notes: 'Gehouden.', progress: [{ goalId: goal.id, level: 'beneden', note: '' }] });
    await callOk(ctx, 'saveMilestone', { referralId, id: milestone.id, title: milestone.title, dueDate: milestone.dueDate, reachedOn: '2027-05-03' });
    await callOk(ctx, 'saveGoal', { referralId, id: goal.id, title: 'Elke les start op tijd', description: 'Herschreven', shortcomingRefs: [0] });
    plan = await callOk(ctx, 'removePlanEntry', { referralId, kind: 'action', id: action.id });
    expect(plan.actions).toEqual([]);
    expect(plan.removed.actions.map((a: { id: string }) => a.id)).toEqual([action.id]);
    plan = await callOk(ctx, 'restorePlanEntry', { referralId, kind: 'action', id: action.id });
    expect(plan.actions.map((a: { id: string }) => a.id)).toEqual([action.id]);

    // Closing: only after the end evaluation, and only with the check list settled.
    today = '2027-11-20';
    await decide(referralId, { kind: 'start_end_evaluation', date: '2027-11-20' });
    const list = await callOk(ctx, 'getClosingChecklist', { referralId });
    expect(list.overdueActions).toHaveLength(1);
    expect(list.goalsWithoutProgress).toEqual([goal.id]);
    const close = { referralId, date: '2027-11-20', canContinueAlone: false, motivation: 'Nog geen vooruitgang bij de start van de lessen.' };
    expect(await call(ctx, 'closeReferral', close)).toMatchObject({ ok: false, error: { code: 'conflict', rule: 'closing_overdue_actions' } });
    await callOk(ctx, 'saveAction', { referralId, id: action.id, goalId: goal.id, description: 'Startroutine', ownerRole: 'team', dueDate: '2027-04-20', status: 'done', schoolDecision: 'Aanvaard', schoolDecisionOn: '2027-04-03', schoolDecisionBy: 'Directeur' });
    expect(await call(ctx, 'closeReferral', close)).toMatchObject({ ok: false, error: { rule: 'closing_goals_without_progress' } });
    plan = await callOk(ctx, 'closeReferral', { ...close, acknowledgeGoals: true });
    expect(plan.referral).toMatchObject({ phase: 'closed', closedOn: '2027-11-20', canContinueAlone: false });
    // A closed trajectory stops counting.
    expect(plan.figures).toMatchObject({ open: false, nextVisit: null, overdueActions: 0, goalsWithoutProgress: 0, overdue: [] });
    expect(await call(ctx, 'saveGoal', { referralId, id: goal.id, title: 'Na afsluiting', description: '', shortcomingRefs: [0] })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    expect(await call(ctx, 'decideTrajectory', { referralId, event: { kind: 'reopen', date: '2027-11-25', reason: ' ' } })).toMatchObject({ ok: false });
    plan = await decide(referralId, { kind: 'reopen', date: '2027-11-25', reason: 'Het bestuur vraagt verdere begeleiding.' });
    expect(plan.referral).toMatchObject({ phase: 'monitoring', closedOn: null, reopenReason: 'Het bestuur vraagt verdere begeleiding.' });

    // Every decision is in the history with its author and date, and in the inspection's audit trail.
    expect(plan.decisions.map((d: { event: string; toPhase: string; createdBy: string }) => `${d.event}→${d.toPhase} ${d.createdBy}`)).toEqual([
      `board_answer→accepted ${MEMBER}`,
      `agree_plan→plan_agreed ${MEMBER}`,
      `start_monitoring→monitoring ${MEMBER}`,
      `start_end_evaluation→end_evaluation ${MEMBER}`,
      `close→closed ${MEMBER}`,
      `reopen→monitoring ${MEMBER}`,
    ]);
    const audit = await callOk(ctx, 'listAudit', { inspectionId: plan.referral.inspectionId });
    const phases = audit.filter((r: { entity: string; field: string }) => r.entity === 'referral' && r.field === 'phase').map((r: { newValue: string }) => r.newValue);
    expect(phases).toEqual(expect.arrayContaining(['accepted', 'plan_agreed', 'monitoring', 'end_evaluation', 'closed']));
    expect(audit.filter((r: { entity: string; field: string }) => r.entity === 'action' && (r.field === 'removed' || r.field === 'restored'))).toHaveLength(2);
  });
});
