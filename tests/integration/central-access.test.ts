import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCredential } from '../../main/services/sync/credential';
import { centralRequest } from '../../main/services/sync/client';
import type { PullResult, PushRequest } from '../../main/services/sync/protocol';
import { enrolledLaptop, requirePostgres, startCentral, type TestCentral } from '../helpers/central';
import { ratedInspection } from '../helpers/inspection-builder';
import { callOk, steppingClock, type TestServices } from '../helpers/services';

/**
 * Access on the server, for every row: whoever is not entitled reads nothing.
 * Counted as rows in the answer of the real API, from a fresh cursor (as a new
 * laptop or an attacker with a valid credential would ask).
 */

let run = false;
const opened: TestServices[] = [];
let central: TestCentral;
let inspectionId = '';
let referralSchool = '';
const credentialOf = async (s: TestServices) => readCredential(s.ctx)!;

async function pullAll(credential: string) {
  let rows = 0;
  let cursor = 0;
  let known: Record<string, number> = {};
  for (let page = 0; page < 50; page += 1) {
    const result = await centralRequest<PullResult>({ server: central.url, credential }, 'POST', '/pull', { cursor, schoolCursor: 1e15, known });
    rows += result.payloads.reduce((n, p) => n + p.entries.length, 0);
    known = { ...known, ...Object.fromEntries(result.delivered.map((id) => [id, result.asOf])) };
    cursor = result.cursor;
    if (!result.more) break;
  }
  return rows;
}

beforeAll(async () => {
  run = await requirePostgres();
  if (!run) return;
  central = await startCentral();
  const a = await enrolledLaptop(central, opened, { name: 'Anna Lead', role: 'lead', teams: ['Gent'], profileRole: 'hoofdinspecteur' }, steppingClock('2027-03-01T08:00:00.000Z'));
  await callOk(a.ctx, 'syncNow', {});
  const schools = await callOk<Array<{ instellingsnummer: string; level: string; form: string }>>(a.ctx, 'listSchools', {});
  const school = schools.find((s) => s.level === 'secundair' && s.form === 'gewoon') ?? schools[0];
  referralSchool = school.instellingsnummer;
  inspectionId = await ratedInspection(a.ctx, { instellingsnummer: school.instellingsnummer, ratings: [{ indicatorId: 'km.1', level: 'beneden', text: 'Lessen starten laat.' }] });
  await callOk(a.ctx, 'saveObservation', { inspectionId, className: '3A', subject: 'wiskunde', observedAt: '2027-03-02T09:10', scores: { relatie: 'volgens' }, notes: { relatie: 'werknotitie' }, onTask: 20, offTask: 2 });
  await callOk(a.ctx, 'decideAdvice', { inspectionId, chosen: '2B', motivation: 'Ernstige tekorten; opnieuw inspecteren na begeleiding.', guidanceObliged: true, reportDate: '2027-03-12' });
  await callOk(a.ctx, 'openReferral', { inspectionId });
  await callOk(a.ctx, 'syncNow', {});
  opened.push(a);
}, 60_000);

afterAll(async () => {
  for (const s of opened.splice(0)) await s.close();
  await central?.close();
});

