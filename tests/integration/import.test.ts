import { afterEach, describe, expect, it } from 'vitest';
import { awaitPreview } from '../../main/services/import';
import { call, callOk, openTestServices, type TestServices } from '../helpers/services';

let services: TestServices | undefined;
afterEach(async () => {
  await services?.close();
  services = undefined;
});

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

const SCHOOLS = [
  'instellingsnummer;naam;niveau;onderwijsvorm;net;gemeente',
  '900001;Testschool Een;basis;gewoon;GO!;Gent',
  '900002;=HYPERLINK("http://x");secundair;gewoon;OVSG;Aalst',
].join('\r\n');
const FIGURES = [
  'instellingsnummer;schooljaar;leerlingen;definitieve_uitsluitingen;personeelsverloop_pct',
  '900001;2022-2023;200;1;8,5',
  '900001;2023-2024;210;2;9',
  '900002;2023-2024;500;;',
].join('\r\n');

async function preview(s: TestServices, fileName: string, text: string, extra: Record<string, unknown> = {}) {
  const started = await callOk(s.ctx, 'previewImport', { fileName, base64: b64(text), ...extra });
  return awaitPreview(started.previewId);
}

async function counts(s: TestServices) {
  const one = async (table: string) => (await s.ctx.db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))!.n;
  return { schools: await one('schools'), figures: await one('school_year_figures'), log: await one('import_log') };
}

