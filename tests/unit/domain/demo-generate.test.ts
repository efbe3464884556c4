import { describe, expect, it } from 'vitest';
import { contract } from '../../../main/api/contract';
import { generateDemoData } from '../../../main/demo/generate';
import { isSchoolYear } from '../../../main/domain/school';

const COUNT_FIELDS = [
  'pupils',
  'preventiveSuspensions',
  'temporaryExclusions',
  'definitiveExclusions',
  'definitiveExclusionsAfterFeb1',
  'excludedNotReenrolled',
  'problematicAbsence30',
  'aboveZThreshold',
  'clbReferredZ',
  'schoolChanges',
  'bCertificates',
  'bCertificatesStrict',
] as const;
const PCT_FIELDS = ['earlyLeaversPct', 'teacherTurnoverPct', 'feelSafePct'] as const;

describe('generateDemoData', () => {
  const data = generateDemoData();

  it('is deterministic: the same seed gives the same data', () => {
    expect(generateDemoData()).toEqual(data);
    expect(generateDemoData({ seed: 7 })).toEqual(generateDemoData({ seed: 7 }));
  });

  it('a different seed gives different data', () => {
    const other = generateDemoData({ seed: 7 });
    expect(other.figures).not.toEqual(data.figures);
    expect(other.schools.map((s) => s.name)).not.toEqual(data.schools.map((s) => s.name));
  });

  it('has at least 40 schools spanning basis/secundair × gewoon/buitengewoon', () => {
    expect(data.schools.length).toBeGreaterThanOrEqual(40);
    const groups = new Map<string, number>();
    for (const s of data.schools) groups.set(`${s.level}-${s.form}`, (groups.get(`${s.level}-${s.form}`) ?? 0) + 1);
    for (const g of ['basis-gewoon', 'basis-buitengewoon', 'secundair-gewoon', 'secundair-buitengewoon']) {
      expect(groups.get(g) ?? 0).toBeGreaterThan(0);
    }
    expect(groups.size).toBe(4);
  });

  it('has unique instellingsnummers the contract accepts, and complete school records', () => {
    const numbers = data.schools.map((s) => s.instellingsnummer);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const s of data.schools) {
      expect(contract.getSchool.safeParse({ instellingsnummer: s.instellingsnummer }).success).toBe(true);
      expect(s.name).toMatch(/\S/);
      expect(s.municipality).toMatch(/\S/);
      expect(s.postcode).toMatch(/^\d{4}$/);
    }
  });

  it('gives every school the five school years 2019-2020 … 2023-2024, once each', () => {
    const expected = ['2019-2020', '2020-2021', '2021-2022', '2022-2023', '2023-2024'];
    for (const s of data.schools) {
      const years = data.figures.filter((f) => f.instellingsnummer === s.instellingsnummer).map((f) => f.schoolYear);
      expect(years).toEqual(expected);
    }
    expect(data.figures.length).toBe(data.schools.length * 5);
    const known = new Set(data.schools.map((s) => s.instellingsnummer));
    for (const f of data.figures) {
      expect(known.has(f.instellingsnummer)).toBe(true);
      expect(isSchoolYear(f.schoolYear)).toBe(true);
    }
  });

  it('counts are non-negative integers (or null) and percentages lie in 0…100', () => {
    for (const f of data.figures) {
      for (const field of COUNT_FIELDS) {
        const v = f[field];
        if (v === null) continue;
        expect(Number.isInteger(v), `${f.instellingsnummer} ${f.schoolYear} ${field}=${v}`).toBe(true);
        expect(v, `${f.instellingsnummer} ${f.schoolYear} ${field}`).toBeGreaterThanOrEqual(0);
      }
      expect(f.pupils).toBeGreaterThan(0);
      for (const field of PCT_FIELDS) {
        const v = f[field];
        if (v === null) continue;
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(100);
      }
    }
  });

  it('sub-counts never exceed their totals', () => {
    for (const f of data.figures) {
      const where = `${f.instellingsnummer} ${f.schoolYear}`;
      expect(f.excludedNotReenrolled!, where).toBeLessThanOrEqual(f.definitiveExclusions!);
      expect(f.definitiveExclusionsAfterFeb1!, where).toBeLessThanOrEqual(f.definitiveExclusions!);
      expect(f.clbReferredZ!, where).toBeLessThanOrEqual(f.aboveZThreshold!);
      expect(f.bCertificatesStrict!, where).toBeLessThanOrEqual(f.bCertificates!);
    }
  });

  it('the sub-count rule holds for many seeds, not just the default', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const { figures } = generateDemoData({ seed });
      for (const f of figures) {
        expect(f.excludedNotReenrolled!).toBeLessThanOrEqual(f.definitiveExclusions!);
        for (const field of COUNT_FIELDS) expect(f[field] ?? 0).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('secundair schools show more disciplinary measures per pupil than basis schools', () => {
    const rate = (level: 'basis' | 'secundair') => {
      const numbers = new Set(data.schools.filter((s) => s.level === level).map((s) => s.instellingsnummer));
      const rows = data.figures.filter((f) => numbers.has(f.instellingsnummer));
      const measures = rows.reduce((n, f) => n + (f.preventiveSuspensions ?? 0) + (f.temporaryExclusions ?? 0), 0);
      return measures / rows.reduce((n, f) => n + f.pupils, 0);
    };
    expect(rate('secundair')).toBeGreaterThan(rate('basis'));
  });

  it('honours perGroup, firstSchoolYear and years', () => {
    const small = generateDemoData({
      perGroup: { 'basis-gewoon': 2, 'basis-buitengewoon': 0, 'secundair-gewoon': 1, 'secundair-buitengewoon': 0 },
      firstSchoolYear: 2021,
      years: 2,
    });
    expect(small.schools).toHaveLength(3);
    expect(new Set(small.figures.map((f) => f.schoolYear))).toEqual(new Set(['2021-2022', '2022-2023']));
    expect(small.figures).toHaveLength(6);
  });
});
