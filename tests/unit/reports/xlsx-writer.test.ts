import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeFormula } from '../../../main/domain/import/csv-escape';
import { sheetName, writeXlsx } from '../../../main/reports/xlsx-writer';
import { tableFile } from '../../../main/services/overview-export';

async function read(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  return workbook.worksheets[0];
}

// What XML 1.0 can carry: the writer drops the rest (a spreadsheet cell has no use for them).
const xmlSafe = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

describe('the XLSX writer, read back by exceljs', () => {
  it('keeps text as text and numbers as numbers, never a formula', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 30 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 })), { minLength: 1, maxLength: 8 }), async (rows) => {
        const sheet = await read(writeXlsx('Tabel', [['tekst', 'getal'], ...rows]));
        rows.forEach(([text, number], i) => {
          const row = sheet.getRow(i + 2);
          const expected = xmlSafe(text);
          if (expected !== '') expect(row.getCell(1).value).toBe(expected);
          // -0 is written as 0: a spreadsheet has no negative zero.
          expect(row.getCell(2).value).toBe(number === 0 ? 0 : number);
          expect(row.getCell(1).formula).toBeUndefined();
        });
      }),
      { numRuns: 40 },
    );
  });

  it('names the sheet as Excel allows', () => {
    fc.assert(
      fc.property(fc.string(), (title) => {
        const name = sheetName(title);
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[[\]:*?/\\]/);
      }),
    );
  });

  it('an Overzicht table export neutralises every formula start in text cells, in XLSX as in CSV', async () => {
    const starts = ['=', '+', '-', '@', '\t', '\r'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...starts), fc.string({ maxLength: 20 }), async (start, rest) => {
        const name = `${start}${rest}`;
        const table = { id: 't', title: 'T', columns: [{ label: 'School', numeric: false }, { label: 'N', numeric: true }], rows: [[{ value: name, format: 'text' as const }, { value: -3, format: 'count' as const }]] };
        const sheet = await read(tableFile(table, 'xlsx', 'nl'));
        const cell = String(sheet.getRow(2).getCell(1).value ?? '');
        expect(cell.startsWith("'")).toBe(true);
        expect(cell).toBe(xmlSafe(escapeFormula(name)));
        expect(sheet.getRow(2).getCell(2).value).toBe(-3);
        const csv = tableFile(table, 'csv', 'nl').toString('utf8');
        expect(csv.split('\r\n')[1]).toMatch(/^"?'/);
      }),
      { numRuns: 30 },
    );
  });
});
