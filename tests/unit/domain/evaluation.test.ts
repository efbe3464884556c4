import { describe, expect, it } from 'vitest';
import { disciplinaryMeasures, feelingSafe, qualifiedOutflow, teachingTime } from '../../../main/domain/signals/evaluation';
import type { SchoolYearFigures } from '../../../main/domain/school';

const fig = (instellingsnummer: string, schoolYear: string, pupils: number, p: number | null, t: number, d: number, early: number | null = null): SchoolYearFigures =>
  ({ instellingsnummer, schoolYear, pupils, preventiveSuspensions: p, temporaryExclusions: t, definitiveExclusions: d, earlyLeaversPct: early }) as SchoolYearFigures;

describe('the plan’s evaluation indicators (§ 6), worked out by hand', () => {
  it('1. time for teaching: pupils on task over all pupils counted in every observed lesson', () => {
    const i = teachingTime([
      // 2023-2024: lessons 18/20 and 12/20 → 30 of 40 = 75 %; two inspections, two schools.
      { inspectionId: 'a', instellingsnummer: '1', schoolYear: '2023-2024', onTask: 18, offTask: 2 },
      { inspectionId: 'b', instellingsnummer: '2', schoolYear: '2023-2024', onTask: 12, offTask: 8 },
      // 2024-2025: 45 of 50 = 90 % — better than the baseline.
      { inspectionId: 'c', instellingsnummer: '1', schoolYear: '2024-2025', onTask: 20, offTask: 5 },
      { inspectionId: 'c', instellingsnummer: '1', schoolYear: '2024-2025', onTask: 25, offTask: 0 },
      // A lesson with nothing counted does not weigh.
      { inspectionId: 'c', instellingsnummer: '1', schoolYear: '2024-2025', onTask: 0, offTask: 0 },
    ]);
    expect(i.baseline).toEqual({ schoolYear: '2023-2024', value: 75, inspections: 2, units: 2, schools: 2 });
    expect(i.latest).toEqual({ schoolYear: '2024-2025', value: 90, inspections: 1, units: 2, schools: 1 });
    expect(i.trend).toBe('better');
    expect(i.notMeasured).toContain('minutes_not_measured');
  });

  it('2. disciplinary measures per 100 pupils with 2020-2021 as baseline (fewer is better); schools missing a count are left out', () => {
    const i = disciplinaryMeasures(
      [
        fig('1', '2019-2020', 1000, 10, 10, 0),
        // 2020-2021: (5+10+5) + (2+2+1) = 25 measures over 1500 pupils = 1.67 → 1.7 per 100.
        fig('1', '2020-2021', 1000, 5, 10, 5),
        fig('2', '2020-2021', 500, 2, 2, 1),
        fig('3', '2020-2021', 800, null, 50, 50),
        // 2023-2024: 45 over 1500 = 3.0 per 100.
        fig('1', '2023-2024', 1000, 20, 15, 5),
        fig('2', '2023-2024', 500, 3, 1, 1),
      ],
      '2020-2021',
    );
    expect(i.baseline).toMatchObject({ schoolYear: '2020-2021', value: 1.7, units: 1500, schools: 2 });
    expect(i.latest).toMatchObject({ schoolYear: '2023-2024', value: 3, units: 1500 });
    expect(i.trend).toBe('worse');
  });

  it('2. qualified outflow: 100 − early leavers %, weighted by pupils', () => {
    // 2023-2024: 10 % of 1000 + 4 % of 500 = 120 of 1500 leave early → 92 % qualified.
    const i = qualifiedOutflow([fig('1', '2023-2024', 1000, 0, 0, 0, 10), fig('2', '2023-2024', 500, 0, 0, 0, 4), fig('3', '2023-2024', 700, 0, 0, 0, null)]);
    expect(i.latest).toMatchObject({ value: 92, units: 1500, schools: 2 });
    expect(i.trend).toBe('unknown');
  });

  it('3. pupils who feel safe: the survey tallies totalled, not their percentages averaged', () => {
    const i = feelingSafe([
      // 9 of 10 and 30 of 90: 39 of 100 = 39 % (an average of 90 % and 33 % would say 61.7 %).
      { inspectionId: 'a', instellingsnummer: '1', schoolYear: '2024-2025', agree: 9, respondents: 10 },
      { inspectionId: 'b', instellingsnummer: '2', schoolYear: '2024-2025', agree: 30, respondents: 90 },
    ]);
    expect(i.latest).toEqual({ schoolYear: '2024-2025', value: 39, inspections: 2, units: 100, schools: 2 });
    expect(i.unitKind).toBe('respondents');
  });
});
