import { ratePer100 } from '../figures';
import type { School, SchoolLevel, SchoolYearFigures } from '../school';
import { quantile, sortedNumbers } from './stats';

export const OVERVIEW_MEASURES = ['preventiveSuspensions', 'temporaryExclusions', 'definitiveExclusions', 'excludedNotReenrolled'] as const;
export type OverviewMeasure = (typeof OVERVIEW_MEASURES)[number];

export interface LevelTotals {
  schoolYear: string;
  level: SchoolLevel;
  schools: number;
  pupils: number;
  /** Sums over schools; unknown counts are left out (and counted in `unknown`). */
  totals: Record<OverviewMeasure, number>;
  /** Schools that did not report the measure this year. */
  unknown: Record<OverviewMeasure, number>;
  /** Flanders-wide rate per 100 pupils (sum of counts / sum of pupils of reporting schools). */
  rates: Record<OverviewMeasure, number | null>;
  /** Distribution of the schools' own rates per 100 pupils: P10, P25, median, P75, P90. */
  distribution: Record<OverviewMeasure, { p10: number; p25: number; median: number; p75: number; p90: number } | null>;
}

/** Flanders-wide totals, rates and distributions per school year and niveau, oldest year first. */
export function flandersTotals(schools: readonly School[], figures: readonly SchoolYearFigures[]): LevelTotals[] {
  const levelOf = new Map(schools.map((s) => [s.instellingsnummer, s.level]));
  const groups = new Map<string, { level: SchoolLevel; schoolYear: string; rows: SchoolYearFigures[] }>();
  for (const f of figures) {
    const level = levelOf.get(f.instellingsnummer);
    if (!level) continue;
    const key = `${f.schoolYear}|${level}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { level, schoolYear: f.schoolYear, rows: [] }));
    group.rows.push(f);
  }
  const result: LevelTotals[] = [];
  for (const { level, schoolYear, rows } of groups.values()) {
    const totals = {} as LevelTotals['totals'];
    const unknown = {} as LevelTotals['unknown'];
    const rates = {} as LevelTotals['rates'];
    const distribution = {} as LevelTotals['distribution'];
    for (const measure of OVERVIEW_MEASURES) {
      let sum = 0;
      let pupils = 0;
      let missing = 0;
      const schoolRates: number[] = [];
      for (const f of rows) {
        const count = f[measure];
        if (count === null) {
          missing++;
          continue;
        }
        sum += count;
        pupils += f.pupils;
        const rate = ratePer100(count, f.pupils);
        if (rate !== null) schoolRates.push(rate);
      }
      totals[measure] = sum;
      unknown[measure] = missing;
      rates[measure] = ratePer100(sum, pupils);
      const sorted = sortedNumbers(schoolRates);
      const q = (p: number) => Math.round(quantile(sorted, p) * 100) / 100;
      distribution[measure] = sorted.length === 0 ? null : { p10: q(10), p25: q(25), median: q(50), p75: q(75), p90: q(90) };
    }
    result.push({ schoolYear, level, schools: rows.length, pupils: rows.reduce((a, f) => a + f.pupils, 0), totals, unknown, rates, distribution });
  }
  return result.sort((a, b) => (a.schoolYear === b.schoolYear ? a.level.localeCompare(b.level) : a.schoolYear < b.schoolYear ? -1 : 1));
}
