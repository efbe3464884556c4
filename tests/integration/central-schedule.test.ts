import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { putSetting } from '../../main/db/repositories/settings';
import { startSyncSchedule } from '../../main/services/sync/sync';
import { enrolledLaptop, requirePostgres, startCentral, type TestCentral } from '../helpers/central';
import { ratedInspection } from '../helpers/inspection-builder';
import { call, callOk, openTestServices, type TestServices } from '../helpers/services';

/**
 * Automatic sync runs in the main process (the services' schedule, used by
 * Electron main and browser mode), not in a page; syncStatus tells the page
 * its state. Only one sync of a record runs at a time, however started.
 */

let run = false;
beforeAll(async () => {
  run = await requirePostgres();
});
const opened: TestServices[] = [];
const stops: Array<() => void> = [];
let central: TestCentral | undefined;
afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  for (const s of opened.splice(0)) await s.close();
  await central?.close();
  central = undefined;
});

/** Polls until `check` holds (at most `ms`): the schedule runs on its own clock. */
async function until(check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const centralHas = async (inspectionId: string) => Boolean((await central!.pool.query('SELECT 1 FROM inspections WHERE id = $1', [inspectionId])).rowCount);

describe('automatic sync in the main process', () => {
  it('syncs an enrolled record on its schedule, says so in syncStatus, and stops when told', async () => {
    if (!run) return;
    central = await startCentral();
    const a = await enrolledLaptop(central, opened, { name: 'Anna', role: 'inspector', teams: ['Gent'] });
    await callOk(a.ctx, 'syncNow', {});
    const school = (await callOk<Array<{ instellingsnummer: string }>>(a.ctx, 'listSchools', {}))[0].instellingsnummer;
    const inspectionId = await ratedInspection(a.ctx, { instellingsnummer: school, ratings: [{ indicatorId: 'km.1', level: 'volgens' }] });
    expect((await callOk(a.ctx, 'syncStatus', {})).auto).toMatchObject({ on: false });

    const errors: string[] = [];
    const stop = startSyncSchedule(a.ctx, { intervalMs: 200, log: (m) => errors.push(m) });
    stops.push(stop);
    const status = await callOk(a.ctx, 'syncStatus', {});
    expect(status.auto).toMatchObject({ on: true, intervalMinutes: 200 / 60_000 });
    expect(Date.parse(status.auto.nextAt)).toBeGreaterThan(Date.now() - 1000);
    // Nobody pressed anything: the schedule brought the inspection to the centre.
    await until(() => centralHas(inspectionId));
    await until(async () => (await callOk(a.ctx, 'syncStatus', {})).pending === 0);
    expect(errors).toEqual([]);

    stop();
    expect((await callOk(a.ctx, 'syncStatus', {})).auto.on).toBe(false);
    await callOk(a.ctx, 'saveObservation', { inspectionId, className: '4B', subject: 'taal', observedAt: '2027-03-02T10:00', scores: { relatie: 'volgens' }, notes: {}, onTask: 1, offTask: 0 });
    await new Promise((r) => setTimeout(r, 800));
    const { rows } = await central.pool.query(`SELECT 1 FROM entries WHERE entity = 'observation'`);
    expect(rows).toEqual([]);
  });

  it('does nothing for a record that is not enrolled, and keeps trying an unreachable server without calling it an error', async () => {
    if (!run) return;
    const fresh = await openTestServices({ seedDemo: false, actor: 'Bert' });
    opened.push(fresh);
    const errors: string[] = [];
    stops.push(startSyncSchedule(fresh.ctx, { intervalMs: 100, log: (m) => errors.push(m) }));
    await new Promise((r) => setTimeout(r, 400));
    expect(await callOk(fresh.ctx, 'syncStatus', {})).toMatchObject({ enrolled: false, lastSync: null, lastError: null });

    central = await startCentral();
    const c = await enrolledLaptop(central, opened, { name: 'Chris', role: 'inspector', teams: ['Gent'] });
    await c.ctx.db.transaction((tx) => putSetting(tx, 'central.server', 'http://127.0.0.1:1', new Date().toISOString()));
    stops.push(startSyncSchedule(c.ctx, { intervalMs: 100, log: (m) => errors.push(m) }));
    await until(async () => (await callOk(c.ctx, 'syncStatus', {})).lastErrorKind === 'unreachable');
    expect(errors).toEqual([]);
  });

  it('runs one sync of a record at a time: a click during a sync waits for it instead of pushing the same again', async () => {
    if (!run) return;
    central = await startCentral();
    const a = await enrolledLaptop(central, opened, { name: 'Anna', role: 'inspector', teams: ['Gent'] });
    await callOk(a.ctx, 'syncNow', {});
    const school = (await callOk<Array<{ instellingsnummer: string }>>(a.ctx, 'listSchools', {}))[0].instellingsnummer;
    await ratedInspection(a.ctx, { instellingsnummer: school, ratings: [{ indicatorId: 'km.1', level: 'volgens' }] });
    const pushesBefore = central.log.lines.filter((l) => l.event === 'push').length;
    const first = call(a.ctx, 'syncNow', {});
    expect((await callOk(a.ctx, 'syncStatus', {})).auto.running).toBe(true);
    const second = call(a.ctx, 'syncNow', {});
    const [one, two] = await Promise.all([first, second]);
    expect(one).toMatchObject({ ok: true, value: { pushed: expect.any(Number) } });
    expect((one as { value: { pushed: number } }).value.pushed).toBeGreaterThan(0);
    // The second found nothing left to send: it ran after the first, not beside it.
    expect(two).toMatchObject({ ok: true, value: { pushed: 0 } });
    expect(central.log.lines.filter((l) => l.event === 'push').length - pushesBefore).toBe(1);
    expect((await callOk(a.ctx, 'syncStatus', {})).auto.running).toBe(false);
  });
});