describe('rows an outsider can read: zero', () => {
  it('the own team reads the whole inspection (the counting works)', async () => {
    if (!run) return;
    const colleague = await enrolledLaptop(central, opened, { name: 'Bert', role: 'inspector', teams: ['Gent'] });
    const { rows } = await central.pool.query<{ n: string }>('SELECT count(*) AS n FROM entries');
    expect(Number(rows[0].n)).toBeGreaterThan(10);
    expect(await pullAll(await credentialOf(colleague))).toBe(Number(rows[0].n));
  });

  it('an inspector of another team, a task-force member of another school, staff and an administrator', async () => {
    if (!run) return;
    const outsiders = [
      await enrolledLaptop(central, opened, { name: 'Dirk', role: 'inspector', teams: ['Brugge'] }),
      await enrolledLaptop(central, opened, { name: 'Lien', role: 'lead', teams: ['Brugge'] }),
      await enrolledLaptop(central, opened, { name: 'Erik', role: 'taskforce', schools: ['999999'] }),
      await enrolledLaptop(central, opened, { name: 'Fien', role: 'staff' }),
      await enrolledLaptop(central, opened, { name: 'Gert', role: 'admin' }),
    ];
    for (const outsider of outsiders) expect(await pullAll(await credentialOf(outsider))).toBe(0);
  });

  it('a task-force member of the school reads the plan and the shell, never the working notes', async () => {
    if (!run) return;
    const c = await enrolledLaptop(central, opened, { name: 'Chris', role: 'taskforce', schools: [referralSchool] });
    const credential = await credentialOf(c);
    const page = await centralRequest<PullResult>({ server: central.url, credential }, 'POST', '/pull', { cursor: 0, schoolCursor: 1e15, known: {} });
    const entities = new Set(page.payloads.flatMap((p) => p.entries.map((e) => e.entity)));
    expect(entities.has('referral')).toBe(true);
    for (const notes of ['observation', 'evidence', 'disciplinary_file', 'survey_tally', 'attachment']) expect(entities.has(notes)).toBe(false);
  });

  it('a forged credential, a missing one and a revoked device read nothing; a replayed push changes nothing', async () => {
    if (!run) return;
    const b = await enrolledLaptop(central, opened, { name: 'Bram', role: 'inspector', teams: ['Gent'] });
    const real = await credentialOf(b);
    const forged = `${b.deviceId}.${'A'.repeat(43)}`;
    for (const credential of [forged, '', 'not-a-token', `${crypto.randomUUID()}.${real.split('.')[1]}`]) {
      await expect(centralRequest({ server: central.url, credential }, 'POST', '/pull', { cursor: 0, schoolCursor: 0, known: {} })).rejects.toMatchObject({ code: 'unauthorized' });
    }
    // A push captured on the wire and sent again: the join of a state with itself is the state.
    const before = (await central.pool.query<{ s: string; n: string }>('SELECT max(seq) AS s, count(*) AS n FROM entries')).rows[0];
    const page = await centralRequest<PullResult>({ server: central.url, credential: real }, 'POST', '/pull', { cursor: 0, schoolCursor: 1e15, known: {} });
    const replay: PushRequest = { frameworks: page.frameworks, payloads: page.payloads };
    for (let i = 0; i < 2; i += 1) {
      expect(await centralRequest({ server: central.url, credential: real }, 'POST', '/push', replay)).toMatchObject({ accepted: 0, conflicts: 0, refused: 0 });
    }
    expect((await central.pool.query<{ s: string; n: string }>('SELECT max(seq) AS s, count(*) AS n FROM entries')).rows[0]).toEqual(before);
    const { revokeDevice } = await import('../../central/accounts');
    await revokeDevice(central.pool, b.deviceId);
    await expect(pullAll(real)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('an outsider cannot write into an inspection of another team', async () => {
    if (!run) return;
    const a = await enrolledLaptop(central, opened, { name: 'Ann', role: 'inspector', teams: ['Gent'] });
    const d = await enrolledLaptop(central, opened, { name: 'Daan', role: 'inspector', teams: ['Brugge'] });
    const page = await centralRequest<PullResult>({ server: central.url, credential: await credentialOf(a) }, 'POST', '/pull', { cursor: 0, schoolCursor: 1e15, known: {} });
    const payload = structuredClone(page.payloads.find((p) => p.inspectionId === inspectionId)!);
    const rating = payload.entries.find((e) => e.entity === 'rating')!;
    rating.heads = [{ rev: 'f'.repeat(32), history: rating.heads.map((h) => h.rev), record: { ...rating.heads[0].record, motivation: 'overschreven door een ander team' } }];
    const before = (await central.pool.query<{ s: string }>('SELECT max(seq) AS s FROM entries')).rows[0].s;
    const result = await centralRequest<{ refused: number; accepted: number }>({ server: central.url, credential: await credentialOf(d) }, 'POST', '/push', { frameworks: page.frameworks, payloads: [payload] });
    expect(result.accepted).toBe(0);
    expect(result.refused).toBeGreaterThan(0);
    expect((await central.pool.query<{ s: string }>('SELECT max(seq) AS s FROM entries')).rows[0].s).toBe(before);
    expect(central.log.lines.some((l) => l.event === 'push_refused' && l.reason === 'inspection of another team')).toBe(true);
  });

  it('staff see the Flanders-wide outcomes of every synced inspection; an inspector does not get the monitoring', async () => {
    if (!run) return;
    const staff = await enrolledLaptop(central, opened, { name: 'Sara', role: 'staff' });
    const monitoring = await centralRequest<{ inspections: number; byAdvice: Record<string, number>; indicators: { referrals: number } }>({ server: central.url, credential: await credentialOf(staff) }, 'GET', '/monitoring');
    expect(monitoring).toMatchObject({ inspections: 1, byAdvice: { '2B': 1 }, indicators: { referrals: 1, referredShare: 1 } });
    expect(JSON.stringify(monitoring)).not.toContain('werknotitie');
    const inspector = await enrolledLaptop(central, opened, { name: 'Ivo', role: 'inspector', teams: ['Gent'] });
    await expect(centralRequest({ server: central.url, credential: await credentialOf(inspector) }, 'GET', '/monitoring')).rejects.toMatchObject({ code: 'forbidden' });
  });
  // Last: it adds an inspection of another team (the monitoring above counts exactly one).
  it('a referral id borrowed into another inspection stays invisible to the task force', async () => {
    if (!run) return;
    const a = await enrolledLaptop(central, opened, { name: 'Aline', role: 'inspector', teams: ['Gent'] });
    const d = await enrolledLaptop(central, opened, { name: 'Dries', role: 'inspector', teams: ['Brugge'] });
    const page = await centralRequest<PullResult>({ server: central.url, credential: await credentialOf(a) }, 'POST', '/pull', { cursor: 0, schoolCursor: 1e15, known: {} });
    const original = page.payloads.find((p) => p.inspectionId === inspectionId)!;
    const spoofId = 'spoof-inspection';
    const own = original.entries.find((e) => e.entity === 'inspection')!;
    const referral = original.entries.find((e) => e.entity === 'referral')!;
    const spoof = {
      ...structuredClone(original),
      inspectionId: spoofId,
      entries: [
        { entity: 'inspection', id: JSON.stringify([spoofId]), heads: own.heads.map((h) => ({ ...h, record: { ...h.record, id: spoofId } })) },
        { entity: 'referral', id: referral.id, heads: referral.heads.map((h) => ({ ...h, rev: 'e'.repeat(32), record: { ...h.record, inspection_id: spoofId, closing_motivation: 'vervalst' } })) },
      ],
    };
    await centralRequest({ server: central.url, credential: await credentialOf(d) }, 'POST', '/push', { frameworks: page.frameworks, payloads: [spoof] });
    const c = await enrolledLaptop(central, opened, { name: 'Cas', role: 'taskforce', schools: [referralSchool] });
    const seen = await centralRequest<PullResult>({ server: central.url, credential: await credentialOf(c) }, 'POST', '/pull', { cursor: 0, schoolCursor: 1e15, known: {} });
    expect(seen.payloads.map((p) => p.inspectionId)).toEqual([inspectionId]);
    expect(JSON.stringify(seen)).not.toContain('vervalst');
  });
});
