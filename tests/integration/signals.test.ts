import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertFigures } from '../../main/db/repositories/schools';
import { FOOTNOTE_1 } from '../../main/demo/footnote';
import { call, callOk, openTestServices, REPO_ROOT, type TestServices } from '../helpers/services';

const run = promisify(execFile);
let services: TestServices;

/** The CLI as a user runs it, on the test's data folder (the database is shared through WAL). */
async function cli(...args: string[]): Promise<string> {
  const { stdout } = await run(join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), ['main/cli/index.ts', ...args, '--data-dir', services.dataDir], {
    cwd: REPO_ROOT,
    timeout: 120_000,
  });
  return stdout;
}

beforeAll(async () => {
  services = await openTestServices({ seedDemo: true });
}, 120_000);

afterAll(async () => {
  await services?.close();
});

describe('overview of Flanders on the demo data set', () => {
  it.each([
    { schoolYear: '2020-2021', i: 0 },
    { schoolYear: '2023-2024', i: 1 },
  ] as const)('getOverview $schoolYear shows the totals of footnote 1, and rates = total / pupils × 100', async ({ schoolYear, i }) => {
    const overview = await callOk(services.ctx, 'getOverview', { schoolYear });
    expect(overview.schoolYear).toBe(schoolYear);
    expect(overview.schoolYears).toEqual(['2019-2020', '2020-2021', '2021-2022', '2022-2023', '2023-2024']);
    for (const level of ['basis', 'secundair'] as const) {
      const row = overview.totals.find((t: any) => t.schoolYear === schoolYear && t.level === level);
      for (const measure of ['preventiveSuspensions', 'temporaryExclusions', 'definitiveExclusions', 'excludedNotReenrolled'] as const) {
        expect(row.totals[measure], `${level} ${measure}`).toBe(FOOTNOTE_1[level][measure][i]);
        expect(row.rates[measure]).toBe(Math.round((row.totals[measure] / row.pupils) * 10_000) / 100);
      }
      expect(row.distribution.preventiveSuspensions.p25).toBeLessThanOrEqual(row.distribution.preventiveSuspensions.median);
    }
    const counts = overview.severityCounts;
    expect(counts.none + counts.attention + counts.severe).toBe(3250);
    expect(overview.strongest.length).toBeGreaterThan(0);
    expect(overview.strongest[0].maxSeverity).toBe('severe');
    expect(overview.strongest[0].signals.every((s: any) => s.severity !== 'none' && s.explanation.length > 20)).toBe(true);
  });

  it('draws the trend per niveau as a chart whose text alternative carries the first and last rates', async () => {
    const overview = await callOk(services.ctx, 'getOverview', {});
    expect(overview.trendCharts.map((c: any) => c.level)).toEqual(['secundair', 'basis']);
    const [secundair] = overview.trendCharts;
    expect(secundair.svg).toMatch(/^<svg[\s\S]*Preventieve schorsingen[\s\S]*<\/svg>$/);
    const rows = overview.totals.filter((t: any) => t.level === 'secundair');
    const comma = (v: number) => String(Math.round(v * 100) / 100).replace('.', ',');
    expect(secundair.alt).toContain(`${rows[0].schoolYear} tot ${rows[rows.length - 1].schoolYear}`);
    expect(secundair.alt).toContain(`preventieve schorsingen van ${comma(rows[0].rates.preventiveSuspensions)} naar ${comma(rows[rows.length - 1].rates.preventiveSuspensions)}`);
  });

  it('an unknown school year is refused with a message naming the field', async () => {
    const result = await call(services.ctx, 'getOverview', { schoolYear: '2030-2031' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', field: 'schoolYear' } });
    const malformed = await call(services.ctx, 'getOverview', { schoolYear: '2023-2025' });
    expect(malformed).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('CLI overview --schooljaar 2023-2024 --json gives the same numbers', async () => {
    const out = JSON.parse(await cli('overview', '--schooljaar', '2023-2024', '--json'));
    const secundair = out.levels.find((l: any) => l.level === 'secundair');
    expect(secundair.totals).toEqual({ preventiveSuspensions: 19536, temporaryExclusions: 13517, definitiveExclusions: 4528, excludedNotReenrolled: 1105 });
    const basis = out.levels.find((l: any) => l.level === 'basis');
    expect(basis.totals).toEqual({ preventiveSuspensions: 807, temporaryExclusions: 369, definitiveExclusions: 110, excludedNotReenrolled: 35 });
  }, 120_000);

  it('CLI overview (text) and signals --school print Dutch tables', async () => {
    const text = await cli('overview', '--schooljaar', '2020-2021');
    expect(text).toContain('Vlaanderen, schooljaar 2020-2021');
    expect(text).toMatch(/Preventieve schorsingen\s+6\.821/);
    expect(text).toMatch(/Preventieve schorsingen\s+157/);
    const { strongest } = await callOk(services.ctx, 'getOverview', {});
    const signals = await cli('signals', '--school', strongest[0].instellingsnummer);
    expect(signals).toContain(strongest[0].name);
    expect(signals).toMatch(/Schooljaar 2023-2024: \d+ signalen \(hoogste: ernstig\)/);
  }, 120_000);
});

describe('signals through the contract', () => {
  it('listSchools carries each school latest-year summary; a write is seen at once (cache per data revision)', async () => {
    const list = await callOk(services.ctx, 'listSchools', { limit: 10_000 });
    expect(list).toHaveLength(3250);
    const ordinary = list.find((s: any) => s.level === 'secundair' && s.form === 'gewoon' && s.signals.maxSeverity === 'none');
    expect(ordinary.signals.schoolYear).toBe('2023-2024');
    const detail = await callOk(services.ctx, 'getSchool', { instellingsnummer: ordinary.instellingsnummer });
    const latest = detail.figures[detail.figures.length - 1];
    await services.ctx.db.transaction((tx) => upsertFigures(tx, [{ ...latest, preventiveSuspensions: latest.pupils }]));
    const after = await callOk(services.ctx, 'listSchools', { search: ordinary.instellingsnummer });
    expect(after[0].signals.severities.preventiveSuspensions).toBe('severe');
    const signals = await callOk(services.ctx, 'getSchoolSignals', { instellingsnummer: ordinary.instellingsnummer });
    const s = signals.years.at(-1).signals.find((x: any) => x.id === 'preventiveSuspensions');
    expect(s).toMatchObject({ value: 100, direction: 'high', severity: 'severe', action: 15 });
    expect(s.explanation).toMatch(/^Preventieve schorsingen per 100 leerlingen: 100, hoger dan \d+(,\d+)?% van de vergelijkbare scholen/);
  });

  it('the school page charts show the school against the peer band, with alt text', async () => {
    const [first] = await callOk(services.ctx, 'listSchools', { limit: 1 });
    const charts = await callOk(services.ctx, 'getSchoolSignalCharts', { instellingsnummer: first.instellingsnummer });
    expect(charts.map((c: any) => c.id)).toEqual(['preventiveSuspensions', 'temporaryExclusions', 'definitiveExclusions']);
    expect(charts[0].svg).toMatch(/^<svg/);
    expect(charts[0].svg).toContain('P25–P75');
    expect(charts[0].alt).toMatch(/vergelijkbare scholen: mediaan [\d,]+, middelste helft van [\d,]+ tot [\d,]+/);
  });

  it('an unknown school is refused', async () => {
    expect(await call(services.ctx, 'getSchoolSignals', { instellingsnummer: '999999' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
