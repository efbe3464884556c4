import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { visibleEntries } from '../../central/access';
import { exportPackageTo, importPackageFrom } from '../../main/cli/package-transfer';
import { SYNC_TABLES } from '../../main/db/repositories/sync-tables';
import { enrolledLaptop, requirePostgres, startCentral, syncedContent, type TestCentral } from '../helpers/central';
import { ratedInspection } from '../helpers/inspection-builder';
import { callOk, makeTempDir, openTestServices, removeTempDir, steppingClock, type TestServices } from '../helpers/services';

/**
 * A trajectory between the lead's laptop and the task force's, on a real
 * PostgreSQL: its decision history travels both ways by sync and by
 * package, and the referral goes to the member it is assigned to — only them.
 */

let run = false;
beforeAll(async () => {
  run = await requirePostgres();
});

const opened: TestServices[] = [];
let central: TestCentral | undefined;
let dir = '';
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
  await central?.close();
  central = undefined;
  if (dir) removeTempDir(dir);
  dir = '';
});

const PLAN = SYNC_TABLES.filter((t) => t.referral === 'plan');

/** Rows of the shared record the account could read, by the server's own condition (central/access.ts). */
async function visibleRows(userId: number): Promise<number> {
  const where = visibleEntries({ userId, name: '', role: 'taskforce', deviceId: '' });
  const { rows } = await central!.pool.query<{ n: string }>(`SELECT count(*) AS n FROM entries e WHERE ${where}`, [userId]);
  return Number(rows[0].n);
}

type Decision = { id: string; event: string; toPhase: string; createdBy: string };
const decisionsOf = async (s: TestServices, id: string) => (await callOk<{ decisions: Decision[]; referral: { phase: string } }>(s.ctx, 'getReferral', { id }));

/** The lead's 2B inspection with a referral assigned to Chris; Chris and Dana both follow the school. */
async function trajectory() {
  central = await startCentral();
  const a = await enrolledLaptop(central, opened, { name: 'Anna Lead', role: 'lead', teams: ['Gent'], profileRole: 'hoofdinspecteur' }, steppingClock('2027-03-01T08:00:00.000Z'));
  await callOk(a.ctx, 'syncNow', {});
  const school = (await callOk<Array<{ instellingsnummer: string }>>(a.ctx, 'listSchools', {}))[0].instellingsnummer;
  const inspectionId = await ratedInspection(a.ctx, { instellingsnummer: school, ratings: [{ indicatorId: 'km.1', level: 'beneden', text: 'Lessen starten laat.' }] });
  await callOk(a.ctx, 'decideAdvice', { inspectionId, chosen: '2B', motivation: 'Ernstige tekorten; opnieuw inspecteren na begeleiding.', guidanceObliged: true, reportDate: '2027-03-12' });
  const referralId = (await callOk(a.ctx, 'openReferral', { inspectionId })).referral.id as string;
  await callOk(a.ctx, 'saveReferralSetup', { referralId, assignedMember: 'Chris Taskforce', planDueOn: '2027-05-01' });
  await callOk(a.ctx, 'syncNow', {});
  const c = await enrolledLaptop(central, opened, { name: 'Chris Taskforce', role: 'taskforce', schools: [school], profileRole: 'taskforce' }, steppingClock('2027-03-20T08:00:00.000Z'));
  const d = await enrolledLaptop(central, opened, { name: 'Dana Taskforce', role: 'taskforce', schools: [school], profileRole: 'taskforce' }, steppingClock('2027-03-21T08:00:00.000Z'));
  return { a, c, d, inspectionId, referralId };
}

