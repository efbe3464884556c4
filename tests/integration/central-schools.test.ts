import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { importFigures } from '../../central/schools';
import { listAllFigures } from '../../main/db/repositories/schools';
import { generateDemoData } from '../../main/demo/generate';
import type { SchoolYearFigures } from '../../main/domain/school';
import { centralRequest } from '../../main/services/sync/client';
import { readCredential } from '../../main/services/sync/credential';
import type { PullResult } from '../../main/services/sync/protocol';
import { enrolledLaptop, requirePostgres, startCentral, type TestCentral } from '../helpers/central';
import { callOk, makeTempDir, REPO_ROOT, removeTempDir, type TestServices } from '../helpers/services';

/**
 * Flanders' school data and school-year figures come from the centre: the
 * staff import them once (and again to correct), every laptop pulls them on
 * sync — only what changed since its last sync. Bad rows are refused with
 * the row and field, and change nothing.
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

const SCHOOLS = 20;
const demo = generateDemoData();
const figuresOf = (schools: ReadonlyArray<{ instellingsnummer: string }>) => {
  const numbers = new Set(schools.map((s) => s.instellingsnummer));
  return demo.figures.filter((f) => numbers.has(f.instellingsnummer));
};
const sorted = (rows: SchoolYearFigures[]) => [...rows].sort((a, b) => `${a.instellingsnummer}${a.schoolYear}`.localeCompare(`${b.instellingsnummer}${b.schoolYear}`));
const figureRows = async (c: TestCentral) => Number((await c.pool.query<{ n: string }>('SELECT count(*) AS n FROM school_figures')).rows[0].n);

describe('school data and figures from the centre', () => {
  it('are pulled by a laptop on sync, then only what changed; a correction reaches every laptop', async () => {
    if (!run) return;
    central = await startCentral({ schools: SCHOOLS });
    const figures = figuresOf(demo.schools.slice(0, SCHOOLS));
    expect(figures.length).toBeGreaterThanOrEqual(SCHOOLS * 3);
    expect(await importFigures(central.pool, figures as unknown as unknown[])).toBe(figures.length);
    // Importing the same file again changes nothing.
    expect(await importFigures(central.pool, figures as unknown as unknown[])).toBe(0);

    const a = await enrolledLaptop(central, opened, { name: 'Anna', role: 'inspector', teams: ['Gent'] });
    const first = await callOk(a.ctx, 'syncNow', {});
    expect(first).toMatchObject({ schools: SCHOOLS, figures: figures.length });
    expect(sorted(await listAllFigures(a.ctx.db))).toEqual(sorted(figures));
    expect(await callOk(a.ctx, 'syncNow', {})).toMatchObject({ schools: 0, figures: 0 });

    const corrected = { ...figures[0], pupils: figures[0].pupils + 7 };
    expect(await importFigures(central.pool, [corrected])).toBe(1);
    expect(await callOk(a.ctx, 'syncNow', {})).toMatchObject({ figures: 1 });
    const row = (await listAllFigures(a.ctx.db)).find((f) => f.instellingsnummer === corrected.instellingsnummer && f.schoolYear === corrected.schoolYear);
    expect(row?.pupils).toBe(corrected.pupils);
    // A laptop enrolled later gets the corrected figures straight away.
    const b = await enrolledLaptop(central, opened, { name: 'Bert', role: 'inspector', teams: ['Gent'] });
    await callOk(b.ctx, 'syncNow', {});
    expect(sorted(await listAllFigures(b.ctx.db))).toEqual(sorted(await listAllFigures(a.ctx.db)));
    // A laptop of an earlier version sends no figures cursor: it gets no figures, and its pull ends.
    const old = await centralRequest<PullResult>({ server: central.url, credential: readCredential(b.ctx)! }, 'POST', '/pull', { cursor: 0, schoolCursor: 1e15, known: {} });
    expect(old).toMatchObject({ figures: [], more: false });
  });

  it('refuses bad rows with the row and field, and changes nothing', async () => {
    if (!run) return;
    central = await startCentral({ schools: 3 });
    const figures = figuresOf(demo.schools.slice(0, 3));
    const bad = async (rows: unknown[], message: RegExp) => {
      await expect(importFigures(central!.pool, rows, 'cijfers.json')).rejects.toThrow(message);
      expect(await figureRows(central!)).toBe(0);
    };
    await bad([...figures, { ...figures[0], instellingsnummer: '999999' }], new RegExp(`cijfers\\.json\\[${figures.length}\\]\\.instellingsnummer: school 999999 is niet ingelezen`));
    await bad([figures[0], { ...figures[1], pupils: -1 }], /cijfers\.json\[1\]\.pupils/);
    await bad([{ ...figures[0], schoolYear: '2023-2025' }], /cijfers\.json\[0\]\.schoolYear: geen schooljaar/);
    await bad([{ ...figures[0], feelSafePct: 120 }], /cijfers\.json\[0\]\.feelSafePct/);
    await bad([{ ...figures[0], extra: 1 }], /cijfers\.json\[0\]/);
  });

  it('`npm run central -- import-figures` reads a file', async () => {
    if (!run) return;
    central = await startCentral({ schools: 2 });
    dir = makeTempDir();
    const file = join(dir, 'cijfers.json');
    const figures = figuresOf(demo.schools.slice(0, 2));
    writeFileSync(file, JSON.stringify(figures));
    const { stdout } = await promisify(execFile)(join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), ['central/cli.ts', 'import-figures', '--database', central.databaseUrl, '--file', file], { cwd: REPO_ROOT, timeout: 60_000 });
    expect(stdout).toContain(`${figures.length} rijen schooljaarcijfers ingelezen`);
    expect(await figureRows(central)).toBe(figures.length);
  }, 60_000);
});
