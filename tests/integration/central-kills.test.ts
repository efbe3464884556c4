import { type ChildProcess, spawn } from 'node:child_process';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { intBetween, seededRandom } from '../../main/domain/random';
import type { ServiceContext } from '../../main/services/context';
import { requirePostgres, startCentral, type TestCentral, sharedInspection, syncedContent } from '../helpers/central';
import { call, callOk, openTestServices, REPO_ROOT, steppingClock, type TestServices } from '../helpers/services';

/**
 * The central server as its own process (`npm run central -- serve`), killed
 * with SIGKILL at seeded random moments while laptops push and pull (≥ 20
 * kills), then started again: the laptops converge, nothing is duplicated,
 * nothing is lost. PostgreSQL rolls back whatever a killed server left open.
 */
const PORT = Number(process.env.CENTRAL_KILL_PORT ?? 4668);
let run = false;
beforeAll(async () => {
  run = await requirePostgres();
});
const opened: TestServices[] = [];
let central: TestCentral | undefined;
let server: ChildProcess | undefined;
afterEach(async () => {
  server?.kill('SIGKILL');
  for (const s of opened.splice(0)) await s.close();
  await central?.close();
});

async function startServer(databaseUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'central/cli.ts', 'serve', '--database', databaseUrl, '--port', String(PORT)], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('"listening"') && resolve());
    child.once('exit', (code) => reject(new Error(`central exited ${code}`)));
  });
  return child;
}


describe('the central server killed during syncs', () => {
  it('converges after 20 seeded SIGKILLs of the server process', async () => {
    if (!run) return;
    central = await startCentral({ schools: 3 });
    server = await startServer(central.databaseUrl);
    const url = `http://127.0.0.1:${PORT}`;
    const laptops: ServiceContext[] = [];
    for (const [i, name] of ['Anna', 'Bert'].entries()) {
      const s = await openTestServices({ seedDemo: false, actor: name, now: steppingClock(`2027-03-0${i + 1}T08:00:00.000Z`) });
      opened.push(s);
      await callOk(s.ctx, 'saveProfile', { profileName: name, role: 'inspecteur' });
      const { code } = await central.user({ name, role: 'inspector', teams: ['Gent'] });
      await callOk(s.ctx, 'enrolDevice', { server: url, code });
      laptops.push(s.ctx);
    }
    const [a, b] = laptops;
    const inspectionId = await sharedInspection([a, b]);

    const random = seededRandom(1616);
    const made: string[] = [];
    let kills = 0;
    let failed = 0;
    for (let round = 0; round < 20; round += 1) {
      for (const [n, who] of laptops.entries()) {
        const className = `${round}-${n}`;
        await callOk(who, 'saveObservation', { inspectionId, className, subject: 'taal', observedAt: '2027-03-02T10:00', scores: { relatie: 'volgens' }, notes: {}, onTask: 1, offTask: 0 });
        made.push(className);
      }
      const victim = server;
      const timer = setTimeout(() => {
        victim.kill('SIGKILL');
        kills += 1;
      }, intBetween(random, 0, 60));
      const results = await Promise.all(laptops.map((who) => call(who, 'syncNow', {})));
      failed += results.filter((r) => !r.ok).length;
      clearTimeout(timer);
      if (victim.exitCode === null && victim.signalCode === null && kills <= round) {
        victim.kill('SIGKILL');
        kills += 1;
      }
      await new Promise((resolve) => (victim.exitCode !== null || victim.signalCode !== null ? resolve(null) : victim.once('exit', resolve)));
      server = await startServer(central.databaseUrl);
    }
    expect(kills).toBeGreaterThanOrEqual(20);
    // Most kills land in the middle of a sync (the laptop sees it fail and repeats it later).
    expect(failed).toBeGreaterThanOrEqual(10);

    for (const who of [a, b, a, b]) await callOk(who, 'syncNow', {});
    const state = await syncedContent(a, inspectionId);
    expect(await syncedContent(b, inspectionId)).toEqual(state);
    expect(state.observation.map((o) => JSON.parse(o).class_name).sort()).toEqual([...made].sort());
    const { rows } = await central.pool.query<{ n: string }>(`SELECT count(*) AS n FROM entries WHERE entity = 'observation'`);
    expect(Number(rows[0].n)).toBe(made.length);
  }, 240_000);
});
