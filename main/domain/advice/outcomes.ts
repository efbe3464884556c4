import { type SchoolLevel, schoolYearOf } from '../school';
import { ADVICE_CODES, type AdviceCode } from './catalogue';

/** One decided advice with what the outcome overview groups it by. */
export interface DecidedAdvice {
  advice: AdviceCode;
  reportDate: string;
  level: SchoolLevel;
  /** The framework domains of the indicators with a shortcoming. */
  shortcomingDomains: readonly string[];
}

/** The school year a date falls in: a school year runs from 1 September to 31 August. */
export function schoolYearOfDate(iso: string): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return schoolYearOf(month >= 9 ? year : year - 1);
}

export type AdviceCounts = Record<AdviceCode, number>;
const zero = (): AdviceCounts => Object.fromEntries(ADVICE_CODES.map((c) => [c, 0])) as AdviceCounts;

/**
 * The inspectorate's view of outcomes across inspections: advice per school
 * year and per niveau, and in which domains the shortcomings lie.
 */
export function summarizeOutcomes(decided: readonly DecidedAdvice[]) {
  const bySchoolYear = new Map<string, AdviceCounts>();
  const byLevel = new Map<SchoolLevel, AdviceCounts>();
  const shortcomingsByDomain = new Map<string, number>();
  for (const d of decided) {
    const year = schoolYearOfDate(d.reportDate);
    const perYear = bySchoolYear.get(year) ?? zero();
    perYear[d.advice]++;
    bySchoolYear.set(year, perYear);
    const perLevel = byLevel.get(d.level) ?? zero();
    perLevel[d.advice]++;
    byLevel.set(d.level, perLevel);
    for (const domain of new Set(d.shortcomingDomains)) shortcomingsByDomain.set(domain, (shortcomingsByDomain.get(domain) ?? 0) + 1);
  }
  return {
    total: decided.length,
    bySchoolYear: [...bySchoolYear].sort(([a], [b]) => a.localeCompare(b)).map(([schoolYear, counts]) => ({ schoolYear, counts })),
    byLevel: [...byLevel].sort(([a], [b]) => a.localeCompare(b)).map(([level, counts]) => ({ level, counts })),
    /** Inspections with at least one shortcoming in the domain, most first. */
    shortcomingsByDomain: [...shortcomingsByDomain].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([domain, inspections]) => ({ domain, inspections })),
  };
}