describe('import on a real SQLite file', () => {
  it('previews, commits schools then figures, logs both; re-importing changes nothing', async () => {
    services = await openTestServices({ seedDemo: true, actor: 'Inspecteur Test' });
    const before = await counts(services);
    const p1 = await preview(services, 'scholen.csv', SCHOOLS);
    expect(p1).toMatchObject({ phase: 'ready', errorCount: 0, summary: { kind: 'schools', rows: 2, rowsNew: 2, rowsChanged: 0, rowsUnchanged: 0 } });
    expect(await counts(services)).toEqual(before); // a preview writes nothing
    const c1 = await callOk(services.ctx, 'commitImport', { previewId: p1.previewId });
    expect(c1.phase).toBe('committed');

    const p2 = await preview(services, 'cijfers.csv', FIGURES);
    expect(p2.summary).toMatchObject({ kind: 'figures', rowsNew: 3 });
    await callOk(services.ctx, 'commitImport', { previewId: p2.previewId });
    expect(await counts(services)).toEqual({ schools: before.schools + 2, figures: before.figures + 3, log: 2 });

    // imported text is stored as text, never evaluated
    const school = await callOk(services.ctx, 'getSchool', { instellingsnummer: '900002' });
    expect(school.school.name).toBe('=HYPERLINK("http://x")');
    const one = await callOk(services.ctx, 'getSchool', { instellingsnummer: '900001' });
    expect(one.figures.map((f: { schoolYear: string; teacherTurnoverPct: number }) => [f.schoolYear, f.teacherTurnoverPct])).toEqual([['2022-2023', 8.5], ['2023-2024', 9]]);

    // the same file again: all unchanged, nothing written but the log line
    const p3 = await preview(services, 'cijfers.csv', FIGURES);
    expect(p3.summary).toMatchObject({ rowsNew: 0, rowsChanged: 0, rowsUnchanged: 3 });
    await callOk(services.ctx, 'commitImport', { previewId: p3.previewId });
    expect(await counts(services)).toEqual({ schools: before.schools + 2, figures: before.figures + 3, log: 3 });

    // one value changed → one changed row
    const p4 = await preview(services, 'cijfers-v2.csv', FIGURES.replace('210;2;9', '211;2;9'));
    expect(p4.summary).toMatchObject({ rowsNew: 0, rowsChanged: 1, rowsUnchanged: 2 });

    const log = await callOk(services.ctx, 'listImports', {});
    expect(log[0]).toMatchObject({ fileName: 'cijfers.csv', kind: 'figures', actor: 'Inspecteur Test', rowsNew: 0, rowsUnchanged: 3 });
    expect(log[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(log[2]).toMatchObject({ fileName: 'scholen.csv', rowsNew: 2 });
  });

  it('all or nothing: a file with one bad row writes nothing and cannot be committed', async () => {
    services = await openTestServices({ seedDemo: true });
    const before = await counts(services);
    const p = await preview(services, 'scholen.csv', `${SCHOOLS}\r\n900003;Derde;hoger;gewoon;;`);
    expect(p.errorCount).toBe(1);
    expect(p.errors[0]).toEqual({ row: 4, column: 'niveau', value: 'hoger', reason: 'niveau moet basis of secundair zijn' });
    const refused = await call(services.ctx, 'commitImport', { previewId: p.previewId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await counts(services)).toEqual(before);
  });

  it('figures for a school that is neither in the record nor in the file are refused', async () => {
    services = await openTestServices({ seedDemo: false });
    const p = await preview(services, 'cijfers.csv', FIGURES);
    expect(p.errorCount).toBe(3);
    expect(p.errors[0]).toMatchObject({ row: 2, column: 'instellingsnummer', value: '900001', reason: expect.stringMatching(/onbekende school/) });
  });

  it('a failure inside the transaction rolls the whole import back', async () => {
    services = await openTestServices({ seedDemo: true });
    // the school disappears between preview and commit: the commit must write none of the rows
    const p0 = await preview(services, 'scholen.csv', SCHOOLS);
    await callOk(services.ctx, 'commitImport', { previewId: p0.previewId });
    const p1 = await preview(services, 'cijfers.csv', FIGURES);
    await services.ctx.db.run("DELETE FROM schools WHERE instellingsnummer = '900002'");
    const before = await counts(services);
    const refused = await call(services.ctx, 'commitImport', { previewId: p1.previewId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/900002/) } });
    expect(await counts(services)).toEqual(before);
  });

  it('cancel while reading, and cancel while writing, leave the record untouched', async () => {
    services = await openTestServices({ seedDemo: true });
    const before = await counts(services);
    const rows = ['instellingsnummer;naam;niveau;onderwijsvorm'];
    for (let i = 0; i < 60_000; i++) rows.push(`${String(500000 + i)};School ${i};basis;gewoon`);
    const text = rows.join('\n');

    const reading = await callOk(services.ctx, 'previewImport', { fileName: 'groot.csv', base64: b64(text) });
    await callOk(services.ctx, 'cancelImport', { previewId: reading.previewId });
    expect((await call(services.ctx, 'importProgress', { previewId: reading.previewId })).ok).toBe(false);

    const ready = await preview(services, 'groot.csv', text);
    expect(ready.summary!.rowsNew).toBe(60_000);
    const committing = call(services.ctx, 'commitImport', { previewId: ready.previewId });
    // wait until some batches are written inside the transaction, then cancel
    for (let i = 0; i < 500; i++) {
      const progress = await callOk(services.ctx, 'importProgress', { previewId: ready.previewId });
      if (progress.rowsWritten >= 2_000) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    await callOk(services.ctx, 'cancelImport', { previewId: ready.previewId });
    const result = await committing;
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/geannuleerd/) } });
    expect(await counts(services)).toEqual(before);
  });

  it('the error list exports as CSV with formulas escaped; templates download', async () => {
    services = await openTestServices({ seedDemo: true });
    const p = await preview(services, 'x.csv', 'instellingsnummer;naam;niveau;onderwijsvorm\n=1+1;School;basis;gewoon\n');
    const file = await callOk(services.ctx, 'importErrorsCsv', { previewId: p.previewId });
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(file.fileName).toBe('x-fouten.csv');
    expect(text).toContain("2;instellingsnummer;'=1+1;een instellingsnummer bestaat uit 5 of 6 cijfers");
    const template = await callOk(services.ctx, 'importTemplate', { kind: 'figures' });
    expect(Buffer.from(template.base64, 'base64').toString('utf8')).toMatch(/^\uFEFFinstellingsnummer;schooljaar;leerlingen;/);
  });

  it('a file that cannot be read says why, and writes nothing', async () => {
    services = await openTestServices({ seedDemo: true });
    const p = await preview(services, 'leeg.csv', ' ');
    expect(p).toMatchObject({ phase: 'failed', message: 'Het bestand is leeg.' });
    expect((await call(services.ctx, 'commitImport', { previewId: p.previewId })).ok).toBe(false);
  });
});
