import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SYNC_TABLES } from '../../main/db/repositories/sync-tables';
import { enrolledLaptop, requirePostgres, startCentral, type TestCentral, syncedContent } from '../helpers/central';
import { ratedInspection } from '../helpers/inspection-builder';
import { call, callOk, steppingClock, type TestServices } from '../helpers/services';

/**
 * Three laptops (three data folders) and one Doorlicht Centraal on a real
 * PostgreSQL: A and B in one team, C a task-force member following the
 * school. Everything goes through the operations the UI uses.
 */

let run = false;
beforeAll(async () => {
  run = await requirePostgres();
});

const opened: TestServices[] = [];
let central: TestCentral | undefined;
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
  await central?.close();
  central = undefined;
});


const observation = (inspectionId: string, className: string) => ({
  inspectionId, className, subject: 'wiskunde', observedAt: '2027-03-02T09:10', scores: { relatie: 'volgens' }, notes: { relatie: `notitie ${className}` }, onTask: 20, offTask: 2,
});

async function team() {
  central = await startCentral();
  const a = await enrolledLaptop(central, opened, { name: 'Anna Lead', role: 'lead', teams: ['Gent'], profileRole: 'hoofdinspecteur' }, steppingClock('2027-03-01T08:00:00.000Z'));
  const b = await enrolledLaptop(central, opened, { name: 'Bert Inspecteur', role: 'inspector', teams: ['Gent'] }, steppingClock('2027-03-01T09:00:00.000Z'));
  await callOk(a.ctx, 'syncNow', {});
  const schools = await callOk<Array<{ instellingsnummer: string; level: string; form: string }>>(a.ctx, 'listSchools', {});
  const school = schools.find((s) => s.level === 'secundair' && s.form === 'gewoon') ?? schools[0];
  const inspectionId = await ratedInspection(a.ctx, { instellingsnummer: school.instellingsnummer, ratings: [{ indicatorId: 'km.1', level: 'beneden', text: 'Lessen starten laat.' }] });
  return { a, b, inspectionId, school: school.instellingsnummer };
}

