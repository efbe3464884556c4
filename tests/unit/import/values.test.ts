import { describe, expect, it } from 'vitest';
import { escapeFormula, toSafeCsv } from '../../../main/domain/import/csv-escape';
import { detectKind, matchHeaders, normalizeHeader } from '../../../main/domain/import/headers';
import { parseCount, parseDate, parseForm, parseInstellingsnummer, parseLevel, parseNumber, parsePercentage, parseSchoolYear } from '../../../main/domain/import/values';

const value = <T>(p: { ok: true; value: T } | { ok: false; reason: string }) => (p.ok ? p.value : `ERR: ${p.reason}`);

describe('numbers the Belgian and the English way', () => {
  it.each([
    ['12', 12], ['1.234', 1234], ['1,234', 1234], ['1.234.567', 1234567], ['1 234', 1234], ['1\u00a0234', 1234], ["1'234", 1234],
    ['1.234,5', 1234.5], ['1,234.5', 1234.5], ['12,5', 12.5], ['12.5', 12.5], ['0,25', 0.25], ['+7', 7], ['-3', -3],
  ])('%s → %s', (raw, expected) => {
    expect(value(parseNumber(raw, raw !== '12,5' && raw !== '12.5' && raw !== '0,25'))).toBe(expected);
  });
  it('a single separator is decimal in a percentage, thousands in a count', () => {
    expect(value(parsePercentage('12,500'))).toBe(12.5);
    expect(value(parseCount('12.500'))).toBe(12500);
  });
  it.each(['abc', '', '1,2,3.4.5', '12a', '1.23.456', '--1', '1e5'])('refuses %j', (raw) => {
    expect(parseNumber(raw, true).ok).toBe(false);
  });
});

describe('counts and percentages', () => {
  it('counts are non-negative whole numbers', () => {
    expect(value(parseCount('-1'))).toMatch(/negatief/);
    expect(value(parseCount('2,5'))).toMatch(/geheel getal/);
    expect(value(parseCount('x'))).toMatch(/geen geheel getal/);
    expect(value(parseCount('0'))).toBe(0);
  });
  it('percentages lie between 0 and 100, with or without %', () => {
    expect(value(parsePercentage('87,5 %'))).toBe(87.5);
    expect(value(parsePercentage('100'))).toBe(100);
    expect(value(parsePercentage('100,1'))).toMatch(/tussen 0 en 100/);
    expect(value(parsePercentage('-0,5'))).toMatch(/tussen 0 en 100/);
  });
});

describe('instellingsnummer, schooljaar, niveau, vorm, datum', () => {
  it('pads the number Excel stripped of its leading zero', () => {
    expect(value(parseInstellingsnummer('10555'))).toBe('010555');
    expect(value(parseInstellingsnummer('123456'))).toBe('123456');
    expect(value(parseInstellingsnummer('10555.0'))).toBe('010555');
    expect(value(parseInstellingsnummer('1234'))).toMatch(/5 of 6 cijfers/);
    expect(value(parseInstellingsnummer('12a456'))).toMatch(/5 of 6 cijfers/);
  });
  it('reads school years in their usual spellings and checks the range', () => {
    expect(value(parseSchoolYear('2023-2024', 2026))).toBe('2023-2024');
    expect(value(parseSchoolYear('2023/2024', 2026))).toBe('2023-2024');
    expect(value(parseSchoolYear('2023 - 24', 2026))).toBe('2023-2024');
    expect(value(parseSchoolYear('2023-2025', 2026))).toMatch(/volgen/);
    expect(value(parseSchoolYear('1980-1981', 2026))).toMatch(/bereik/);
    expect(value(parseSchoolYear('2030-2031', 2026))).toMatch(/bereik/);
    expect(value(parseSchoolYear('2023', 2026))).toMatch(/2023-2024/);
  });
  it('knows level and form by their common names', () => {
    expect(value(parseLevel('Secundair onderwijs'))).toBe('secundair');
    expect(value(parseLevel('BASIS'))).toBe('basis');
    expect(value(parseForm('BuSO'))).toBe('buitengewoon');
    expect(value(parseLevel('hoger'))).toMatch(/basis of secundair/);
  });
  it('reads dd/mm/yyyy and ISO dates and refuses days that do not exist', () => {
    expect(value(parseDate('01/02/2024'))).toBe('2024-02-01');
    expect(value(parseDate('1.2.2024'))).toBe('2024-02-01');
    expect(value(parseDate('2024-02-01'))).toBe('2024-02-01');
    expect(value(parseDate('30/02/2024'))).toMatch(/bestaande datum/);
    expect(value(parseDate('2024/02/01'))).toMatch(/dd\/mm\/jjjj/);
  });
});

describe('header matching', () => {
  it('ignores case, accents, spaces, - and _', () => {
    expect(normalizeHeader('Aantal  Leerlingen')).toBe(normalizeHeader('aantal_leerlingen'));
    expect(normalizeHeader('Définitieve-Uitsluitingen')).toBe('definitieveuitsluitingen');
  });
  it('matches synonyms, lists unknown columns, names the missing required ones', () => {
    const match = matchHeaders(['Instellingsnr', 'School jaar', 'Aantal leerlingen', 'Opmerking', 'B-attesten'], 'figures');
    expect(match.columns.map((c) => c.field.column)).toEqual(['instellingsnummer', 'schooljaar', 'leerlingen', 'b_attesten']);
    expect(match.ignored).toEqual(['Opmerking']);
    expect(match.missing).toEqual([]);
    expect(matchHeaders(['instellingsnummer', 'gemeente'], 'schools').missing).toEqual(['naam', 'niveau', 'onderwijsvorm']);
  });
  it('detects the kind from the headers', () => {
    expect(detectKind(['instellingsnummer', 'naam', 'niveau', 'onderwijsvorm'])).toBe('schools');
    expect(detectKind(['Instellingsnr', 'Schooljaar', 'Aantal leerlingen'])).toBe('figures');
    expect(detectKind(['a', 'b'])).toBeNull();
  });
});

describe('formula escaping', () => {
  it.each([['=1+1', "'=1+1"], ['+31 2', "'+31 2"], ['-x', "'-x"], ['@SUM(A1)', "'@SUM(A1)"], ['\tcmd', "'\tcmd"], ['\rcmd', "'\rcmd"]])('%j → %j', (raw, safe) => {
    expect(escapeFormula(raw)).toBe(safe);
  });
  it('leaves plain text and positive numbers alone; negative numbers are neutralised too (OWASP, no exceptions)', () => {
    for (const plain of ['school', '12', '1,5', '', 'a=b']) expect(escapeFormula(plain)).toBe(plain);
    for (const negative of ['-3', '-1,5']) expect(escapeFormula(negative)).toBe(`'${negative}`);
  });
  it('writes a CSV with BOM, semicolons, quotes where needed and every cell escaped', () => {
    const csv = toSafeCsv([['rij', 'waarde'], [2, '=HYPERLINK("x")'], [3, 'a;b\nc']]);
    expect(csv.startsWith('\uFEFFrij;waarde\r\n')).toBe(true);
    expect(csv).toContain(`2;"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('3;"a;b\nc"');
  });
});
