import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertFigures, upsertSchools } from '../../main/db/repositories/schools';
import type { School, SchoolYearFigures } from '../../main/domain/school';
import type { getOverview } from '../../main/services/overview';
import type { overviewDrill } from '../../main/services/overview-drill';
import { ratedInspection } from '../helpers/inspection-builder';
import { call, callOk, openTestServices, type TestServices } from '../helpers/services';

type Overview = Awaited<ReturnType<typeof getOverview>>;
type Drilled = Awaited<ReturnType<typeof overviewDrill>>;

/**
 * Overzicht's filter, drill-down and export through the contract, on four
 * schools whose figures are small enough to add up by hand.
 */
const INJECTION = '=HYPERLINK("http://example.com","klik")';
const SCHOOLS: School[] = [
  { instellingsnummer: '000001', name: INJECTION, level: 'basis', form: 'gewoon', network: 'GO!', board: 'b', street: 's', postcode: '9000', municipality: 'Gent', lop: 'LOP Gent' },
  { instellingsnummer: '000002', name: 'Atheneum Gent', level: 'secundair', form: 'gewoon', network: 'Katholiek', board: 'b', street: 's', postcode: '9000', municipality: 'Gent', lop: 'LOP Gent' },
  { instellingsnummer: '000003', name: 'Lyceum Antwerpen', level: 'secundair', form: 'gewoon', network: 'GO!', board: 'b', street: 's', postcode: '2000', municipality: 'Antwerpen', lop: 'LOP Antwerpen' },
  { instellingsnummer: '000004', name: 'Basisschool Hasselt', level: 'basis', form: 'gewoon', network: 'Katholiek', board: 'b', street: 's', postcode: '3500', municipality: 'Hasselt', lop: 'LOP Hasselt' },
];
const empty = { definitiveExclusionsAfterFeb1: 0, excludedNotReenrolled: 0, problematicAbsence30: 0, aboveZThreshold: 0, clbReferredZ: 0, schoolChanges: 0, bCertificates: 0, bCertificatesStrict: 0, earlyLeaversPct: 5, teacherTurnoverPct: 0, feelSafePct: null };
const fig = (n: string, pupils: number, preventiveSuspensions: number, temporaryExclusions: number): SchoolYearFigures => ({
  instellingsnummer: n, schoolYear: '2023-2024', pupils, preventiveSuspensions, temporaryExclusions, definitiveExclusions: 0, ...empty,
});

let services: TestServices;
beforeAll(async () => {
  services = await openTestServices({ now: () => new Date('2026-12-02T10:00:00.000Z') });
  await services.ctx.db.transaction(async (tx) => {
    await upsertSchools(tx, SCHOOLS);
    await upsertFigures(tx, [fig('000001', 200, 2, 1), fig('000002', 400, 8, 4), fig('000003', 600, 3, 6), fig('000004', 100, 0, 0)]);
  });
});
afterAll(() => services.close());

