import { describe, expect, it } from 'vitest';
import { contract } from '../../../main/api/contract';
import { FOOTNOTE_1 } from '../../../main/demo/footnote';
import { generateDemoData } from '../../../main/demo/generate';
import { apportion } from '../../../main/demo/apportion';
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

  it('is Flanders at scale: about 2,300 basis and 950 secundair schools, gewoon and buitengewoon', () => {
    const basis = data.schools.filter((s) => s.level === 'basis').length;
    const secundair = data.schools.filter((s) => s.level === 'secundair').length;
    expect(basis).toBeGreaterThanOrEqual(2200);
    expect(basis).toBeLessThanOrEqual(2400);
    expect(secundair).toBeGreaterThanOrEqual(900);
    expect(secundair).toBeLessThanOrEqual(1000);
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

  // At 16,250 rows the checks collect what is wrong and assert once: one expect per value would take seconds.
  it('gives every school the five school years 2019-2020 … 2023-2024, once each', () => {
    const expected = ['2019-2020', '2020-2021', '2021-2022', '2022-2023', '2023-2024'];
    const yearsOf = new Map<string, string[]>();
    for (const f of data.figures) yearsOf.set(f.instellingsnummer, [...(yearsOf.get(f.instellingsnummer) ?? []), f.schoolYear]);
    const wrong = data.schools.filter((s) => JSON.stringify(yearsOf.get(s.instellingsnummer)) !== JSON.stringify(expected));
    expect(wrong.map((s) => s.instellingsnummer)).toEqual([]);
    expect(data.figures.length).toBe(data.schools.length * 5);
    const known = new Set(data.schools.map((s) => s.instellingsnummer));
    expect(data.figures.filter((f) => !known.has(f.instellingsnummer) || !isSchoolYear(f.schoolYear))).toEqual([]);
  });

  it('counts are non-negative integers (or null) and percentages lie in 0…100', () => {
    const problems: string[] = [];
    for (const f of data.figures) {
      for (const field of COUNT_FIELDS) {
        const v = f[field];
        if (v !== null && !(Number.isInteger(v) && v >= 0)) problems.push(`${f.instellingsnummer} ${f.schoolYear} ${field}=${v}`);
      }
      if (!(f.pupils > 0)) problems.push(`${f.instellingsnummer} ${f.schoolYear} pupils=${f.pupils}`);
      for (const field of PCT_FIELDS) {
        const v = f[field];
        if (v !== null && !(v >= 0 && v <= 100)) problems.push(`${f.instellingsnummer} ${f.schoolYear} ${field}=${v}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('sub-counts never exceed their totals, exclusions never exceed the pupils', () => {
    const problems: string[] = [];
    const check = (ok: boolean, f: { instellingsnummer: string; schoolYear: string }, what: string) => {
      if (!ok) problems.push(`${f.instellingsnummer} ${f.schoolYear} ${what}`);
    };
    for (const f of data.figures) {
      check(f.excludedNotReenrolled! <= f.definitiveExclusions!, f, 'excludedNotReenrolled');
      check(f.definitiveExclusionsAfterFeb1! <= f.definitiveExclusions!, f, 'definitiveExclusionsAfterFeb1');
      check(f.clbReferredZ! <= f.aboveZThreshold!, f, 'clbReferredZ');
      check(f.bCertificatesStrict! <= f.bCertificates!, f, 'bCertificatesStrict');
      for (const field of ['preventiveSuspensions', 'temporaryExclusions', 'definitiveExclusions'] as const) check(f[field]! <= f.pupils, f, field);
    }
    expect(problems).toEqual([]);
  });

  it.each([
    { level: 'secundair', year: '2020-2021', i: 0 },
    { level: 'secundair', year: '2023-2024', i: 1 },
    { level: 'basis', year: '2020-2021', i: 0 },
    { level: 'basis', year: '2023-2024', i: 1 },
  ] as const)('Flanders-wide totals for $level $year equal footnote 1 of the action plan exactly', ({ level, year, i }) => {
    const numbers = new Set(data.schools.filter((s) => s.level === level).map((s) => s.instellingsnummer));
    const rows = data.figures.filter((f) => f.schoolYear === year && numbers.has(f.instellingsnummer));
    const sum = (field: keyof (typeof FOOTNOTE_1)['basis']) => rows.reduce((n, f) => n + (f[field] ?? 0), 0);
    const expected = FOOTNOTE_1[level];
    expect({
      preventiveSuspensions: sum('preventiveSuspensions'),
      temporaryExclusions: sum('temporaryExclusions'),
      definitiveExclusions: sum('definitiveExclusions'),
      excludedNotReenrolled: sum('excludedNotReenrolled'),
    }).toEqual({
      preventiveSuspensions: expected.preventiveSuspensions[i],
      temporaryExclusions: expected.temporaryExclusions[i],
      definitiveExclusions: expected.definitiveExclusions[i],
      excludedNotReenrolled: expected.excludedNotReenrolled[i],
    });
  });

  it('the footnote totals hold for other seeds too', () => {
    const other = generateDemoData({ seed: 3 });
    const numbers = new Set(other.schools.filter((s) => s.level === 'secundair').map((s) => s.instellingsnummer));
    const total = other.figures.filter((f) => f.schoolYear === '2023-2024' && numbers.has(f.instellingsnummer)).reduce((n, f) => n + f.preventiveSuspensions!, 0);
    expect(total).toBe(19536);
  });

  it('apportion is exact, proportional and respects caps', () => {
    expect(apportion([1, 1, 2], 8, [10, 10, 10])).toEqual([2, 2, 4]);
    expect(apportion([1, 0, 100], 10, [10, 10, 3])).toEqual([7, 0, 3]);
    expect(apportion([0, 0], 3, [2, 2]).reduce((a, b) => a + b, 0)).toBe(3);
    expect(() => apportion([1], 5, [4])).toThrow(/capacity/);
  });

  it('the sub-count rule holds for several seeds and small data sets, not just the default', () => {
    const small = { 'basis-gewoon': 30, 'basis-buitengewoon': 5, 'secundair-gewoon': 20, 'secundair-buitengewoon': 5 };
    for (let seed = 1; seed <= 10; seed++) {
      const { figures } = generateDemoData({ seed, perGroup: small });
      for (const f of figures) {
        expect(f.excludedNotReenrolled!).toBeLessThanOrEqual(f.definitiveExclusions!);
        expect(f.definitiveExclusionsAfterFeb1!).toBeLessThanOrEqual(f.definitiveExclusions!);
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
