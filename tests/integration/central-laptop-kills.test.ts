import { type ChildProcess, spawn } from 'node:child_process';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { intBetween, seededRandom } from '../../main/domain/random';
import { bundleCli } from '../helpers/cli';
import { requirePostgres, sharedInspection, startCentral, syncedContent, type TestCentral } from '../helpers/central';
import { callOk, openTestServices, REPO_ROOT, steppingClock, type TestServices } from '../helpers/services';

/**
 * The laptop's side of the cuts: `cli sync` as a real child process on the
 * laptop's data folder, SIGKILLed at seeded moments while it pushes and pulls
 * (right after the server answered a push or a pull, or at a random time),
 * ≥ 20 kills of a running sync. Then uncut syncs: both laptops and the centre
 * converge, nothing duplicated, nothing lost. SQLite rolls back what a killed
 * process left open; the laptop records the centre's versions and its cursor
 * only after they are merged, so a repeated sync changes nothing.
 */

let run = false;
let cli = '';
beforeAll(async () => {
  run = await requirePostgres();
  if (run) cli = await bundleCli();
}, 60_000);

const opened: TestServices[] = [];
let central: TestCentral | undefined;
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const s of opened.splice(0)) await s.close();
  await central?.close();
  central = undefined;
});

/** One `cli sync` process on a data folder. */
function startSync(dataDir: string) {
  const child = spawn(process.execPath, [cli, 'sync', '--data-dir', dataDir, '--json'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, ended };
}

const running = (c: ChildProcess) => c.exitCode === null && c.signalCode === null;

describe('the laptop’s sync process killed during push and pull', () => {
  it('converges after ≥ 20 seeded SIGKILLs of `cli sync`, nothing duplicated or lost', async () => {
    if (!run) return;
    // Each answer the server gives, by device: the test kills right after the n-th one.
    const waiting: Array<{ deviceId: string; left: number; fire: (event: string) => void }> = [];
    central = await startCentral({
      schools: 3,
      onLog: (line) => {
        if (line.event !== 'push' && line.event !== 'pull') return;
        for (const w of [...waiting]) if (w.deviceId === line.deviceId && --w.left === 0) w.fire(String(line.event));
      },
    });
    const laptops: Array<TestServices & { deviceId: string }> = [];
    for (const [i, name] of ['Anna', 'Bert'].entries()) {
      const s = await openTestServices({ seedDemo: false, actor: name, now: steppingClock(`2027-03-0${i + 1}T08:00:00.000Z`) });
      opened.push(s);
      await callOk(s.ctx, 'saveProfile', { profileName: name, role: 'inspecteur' });
      const { code } = await central.user({ name, role: 'inspector', teams: ['Gent'] });
      const { deviceId } = await callOk(s.ctx, 'enrolDevice', { server: central.url, code });
      laptops.push(Object.assign(s, { deviceId: deviceId as string }));
    }
    const inspectionId = await sharedInspection(laptops.map((l) => l.ctx));

    const random = seededRandom(1617);
    const made: string[] = [];
    const landed: Record<string, number> = { push: 0, pull: 0, time: 0 };
    let kills = 0;
    for (let round = 0; round < 60 && kills < 20; round += 1) {
      for (const [n, l] of laptops.entries()) {
        for (let k = 0; k < 3; k += 1) {
          const className = `${round}-${n}-${k}`;
          await callOk(l.ctx, 'saveObservation', { inspectionId, className, subject: 'taal', observedAt: '2027-03-02T10:00', scores: { relatie: 'volgens' }, notes: { relatie: `notitie ${className}` }, onTask: k, offTask: 0 });
          made.push(className);
        }
      }
      const victim = laptops[intBetween(random, 0, 1)];
      const other = laptops.find((l) => l !== victim)!;
      const sync = startSync(victim.dataDir);
      let where = 'time';
      const kill = () => {
        if (!running(sync.child)) return;
        sync.child.kill('SIGKILL');
        kills += 1;
        landed[where] += 1;
      };
      let timer: NodeJS.Timeout | undefined;
      if (random() < 0.7) {
        // Right after the n-th answer (a push or a pull page): the laptop is recording or merging it.
        const after = intBetween(random, 0, 15);
        waiting.push({ deviceId: victim.deviceId, left: intBetween(random, 1, 2), fire: (event) => {
          where = event;
          timer = setTimeout(kill, after);
        } });
      } else {
        timer = setTimeout(kill, intBetween(random, 300, 1500));
      }
      // The other laptop syncs meanwhile, in its own process too, uncut.
      const [cut, uncut] = await Promise.all([sync.ended, startSync(other.dataDir).ended]);
      clearTimeout(timer);
      waiting.splice(0);
      expect(uncut.code, uncut.stderr).toBe(0);
      if (cut.signal !== 'SIGKILL') expect(cut.code, cut.stderr).toBe(0);
    }
    expect(kills).toBeGreaterThanOrEqual(20);
    // Kills landed in the push and in the pull, not only before the first request.
    expect(landed.push).toBeGreaterThanOrEqual(3);
    expect(landed.pull).toBeGreaterThanOrEqual(3);

    for (const l of [...laptops, ...laptops]) {
      const done = await startSync(l.dataDir).ended;
      expect(done.code, done.stderr).toBe(0);
    }
    const state = await syncedContent(laptops[0].ctx, inspectionId);
    expect(await syncedContent(laptops[1].ctx, inspectionId)).toEqual(state);
    const classes = state.observation.map((o) => JSON.parse(o).class_name as string).sort();
    expect(classes).toEqual([...made].sort());
    const { rows } = await central.pool.query<{ n: string }>(`SELECT count(*) AS n FROM entries WHERE entity = 'observation'`);
    expect(Number(rows[0].n)).toBe(made.length);
    // And a further sync has nothing left to move.
    for (const l of laptops) expect(JSON.parse((await startSync(l.dataDir).ended).stdout)).toMatchObject({ pushed: 0, pulled: 0, conflicts: 0 });
  }, 300_000);
});
