import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutraliseField, toSafeCsv } from '../../../main/domain/import/csv-escape';

/**
 * The written CSV is read back by every kind of reader a user may have:
 * Excel with `;` or `,` as list separator, a tab reader, and a naive one
 * that splits on the separator without knowing quotes. In none of them may
 * a field start a formula.
 */
const DELIMITERS = [',', ';', '\t'] as const;
const FORMULA = /^[=+\-@]/;

function startsFormula(field: string): boolean {
  // The tab / CR a lenient reader trims (OWASP lists both); a field opening with a quote is text.
  const text = field.replace(/^[\t\r]+/, '');
  return FORMULA.test(text);
}

function readers(csv: string, delimiter: string): string[][] {
  const body = csv.replace(/^\uFEFF/, '');
  const quoted = (Papa.parse<string[]>(body, { delimiter, quoteChar: '"', newline: '\r\n' }).data as string[][]).flat();
  const naive = body.split(/\r\n|\n|\r/).flatMap((line) => line.split(delimiter));
  return [quoted, naive];
}

const hostileText = fc.string({ unit: fc.constantFrom('=', '+', '-', '@', ',', ';', '\t', '"', '\r', '\n', 'x', '1', ' ', "'", 'é'), maxLength: 12 });

describe('CSV injection, whatever the reader splits on', () => {
  it('the issue case: x,=1+1,y written for ; is quoted and neutralised for a , reader', () => {
    const csv = toSafeCsv([['a', 'x,=1+1,y', 'b']]);
    expect(csv).toBe(`\uFEFFa;"x,'=1+1,y";b\r\n`);
    for (const d of DELIMITERS) for (const fields of readers(csv, d)) expect(fields.filter(startsFormula)).toEqual([]);
  });

  it.each(DELIMITERS.map((d) => [JSON.stringify(d), d]))('written with %s: no reader of , ; or tab sees a formula; its own reader gets the neutralised text back', (_name, written) => {
    fc.assert(
      fc.property(fc.array(fc.array(hostileText, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (rows) => {
        const csv = toSafeCsv(rows, written);
        for (const d of DELIMITERS) {
          for (const fields of readers(csv, d)) expect(fields.filter(startsFormula), `${JSON.stringify(csv)} read with ${JSON.stringify(d)}`).toEqual([]);
        }
        const back = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: written, quoteChar: '"', newline: '\r\n' }).data as string[][];
        expect(back.slice(0, rows.length)).toEqual(rows.map((r) => r.map(neutraliseField)));
      }),
      { numRuns: 2000, seed: 13 },
    );
  });

  it('every field holding , ; tab " CR or LF is quoted, whatever the delimiter', () => {
    for (const c of [',', ';', '\t', '"', '\r', '\n']) expect(toSafeCsv([[`a${c}b`]], '|')).toBe(`\uFEFF"a${c === '"' ? '""' : c}b"\r\n`);
    expect(toSafeCsv([['3', '-3', '-1,5', 'a=b']])).toBe(`\uFEFF3;'-3;"'-1,5";a=b\r\n`);
  });
});