describe('a trajectory between the lead and the task force', () => {
  it('its decisions travel both ways by sync, concurrent ones are all kept, and syncing again changes nothing', async () => {
    if (!run) return;
    const { a, c, inspectionId, referralId } = await trajectory();
    expect((await callOk(c.ctx, 'syncNow', {})).refused).toEqual([]);
    await callOk(c.ctx, 'setBoardAnswer', { referralId, answer: 'accepts', date: '2027-03-22' });
    await callOk(c.ctx, 'decideTrajectory', { referralId, event: { kind: 'agree_plan', date: '2027-04-02', signedBy: 'Directeur Peeters' } });
    expect((await callOk(c.ctx, 'syncNow', {})).pushRefused).toBe(0);
    await callOk(a.ctx, 'syncNow', {});
    const atA = await decisionsOf(a, referralId);
    expect(atA.decisions.map((x) => [x.event, x.toPhase, x.createdBy])).toEqual([
      ['board_answer', 'accepted', 'Chris Taskforce'],
      ['agree_plan', 'plan_agreed', 'Chris Taskforce'],
    ]);
    expect(atA.referral.phase).toBe('plan_agreed');

    // The lead decides too; it reaches the task force.
    await callOk(a.ctx, 'decideTrajectory', { referralId, event: { kind: 'start_monitoring', date: '2027-04-10' } });
    await callOk(a.ctx, 'syncNow', {});
    await callOk(c.ctx, 'syncNow', {});
    expect((await decisionsOf(c, referralId)).decisions.map((x) => x.event)).toEqual(['board_answer', 'agree_plan', 'start_monitoring']);

    // Both decide offline at once: every copy keeps both decisions (history is a union), whatever the order of the syncs.
    await callOk(a.ctx, 'decideTrajectory', { referralId, event: { kind: 'start_end_evaluation', date: '2027-06-01' } });
    await callOk(c.ctx, 'decideTrajectory', { referralId, event: { kind: 'start_end_evaluation', date: '2027-06-03' } });
    for (const s of [c, a, c]) await callOk(s.ctx, 'syncNow', {});
    const [fromA, fromC] = [await decisionsOf(a, referralId), await decisionsOf(c, referralId)];
    expect(fromA.decisions).toHaveLength(5);
    expect(fromC.decisions).toEqual(fromA.decisions);
    expect(await syncedContent(c.ctx, inspectionId, PLAN)).toEqual(await syncedContent(a.ctx, inspectionId, PLAN));
    const { rows } = await central!.pool.query<{ n: string }>(`SELECT count(*) AS n FROM entries WHERE entity = 'decision'`);
    expect(Number(rows[0].n)).toBe(5);

    const seq = (await central!.pool.query<{ s: string }>('SELECT max(seq) AS s FROM entries')).rows[0].s;
    for (const s of [a, c]) expect(await callOk(s.ctx, 'syncNow', {})).toMatchObject({ pushed: 0, pulled: 0 });
    expect((await central!.pool.query<{ s: string }>('SELECT max(seq) AS s FROM entries')).rows[0].s).toBe(seq);
  });

  it('its decisions travel in a referral package too; importing it twice changes nothing the second time', async () => {
    if (!run) return;
    const { a, c, referralId } = await trajectory();
    await callOk(c.ctx, 'syncNow', {});
    await callOk(c.ctx, 'setBoardAnswer', { referralId, answer: 'accepts', date: '2027-03-22' });
    dir = makeTempDir();
    const file = join(dir, 'traject.dlpkg');
    await exportPackageTo(c.ctx, { referralId }, file);
    // The lead's laptop, and a colleague's without any central server.
    const colleague = await openTestServices({ seedDemo: false, actor: 'Bart' });
    opened.push(colleague);
    for (const to of [a, colleague]) {
      const first = await importPackageFrom(to.ctx, file);
      expect(first.kind).toBe('referral');
      expect((await decisionsOf(to, referralId)).decisions).toEqual((await decisionsOf(c, referralId)).decisions);
      expect((await decisionsOf(to, referralId)).referral.phase).toBe('accepted');
      const again = await importPackageFrom(to.ctx, file);
      expect(again).toMatchObject({ added: 0, updated: 0, conflicts: 0 });
    }
    // What came by package and what comes by sync are the same versions: the sync brings nothing new.
    expect((await callOk(a.ctx, 'syncNow', {})).pulled).toBe(0);
  });

  it('the referral reaches only its assigned member; reassigning it moves it', async () => {
    if (!run) return;
    const { a, c, d, referralId } = await trajectory();
    await callOk(c.ctx, 'syncNow', {});
    await callOk(d.ctx, 'syncNow', {});
    expect((await callOk<unknown[]>(c.ctx, 'listReferrals', {})).length).toBe(1);
    // Dana follows the same school, but the referral is Chris's.
    expect(await callOk<unknown[]>(d.ctx, 'listReferrals', {})).toEqual([]);
    expect(await visibleRows(d.userId)).toBe(0);
    expect(await visibleRows(c.userId)).toBeGreaterThan(0);

    await callOk(c.ctx, 'setBoardAnswer', { referralId, answer: 'accepts', date: '2027-03-22' });
    await callOk(c.ctx, 'syncNow', {});
    await callOk(a.ctx, 'syncNow', {});
    await callOk(a.ctx, 'saveReferralSetup', { referralId, assignedMember: 'Dana Taskforce', planDueOn: '2027-05-01' });
    await callOk(a.ctx, 'syncNow', {});
    expect(await visibleRows(c.userId)).toBe(0);
    expect((await callOk(d.ctx, 'syncNow', {})).refused).toEqual([]);
    const atD = await decisionsOf(d, referralId);
    expect(atD.decisions.map((x) => x.event)).toEqual(['board_answer']);
    expect(atD.referral.phase).toBe('accepted');
    // Chris's laptop can no longer write into it: a push of a plan entry is refused on the server.
    await callOk(c.ctx, 'saveVisit', { referralId, date: '2027-03-19', participants: 'Directie', notes: 'Na de overdracht.', progress: [] });
    expect((await callOk(c.ctx, 'syncNow', {})).pushRefused).toBeGreaterThan(0);
    await callOk(a.ctx, 'syncNow', {});
    expect((await callOk(a.ctx, 'getReferral', { id: referralId })).visits).toEqual([]);
  });

  it('two task-force accounts cannot share a name (the name is how a referral finds its member)', async () => {
    if (!run) return;
    central = await startCentral();
    await central.user({ name: 'Chris Taskforce', role: 'taskforce' });
    await expect(central.user({ name: 'chris taskforce', role: 'taskforce' })).rejects.toThrow(/al een task-force-lid/);
  });
});
