import type { SchoolYearFigures } from './school';

/** Count per 100 pupils, rounded to two decimals; null when unknown or without pupils. */
export function ratePer100(count: number | null, pupils: number): number | null {
  if (count === null || !Number.isFinite(count) || !Number.isFinite(pupils) || pupils <= 0) return null;
  return Math.round((count / pupils) * 100 * 100) / 100;
}

export interface DisciplinaryRates {
  schoolYear: string;
  pupils: number;
  preventiveSuspensions: number | null;
  temporaryExclusions: number | null;
  definitiveExclusions: number | null;
}

/** Suspensions and exclusions per 100 pupils, per school year, oldest first. */
export function disciplinaryRates(figures: readonly SchoolYearFigures[]): DisciplinaryRates[] {
  return [...figures]
    .sort((a, b) => a.schoolYear.localeCompare(b.schoolYear))
    .map((f) => ({
      schoolYear: f.schoolYear,
      pupils: f.pupils,
      preventiveSuspensions: ratePer100(f.preventiveSuspensions, f.pupils),
      temporaryExclusions: ratePer100(f.temporaryExclusions, f.pupils),
      definitiveExclusions: ratePer100(f.definitiveExclusions, f.pupils),
    }));
}