describe('Overzicht filtered, drilled down and exported', () => {
  it('counts only the schools the filter keeps, and offers only choices that leave schools', async () => {
    const all = await callOk<Overview>(services.ctx, 'getOverview', {});
    expect(all.totals.find((t) => t.level === 'secundair')!.pupils).toBe(1000);
    const go = await callOk<Overview>(services.ctx, 'getOverview', { filter: { network: 'GO!' } });
    expect(go.totals.map((t) => [t.level, t.pupils])).toEqual([['basis', 200], ['secundair', 600]]);
    expect(go.filterOptions.lop).toEqual(['LOP Antwerpen', 'LOP Gent']);
    expect(go.filterOptions.network).toEqual(['GO!', 'Katholiek']);
    const antwerp = await callOk<Overview>(services.ctx, 'getOverview', { filter: { province: 'antwerpen' } });
    expect(antwerp.totals.map((t) => t.pupils)).toEqual([600]);
    expect(antwerp.filterOptions.province).toEqual(['antwerpen', 'limburg', 'oost-vlaanderen']);
  });

  it('every figure leads to the schools behind it, and they add up to the figure', async () => {
    const overview = await callOk<Overview>(services.ctx, 'getOverview', { filter: { level: 'secundair' } });
    const trend = overview.tables.find((t) => t.id === 'trend-secundair')!;
    const [yearCell, countCell, rateCell] = trend.rows[0];
    expect(yearCell.value).toBe('2023-2024');
    // 8 + 3 preventive suspensions over 1000 pupils.
    expect([countCell.value, rateCell.value]).toEqual([11, 1.1]);
    const { table } = await callOk<Drilled>(services.ctx, 'getOverviewDrill', { drill: countCell.drill!, filter: { level: 'secundair' } });
    expect(table.rows.map((r) => r[0].value)).toEqual(['Atheneum Gent', 'Lyceum Antwerpen']);
    expect(table.rows.map((r) => r[0].school)).toEqual(['000002', '000003']);
    expect(table.rows.reduce((s, r) => s + (r[4].value as number), 0)).toBe(11);
    // The chart's points carry the same keys as the table's cells.
    const chart = overview.trendCharts.find((c) => c.level === 'secundair')!;
    expect(chart.points.map((p) => p.drill)).toContain(countCell.drill);
    expect(chart.points.every((p) => p.x > 0 && p.x < chart.width && p.y > 0 && p.y < chart.height)).toBe(true);
    // Severity cards: the schools behind each count are as many as the count.
    for (const [severity, key] of Object.entries(overview.severityDrills)) {
      const drilled = await callOk<Drilled>(services.ctx, 'getOverviewDrill', { drill: key!, filter: { level: 'secundair' } });
      expect(drilled.table.rows.length, severity).toBe(overview.severityCounts[severity as 'none']);
    }
    // A filter narrows the drill-down too.
    const narrowed = await callOk<Drilled>(services.ctx, 'getOverviewDrill', { drill: countCell.drill!, filter: { level: 'secundair', network: 'GO!' } });
    expect(narrowed.table.rows.map((r) => r[1].value)).toEqual(['000003']);
    // Indicator 2 per school is the indicator's own rule on that school's figures.
    const evaluation = await callOk<Drilled>(services.ctx, 'getOverviewDrill', { drill: 'evaluation.disciplinary_measures.2023-2024', filter: { level: 'secundair' } });
    expect(evaluation.table.rows.map((r) => [r[1].value, r[3].value])).toEqual([['000002', 3], ['000003', 1.5]]);
  });

  it('refuses a key it did not make', async () => {
    const result = await call(services.ctx, 'getOverviewDrill', { drill: 'severity.worst.2023-2024' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid_input');
  });

  it('exports a table to CSV and XLSX, named after table, filter and day, with a formula neutralised', async () => {
    const drill = 'level.basis.2023-2024';
    const csv = await callOk(services.ctx, 'exportOverviewTable', { table: drill, format: 'csv', filter: { network: 'GO!' } });
    expect(csv.fileName).toBe('basisonderwijs-in-2023-2024-de-scholen_GO_2026-12-02.csv');
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(['School', 'Instellingsnummer', 'Gemeente', 'Leerlingen']);
    expect(parsed[1]).toEqual([`'${INJECTION}`, '000001', 'Gent', '200']);

    const xlsx = await callOk(services.ctx, 'exportOverviewTable', { table: drill, format: 'xlsx', lang: 'en' });
    expect(xlsx.fileName).toBe('primary-education-in-2023-2024-the-schools_2026-12-02.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.base64, 'base64') as never);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, 'School', 'School number', 'Municipality', 'Pupils']);
    const names = [2, 3].map((r) => sheet.getRow(r).getCell(1).value);
    expect(names).toEqual([`'${INJECTION}`, 'Basisschool Hasselt']);
    expect(sheet.getRow(2).getCell(1).formula).toBeUndefined();
    expect(sheet.getRow(2).getCell(4).value).toBe(200);

    const page = await callOk(services.ctx, 'exportOverviewTable', { table: 'severity', format: 'xlsx', filter: { province: 'oost-vlaanderen' } });
    expect(page.fileName).toBe('scholen-per-signaal-in-2023-2024_Oost-Vlaanderen_2026-12-02.xlsx');
    const missing = await call(services.ctx, 'exportOverviewTable', { table: 'nothing', format: 'csv' });
    expect(missing.ok).toBe(false);
  });

  it('the outcomes of final inspections follow the filter, and each count leads to its inspections’ schools', async () => {
    const ctx = services.ctx;
    const inspectionId = await ratedInspection(ctx, { instellingsnummer: '000002', startDate: '2026-10-01', ratings: [{ indicatorId: 'km.1', level: 'volgens' }] });
    await callOk(ctx, 'decideAdvice', { inspectionId, chosen: '1', motivation: '', guidanceObliged: false, reportDate: '2026-11-20' });
    await callOk(ctx, 'finalizeInspection', { inspectionId, acknowledgeWarnings: true });
    const outcomes = await callOk(ctx, 'getOutcomes', {});
    const byYear = outcomes.tables.find((t: { id: string }) => t.id === 'outcomes-year');
    expect(byYear.rows[0].map((c: { value: unknown }) => c.value)).toEqual(['2026-2027', 1, 0, 0, 0]);
    const key = byYear.rows[0][1].drill;
    expect(key).toBe('outcome.year.2026-2027.1');
    const { table } = await callOk<Drilled>(ctx, 'getOverviewDrill', { drill: key });
    expect(table.rows.map((r) => [r[0].value, r[3].value, r[4].value])).toEqual([['Atheneum Gent', '1', '2026-11-20']]);
    expect((await callOk(ctx, 'getOutcomes', { filter: { province: 'limburg' } })).total).toBe(0);
    expect((await callOk<Drilled>(ctx, 'getOverviewDrill', { drill: key, filter: { province: 'limburg' } })).table.rows).toEqual([]);
    const file = await callOk(ctx, 'exportOverviewTable', { table: 'outcomes-level', format: 'csv' });
    expect(Buffer.from(file.base64, 'base64').toString('utf8')).toContain('Secundair onderwijs;1;0;0;0');
  });
});
