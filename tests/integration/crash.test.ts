import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../main/domain/random';
import { seedDemo } from '../../main/services/demo';
import { CRASH_IMPORT } from '../helpers/crash-child';
import { callOk, makeTempDir, openTestServices, REPO_ROOT, RESOURCES_DIR, removeTempDir } from '../helpers/services';

/**
 * Kills the services with SIGKILL at random moments (fixed seed) during an
 * import and during a burst of rating edits, then reopens the record and
 * checks: the file is sound, the import is all there or not at all, and
 * every edit acknowledged before the kill survived.
 */
const KILLS_PER_SCENARIO = 10;
const random = seededRandom(20261128);
const bundleDir = join(REPO_ROOT, '.tmp', `crash-${process.pid}`);
const childFile = join(bundleDir, 'child.mjs');
const templateDir = join(bundleDir, 'template');
const temps: string[] = [];
export const crashFigures = { kills: 0, killedBeforeAck: 0, importWhole: 0, importAbsent: 0, editsAcked: 0, failures: 0 };

beforeAll(async () => {
  // Bundled once so that each restart costs a Node start, not a TypeScript transform.
  mkdirSync(bundleDir, { recursive: true });
  // An empty, migrated record to copy: each import run then starts without migrating.
  const template = await openTestServices({ dataDir: templateDir });
  await template.close({ keepDir: true });
  await build({ entryPoints: [join(REPO_ROOT, 'tests', 'helpers', 'crash-child.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: childFile, logLevel: 'warning' });
});
afterAll(() => {
  rmSync(bundleDir, { recursive: true, force: true });
  for (const dir of temps) removeTempDir(dir);
  console.log(`[crash] ${JSON.stringify(crashFigures)}`);
});

interface Run {
  child: ChildProcess;
  lines: string[];
  ready: Promise<void>;
  exited: Promise<number | null>;
  acked: (predicate: (line: string) => boolean) => Promise<void>;
}

/** A fresh data dir holding an empty, migrated record. */
function freshDataDir(): string {
  const dir = makeTempDir();
  temps.push(dir);
  copyFileSync(join(templateDir, 'doorlicht.sqlite'), join(dir, 'doorlicht.sqlite'));
  return dir;
}

function startChild(args: string[]): Run {
  const child = spawn(process.execPath, [childFile, ...args], { cwd: REPO_ROOT, env: { ...process.env, DOORLICHT_RESOURCES: RESOURCES_DIR }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiters: { predicate: (line: string) => boolean; resolve: () => void }[] = [];
  let buffer = '';
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const w of waiters.filter((x) => x.predicate(line))) w.resolve();
    }
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const acked = (predicate: (line: string) => boolean) =>
    new Promise<void>((resolve, reject) => {
      if (lines.some(predicate)) return resolve();
      waiters.push({ predicate, resolve });
      void exited.then((code) => reject(new Error(`child exited (${code}) before the expected line: ${stderr}`)));
    });
  return { child, lines, ready: acked((l) => l === 'ready'), exited, acked };
}

async function kill(run: Run): Promise<void> {
  run.child.kill('SIGKILL');
  await run.exited;
  crashFigures.kills++;
}

async function integrity(dataDir: string) {
  const services = await openTestServices({ dataDir });
  const rows = await services.ctx.db.all<{ integrity_check: string }>('PRAGMA integrity_check');
  return { services, integrity: rows.map((r) => r.integrity_check).join('; ') };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('crash safety (SIGKILL at random moments)', () => {
  it('an import is wholly there or wholly absent after a kill', async () => {
    // One undisturbed run gives the import's duration, so kills land during it.
    const calibrationDir = freshDataDir();
    const calibration = startChild([calibrationDir, 'import']);
    await calibration.ready;
    const started = performance.now();
    await calibration.acked((l) => l.startsWith('acked import'));
    const duration = performance.now() - started;
    await calibration.exited;
    const [, , schools, figures] = calibration.lines.find((l) => l.startsWith('acked import'))!.split(' ').map(Number).map((n, i) => (i < 2 ? 0 : n));

    for (let i = 0; i < KILLS_PER_SCENARIO; i++) {
      const dataDir = freshDataDir();
      const run = startChild([dataDir, 'import']);
      await run.ready;
      await sleep(random() * duration * 0.9);
      await kill(run);
      const wasAcked = run.lines.some((l) => l.startsWith('acked import'));
      if (!wasAcked) crashFigures.killedBeforeAck++;
      const { services, integrity: check } = await integrity(dataDir);
      const counts = {
        schools: (await services.ctx.db.get<{ n: number }>('SELECT count(*) AS n FROM schools'))!.n,
        figures: (await services.ctx.db.get<{ n: number }>('SELECT count(*) AS n FROM school_year_figures'))!.n,
      };
      await services.close({ keepDir: true });
      const whole = counts.schools === schools && counts.figures === figures;
      const absent = counts.schools === 0 && counts.figures === 0;
      if (whole) crashFigures.importWhole++;
      if (absent) crashFigures.importAbsent++;
      if (check !== 'ok' || !(whole || absent) || (wasAcked && !whole)) crashFigures.failures++;
      expect(check).toBe('ok');
      expect(whole || absent, `partial import after kill ${i}: ${JSON.stringify(counts)}`).toBe(true);
      if (wasAcked) expect(whole).toBe(true);
    }
  }, 120_000);

  it('every acknowledged rating edit survives a kill', async () => {
    const dataDir = makeTempDir();
    temps.push(dataDir);
    const setup = await openTestServices({ dataDir });
    await seedDemo(setup.ctx, { ...CRASH_IMPORT, perGroup: { 'basis-gewoon': 3, 'basis-buitengewoon': 0, 'secundair-gewoon': 0, 'secundair-buitengewoon': 0 } });
    const [school] = await callOk(setup.ctx, 'listSchools', { limit: 1 });
    const inspection = await callOk(setup.ctx, 'createInspection', { instellingsnummer: school.instellingsnummer, type: 'full' });
    await setup.close({ keepDir: true });

    for (let i = 0; i < KILLS_PER_SCENARIO; i++) {
      const run = startChild([dataDir, 'ratings', inspection.id, String(i)]);
      await run.ready;
      // Let a few edits through, then kill somewhere in the middle of the burst.
      await run.acked((l) => l.startsWith('acked 0 '));
      await sleep(random() * 120);
      await kill(run);
      const acked = new Map<string, number>();
      for (const line of run.lines.filter((l) => l.startsWith('acked '))) {
        const [, n, indicatorId] = line.split(' ');
        acked.set(indicatorId, Number(n));
      }
      crashFigures.killedBeforeAck++; // the burst never ends on its own: every kill interrupts it
      const { services, integrity: check } = await integrity(dataDir);
      const saved = await callOk(services.ctx, 'getInspection', { id: inspection.id });
      await services.close({ keepDir: true });
      const byIndicator = new Map<string, string>(saved.ratings.map((r: { indicatorId: string; motivation: string }) => [r.indicatorId, r.motivation]));
      const lost = [...acked].filter(([indicatorId, n]) => {
        const match = /^run (\d+) edit (\d+)$/.exec(byIndicator.get(indicatorId) ?? '');
        return !match || Number(match[1]) !== i || Number(match[2]) < n;
      });
      crashFigures.editsAcked += run.lines.filter((l) => l.startsWith('acked ')).length;
      if (check !== 'ok' || lost.length > 0) crashFigures.failures++;
      expect(check).toBe('ok');
      expect(acked.size).toBeGreaterThan(0);
      expect(lost, `acknowledged edits lost after kill ${i}`).toEqual([]);
    }
  }, 120_000);
});