describe('three laptops and one central server', () => {
  it.each([
    ['A, B, A', ['a', 'b', 'a']],
    ['B, A, B', ['b', 'a', 'b']],
    ['A, A, B, B, A', ['a', 'a', 'b', 'b', 'a']],
  ])('concurrent observations and one motivation changed twice converge in the order %s: one conflict, nothing lost', async (_label, order) => {
    if (!run) return;
    const { a, b, inspectionId } = await team();
    expect((await callOk(a.ctx, 'syncNow', {})).pushed).toBeGreaterThan(0);
    await callOk(b.ctx, 'syncNow', {});
    expect(await syncedContent(b.ctx, inspectionId)).toEqual(await syncedContent(a.ctx, inspectionId));

    // Offline on both laptops.
    await callOk(a.ctx, 'saveObservation', observation(inspectionId, '3A'));
    await callOk(b.ctx, 'saveObservation', observation(inspectionId, '5B'));
    await callOk(a.ctx, 'saveRating', { inspectionId, indicatorId: 'km.2', level: 'volgens', motivation: 'Anna: rustige klassen, duidelijke afspraken.' });
    await callOk(b.ctx, 'saveRating', { inspectionId, indicatorId: 'km.2', level: 'volgens', motivation: 'Bert: afspraken hangen in elke klas.' });

    const laptops = { a, b };
    for (const who of order) await callOk(laptops[who as 'a' | 'b'].ctx, 'syncNow', {});
    // Whoever synced first has not seen the later pushes yet: one more round each.
    await callOk(a.ctx, 'syncNow', {});
    await callOk(b.ctx, 'syncNow', {});

    const stateA = await syncedContent(a.ctx, inspectionId);
    expect(await syncedContent(b.ctx, inspectionId)).toEqual(stateA);
    expect(stateA.observation.map((o) => JSON.parse(o).class_name).sort()).toEqual(['3A', '5B']);
    for (const laptop of [a, b]) {
      const conflicts = await callOk<Array<{ entity: string; versions: unknown[] }>>(laptop.ctx, 'listConflicts', { inspectionId });
      expect(conflicts.map((c) => c.entity)).toEqual(['rating']);
      expect(JSON.stringify(conflicts[0])).toContain('Anna: rustige klassen');
      expect(JSON.stringify(conflicts[0])).toContain('Bert: afspraken hangen');
    }
    // What a sync brought is in the audit trail with where it came from, as for a package.
    const trail = await callOk<Array<{ origin: string | null }>>(b.ctx, 'listAudit', { inspectionId });
    expect(trail.some((r) => /synchronisatie met http:\/\/127\.0\.0\.1/.test(r.origin ?? ''))).toBe(true);
    const { rows } = await central!.pool.query<{ n: string }>('SELECT count(*) AS n FROM entries WHERE conflict');
    expect(Number(rows[0].n)).toBe(1);

    // Syncing again changes nothing, anywhere.
    const seq = (await central!.pool.query<{ s: string }>('SELECT max(seq) AS s FROM entries')).rows[0].s;
    for (const laptop of [a, b]) expect(await callOk(laptop.ctx, 'syncNow', {})).toMatchObject({ pushed: 0, pulled: 0, conflicts: 0 });
    expect((await central!.pool.query<{ s: string }>('SELECT max(seq) AS s FROM entries')).rows[0].s).toBe(seq);
    expect(await syncedContent(a.ctx, inspectionId)).toEqual(stateA);
  });

  it('hands a 2B referral to the task-force member without a file, and brings their visit back', async () => {
    if (!run) return;
    const { a, inspectionId, school } = await team();
    await callOk(a.ctx, 'saveObservation', observation(inspectionId, '3A'));
    await callOk(a.ctx, 'decideAdvice', { inspectionId, chosen: '2B', motivation: 'Ernstige tekorten in klasmanagement; opnieuw inspecteren na begeleiding.', guidanceObliged: true, reportDate: '2027-03-12' });
    const plan = await callOk(a.ctx, 'openReferral', { inspectionId });
    await callOk(a.ctx, 'syncNow', {});

    const c = await enrolledLaptop(central!, opened, { name: 'Chris Taskforce', role: 'taskforce', schools: [school], profileRole: 'taskforce' }, steppingClock('2027-03-20T08:00:00.000Z'));
    const pulled = await callOk(c.ctx, 'syncNow', {});
    expect(pulled.refused).toEqual([]);
    const referral = await callOk(c.ctx, 'getReferral', { id: plan.referral.id });
    expect(referral.referral.advice).toBe('2B');
    // The shell the referral needs, not the working notes.
    expect((await syncedContent(c.ctx, inspectionId)).observation).toEqual([]);
    expect((await syncedContent(c.ctx, inspectionId)).rating.length).toBeGreaterThan(0);

    const visited = await callOk(c.ctx, 'saveVisit', { referralId: plan.referral.id, date: '2027-03-19', participants: 'Directie', notes: 'Eerste bezoek van de taskforce.', progress: [] });
    // The visit's records are the plan's too: an attachment (its record; its file follows, tests/integration/central-files.test.ts) and the contact log.
    await callOk(c.ctx, 'addVisitAttachment', { referralId: plan.referral.id, visitId: visited.visits[0].id, fileName: 'nota.txt', mimeType: 'text/plain', base64: Buffer.from('nota').toString('base64') });
    await callOk(c.ctx, 'saveBoardContact', { referralId: plan.referral.id, date: '2027-03-18', people: 'Voorzitter', channel: 'phone', summary: 'Bezoek aangekondigd.', agreements: '' });
    expect((await callOk(c.ctx, 'syncNow', {})).pushRefused).toBe(0);
    await callOk(a.ctx, 'syncNow', {});
    const atA = await callOk(a.ctx, 'getReferral', { id: plan.referral.id });
    expect(atA.visits.map((v: { notes: string }) => v.notes)).toEqual(['Eerste bezoek van de taskforce.']);
    expect(atA.attachments.map((f: { fileName: string }) => f.fileName)).toEqual(['nota.txt']);
    expect(atA.contacts.map((k: { summary: string }) => k.summary)).toEqual(['Bezoek aangekondigd.']);
    const plans = SYNC_TABLES.filter((t) => t.referral === 'plan');
    expect(await syncedContent(c.ctx, inspectionId, plans)).toEqual(await syncedContent(a.ctx, inspectionId, plans));
  });

  it('refuses a revoked laptop, and logs it', async () => {
    if (!run) return;
    const { b } = await team();
    const { revokeDevice } = await import('../../central/accounts');
    await revokeDevice(central!.pool, b.deviceId);
    const refused = await call(b.ctx, 'syncNow', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((refused as { error: { message: string } }).error.message).toMatch(/ingetrokken/);
    const { rows } = await central!.pool.query('SELECT kind, device_id FROM security_events');
    expect(rows).toEqual([{ kind: 'revoked', device_id: b.deviceId }]);
    expect(central!.log.lines.some((l) => l.event === 'revoked_device_refused' && l.deviceId === b.deviceId)).toBe(true);
  });

  it('a one-time code works once, and a laptop with demo data cannot enrol', async () => {
    if (!run) return;
    central = await startCentral();
    const first = await enrolledLaptop(central, opened, { name: 'Dirk', role: 'inspector', teams: ['Brugge'] });
    const { code } = await central.user({ name: 'Eva', role: 'inspector', teams: ['Brugge'] });
    await callOk(first.ctx, 'syncStatus', {});
    const { openTestServices } = await import('../helpers/services');
    const second = await openTestServices({ seedDemo: false, actor: 'Eva' });
    opened.push(second);
    await callOk(second.ctx, 'saveProfile', { profileName: 'Eva', role: 'inspecteur' });
    await callOk(second.ctx, 'enrolDevice', { server: central.url, code });
    const third = await openTestServices({ seedDemo: false, actor: 'Eva' });
    opened.push(third);
    await callOk(third.ctx, 'saveProfile', { profileName: 'Eva', role: 'inspecteur' });
    expect(await call(third.ctx, 'enrolDevice', { server: central.url, code })).toMatchObject({ ok: false, error: { code: 'unauthorized', message: expect.stringMatching(/al gebruikt/) } });
    const demo = await openTestServices({ seedDemo: true, actor: 'Eva' });
    opened.push(demo);
    const again = await central.user({ name: 'Eva', role: 'inspector', teams: ['Brugge'] });
    expect(await call(demo.ctx, 'enrolDevice', { server: central.url, code: again.code })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/demogegevens/) } });
    expect(await call(third.ctx, 'enrolDevice', { server: 'http://127.0.0.1:1', code: again.code })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/niet bereikbaar/) } });
  });
});
