import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIGURE_FIELDS } from '../../../main/domain/import/fields';
import { matchHeaders } from '../../../main/domain/import/headers';
import { RowValidator } from '../../../main/domain/import/validate';
import { escapeFormula } from '../../../main/domain/import/csv-escape';
import { parseImportFile } from '../../../main/import/parse-file';
import { ImportFileError } from '../../../main/import/errors';

const SEED = 20251128;
const HEADERS = FIGURE_FIELDS.map((f) => f.column);

// Cells that look like what people type: numbers with separators, years, text, junk.
const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 2_000_000 }).map(String),
  fc.double({ min: -10, max: 200, noNaN: true }).map((n) => n.toFixed(2).replace('.', ',')),
  fc.constantFrom('', ' ', '1.234', '1,234.5', '2023-2024', '2023/24', '010555', '10555', '=1+1', '12 %', '∞', '\u00a0'),
);

describe('property: the row validator', () => {
  it('never throws; every rejection names row, column and reason; every record is valid', () => {
    const match = matchHeaders(HEADERS, 'figures');
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 0, maxLength: HEADERS.length + 2 }), { minLength: 1, maxLength: 3 }), (rows) => {
        const validator = new RowValidator(match, 2026);
        rows.forEach((cells, i) => validator.add(cells, i + 2));
        for (const e of validator.errors) {
          expect(e.row).toBeGreaterThanOrEqual(2);
          expect(HEADERS).toContain(e.column);
          expect(e.reason.length).toBeGreaterThan(5);
        }
        for (const r of validator.records) {
          expect(r.instellingsnummer).toMatch(/^\d{6}$/);
          expect(Number.isInteger((r as { pupils: number }).pupils)).toBe(true);
          expect((r as { pupils: number }).pupils).toBeGreaterThanOrEqual(0);
        }
        expect(validator.records.length + validator.errorCount).toBeGreaterThanOrEqual(rows.filter((r) => r.some((c) => c.trim() !== '')).length > 0 ? 1 : 0);
      }),
      { seed: SEED, numRuns: 10_000 },
    );
  });

  it('formula escaping: no escaped cell starts with a formula character', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        const safe = escapeFormula(text);
        expect(/^[=+@\t\r]/.test(safe) || (/^-/.test(safe) && !/^-\d+([.,]\d+)?$/.test(safe))).toBe(false);
      }),
      { seed: SEED, numRuns: 10_000 },
    );
  });
});

describe('property: whole files', () => {
  it('any bytes end in records or a named problem, never a crash or a hang', async () => {
    const header = Buffer.from(`${HEADERS.join(';')}\n`);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2048 }).map((b) => Buffer.from(b)),
          fc.array(fc.array(cell, { maxLength: 20 }), { maxLength: 20 }).map((rows) => Buffer.concat([header, Buffer.from(rows.map((r) => r.join(';')).join('\n'))])),
          fc.string({ maxLength: 400 }).map((s) => Buffer.concat([header, Buffer.from(s)])),
        ),
        async (bytes) => {
          try {
            const parsed = await parseImportFile(bytes, { currentYear: 2026 });
            for (const e of parsed.validator.errors) expect(e.reason).not.toBe('');
          } catch (error) {
            expect(error).toBeInstanceOf(ImportFileError);
            expect((error as Error).message.length).toBeGreaterThan(10);
          }
        },
      ),
      { seed: SEED, numRuns: 300, interruptAfterTimeLimit: 60_000 },
    );
  }, 90_000);
});

describe('property: damaged XLSX files', () => {
  it('byte flips, truncations and lying sizes in a real workbook end in records or a named problem', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Cijfers');
    ws.addRow(HEADERS.slice(0, 4));
    for (let r = 0; r < 30; r++) ws.addRow(['010555', `${2000 + r}-${2001 + r}`, 100 + r, r % 3]);
    const base = Buffer.from(await wb.xlsx.writeBuffer());
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.array(fc.tuple(fc.nat({ max: base.length - 1 }), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 6 }).map((flips) => {
            const bytes = Buffer.from(base);
            for (const [at, xor] of flips) bytes[at] ^= xor;
            return bytes;
          }),
          fc.nat({ max: base.length - 1 }).map((n) => base.subarray(0, Math.max(4, n))),
          // A 32-bit size field anywhere set to a lie (0, small, huge).
          fc.tuple(fc.nat({ max: base.length - 4 }), fc.constantFrom(0, 1, 4000, 0x7fffffff, 0xfffffffe)).map(([at, value]) => {
            const bytes = Buffer.from(base);
            bytes.writeUInt32LE(value, at);
            return bytes;
          }),
        ),
        async (bytes) => {
          try {
            await parseImportFile(bytes, { currentYear: 2026 });
          } catch (error) {
            expect(error, String((error as Error).stack)).toBeInstanceOf(ImportFileError);
            expect((error as Error).message.length).toBeGreaterThan(10);
          }
        },
      ),
      { seed: SEED, numRuns: 1500, interruptAfterTimeLimit: 60_000 },
    );
  }, 90_000);
});
