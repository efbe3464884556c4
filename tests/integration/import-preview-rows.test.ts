import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awaitPreview } from '../../main/services/import';
import { callOk, openTestServices, type TestServices } from '../helpers/services';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const HEADER = 'instellingsnummer;naam;niveau;onderwijsvorm;gemeente';
const BASE = [HEADER, '012345;De Klimop;basis;gewoon;Gent', '012346;Het Anker;basis;gewoon;Brugge', '012347;Atheneum Noord;secundair;gewoon;Antwerpen'].join('\n');

let services: TestServices;

async function preview(name: string, text: string) {
  const started = await callOk(services.ctx, 'previewImport', { fileName: name, base64: b64(text) });
  return awaitPreview(started.previewId);
}

beforeAll(async () => {
  services = await openTestServices({ seedDemo: false });
  const base = await preview('basis.csv', BASE);
  await callOk(services.ctx, 'commitImport', { previewId: base.previewId });
});
afterAll(async () => services?.close());

describe('the import preview shows the rows it would write', () => {
  it('counts every data row once: new + changed + unchanged + rows with errors = rows (a row with two bad cells is one row, two errors)', async () => {
    const file = [
      HEADER,
      '012345;De Klimop;basis;gewoon;Gent', // unchanged
      '012346;Het Anker;basis;buitengewoon;Brugge', // changed: onderwijsvorm
      '012347;Atheneum Noord;secundair;gewoon;Antwerpen-Noord', // changed: gemeente
      '012348;De Wegwijzer;basis;gewoon;Leuven', // new
      '12;Fout;hoger;gewoon;', // one row, two errors
      '012349;;basis;gewoon;Mol', // one row, one error
    ].join('\n');
    const p = await preview('zes.csv', file);
    expect(p.summary).toMatchObject({ rows: 6, rowsNew: 1, rowsChanged: 2, rowsUnchanged: 1, rowsWithErrors: 2 });
    expect(p.errorCount).toBe(3);
    const s = p.summary!;
    expect(s.rowsNew + s.rowsChanged + s.rowsUnchanged + s.rowsWithErrors).toBe(s.rows);

    const page = await callOk(services.ctx, 'importPreviewRows', { previewId: p.previewId });
    expect(page.total).toBe(3);
    expect(page.rows.map((r: { row: number; status: string; changed: string[] }) => [r.row, r.status, r.changed])).toEqual([
      [3, 'changed', ['form']],
      [4, 'changed', ['municipality']],
      [5, 'new', []],
    ]);
    expect(page.rows[0].before).toMatchObject({ form: 'gewoon' });
    expect(page.rows[0].values).toMatchObject({ instellingsnummer: '012346', form: 'buitengewoon' });
    expect(page.rows[2].before).toBeNull();
    const changed = await callOk(services.ctx, 'importPreviewRows', { previewId: p.previewId, status: 'changed', offset: 1, limit: 1 });
    expect(changed).toMatchObject({ total: 2, offset: 1, rows: [{ row: 4, values: { municipality: 'Antwerpen-Noord' }, before: { municipality: 'Antwerpen' } }] });
  });

  it('shows parsed values: thousands separators gone, decimal commas read, leading zeros kept', async () => {
    const file = ['instellingsnummer;schooljaar;leerlingen;personeelsverloop_pct', '012345;2023-2024;1.104;12,5', '012346;2023-2024;"1 250";7'].join('\n');
    const p = await preview('cijfers.csv', file);
    expect(p.errorCount).toBe(0);
    const page = await callOk(services.ctx, 'importPreviewRows', { previewId: p.previewId, status: 'new' });
    expect(page.rows[0].values).toMatchObject({ instellingsnummer: '012345', schoolYear: '2023-2024', pupils: 1104, teacherTurnoverPct: 12.5, feelSafePct: null });
    expect(page.fields.map((f: { column: string }) => f.column)).toContain('leerlingen');
  });

  it('figures for an unknown school count as an error row, not also as new', async () => {
    const p = await preview('onbekend.csv', ['instellingsnummer;schooljaar;leerlingen', '012345;2022-2023;300', '099999;2022-2023;300'].join('\n'));
    expect(p.summary).toMatchObject({ rows: 2, rowsNew: 1, rowsWithErrors: 1 });
    const page = await callOk(services.ctx, 'importPreviewRows', { previewId: p.previewId });
    expect(page.rows.map((r: { values: Record<string, unknown> }) => r.values.instellingsnummer)).toEqual(['012345']);
  });

  it('pages through a large file without handing over more than a page', async () => {
    const rows = Array.from({ length: 250 }, (_, i) => `${String(500000 + i)};School ${i};basis;gewoon;Gent`);
    const p = await preview('groot.csv', [HEADER, ...rows].join('\n'));
    const last = await callOk(services.ctx, 'importPreviewRows', { previewId: p.previewId, offset: 200, limit: 100 });
    expect(last.total).toBe(250);
    expect(last.rows).toHaveLength(50);
    expect(last.rows[0].row).toBe(202);
  });

  it('for any mix of rows, the counts add up to the rows in the file', async () => {
    const kinds = ['unchanged', 'changed', 'new', 'badLevel', 'badTwice', 'duplicate', 'empty'] as const;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...kinds), { minLength: 1, maxLength: 12 }), async (mix) => {
        const lines = mix.map((kind, i) => {
          switch (kind) {
            case 'unchanged': return '012345;De Klimop;basis;gewoon;Gent';
            case 'changed': return `012346;Het Anker ${i};basis;gewoon;Brugge`;
            case 'new': return `${600000 + i};Nieuw ${i};basis;gewoon;Gent`;
            case 'badLevel': return `${700000 + i};Fout;hoger;gewoon;Gent`;
            case 'badTwice': return '1;Fout;hoger;gewoon;';
            case 'duplicate': return `${800000};Dubbel;basis;gewoon;Gent`;
            case 'empty': return ';;;;';
          }
        });
        if (lines.every((l) => l === ';;;;')) return;
        const p = await preview('mix.csv', [HEADER, ...lines].join('\n'));
        const s = p.summary!;
        expect(s.rows).toBe(mix.filter((k) => k !== 'empty').length);
        expect(s.rowsNew + s.rowsChanged + s.rowsUnchanged + s.rowsWithErrors).toBe(s.rows);
        expect(p.errorCount).toBeGreaterThanOrEqual(s.rowsWithErrors);
        const page = await callOk(services.ctx, 'importPreviewRows', { previewId: p.previewId, limit: 100 });
        expect(page.total).toBe(s.rowsNew + s.rowsChanged);
      }),
      { numRuns: 40 },
    );
  });
});
