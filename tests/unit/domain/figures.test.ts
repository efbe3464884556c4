import { describe, expect, it } from 'vitest';
import { disciplinaryRates, ratePer100 } from '../../../main/domain/figures';
import type { SchoolYearFigures } from '../../../main/domain/school';

describe('ratePer100', () => {
  it.each([
    // count, pupils, expected
    [0, 100, 0],
    [1, 100, 1],
    [5, 400, 1.25],
    [1, 8, 12.5],
    [1, 3, 33.33], // rounds down
    [2, 3, 66.67], // rounds up
    [1, 7, 14.29],
    [2, 7, 28.57],
    [1, 800, 0.13], // 0.125 → half up
    [3, 800, 0.38], // 0.375 → half up
    [1, 1600, 0.06], // 0.0625
    [1, 40_000, 0], // below half a hundredth
    [150, 100, 150], // more measures than pupils is possible
    [1, 1, 100],
    [7, 1234, 0.57],
  ])('ratePer100(%d, %d) = %d', (count, pupils, expected) => {
    expect(ratePer100(count, pupils)).toBe(expected);
  });

  it('has at most two decimals', () => {
    for (let pupils = 1; pupils <= 500; pupils += 7) {
      for (const count of [1, 2, 3, 11, 97]) {
        const rate = ratePer100(count, pupils)!;
        expect(Math.abs(rate * 100 - Math.round(rate * 100))).toBeLessThan(1e-6);
      }
    }
  });

  it.each([
    [null, 100, 'unknown count'],
    [5, 0, 'zero pupils'],
    [0, 0, 'zero count, zero pupils'],
    [5, -10, 'negative pupils'],
    [Number.NaN, 100, 'NaN count'],
    [Number.POSITIVE_INFINITY, 100, 'infinite count'],
  ] as Array<[number | null, number, string]>)('ratePer100(%s, %s) = null (%s)', (count, pupils) => {
    expect(ratePer100(count, pupils)).toBeNull();
  });
});

function fig(schoolYear: string, pupils: number, counts: Partial<SchoolYearFigures> = {}): SchoolYearFigures {
  return {
    instellingsnummer: '012345',
    schoolYear,
    pupils,
    preventiveSuspensions: null,
    temporaryExclusions: null,
    definitiveExclusions: null,
    definitiveExclusionsAfterFeb1: null,
    excludedNotReenrolled: null,
    problematicAbsence30: null,
    aboveZThreshold: null,
    clbReferredZ: null,
    schoolChanges: null,
    bCertificates: null,
    bCertificatesStrict: null,
    earlyLeaversPct: null,
    teacherTurnoverPct: null,
    feelSafePct: null,
    ...counts,
  };
}

describe('disciplinaryRates', () => {
  it('sorts school years oldest first and computes each rate', () => {
    const input = [
      fig('2023-2024', 200, { preventiveSuspensions: 10, temporaryExclusions: 3, definitiveExclusions: 1 }),
      fig('2021-2022', 300, { preventiveSuspensions: 3, temporaryExclusions: null, definitiveExclusions: 0 }),
      fig('2022-2023', 0, { preventiveSuspensions: 4, temporaryExclusions: 4, definitiveExclusions: 4 }),
    ];
    const snapshot = JSON.stringify(input);
    expect(disciplinaryRates(input)).toEqual([
      { schoolYear: '2021-2022', pupils: 300, preventiveSuspensions: 1, temporaryExclusions: null, definitiveExclusions: 0 },
      { schoolYear: '2022-2023', pupils: 0, preventiveSuspensions: null, temporaryExclusions: null, definitiveExclusions: null },
      { schoolYear: '2023-2024', pupils: 200, preventiveSuspensions: 5, temporaryExclusions: 1.5, definitiveExclusions: 0.5 },
    ]);
    // The input is not reordered in place.
    expect(JSON.stringify(input)).toBe(snapshot);
  });

  it('gives an empty list for no figures', () => {
    expect(disciplinaryRates([])).toEqual([]);
  });
});
