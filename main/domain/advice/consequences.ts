import { addCalendarDays, addYears } from '../dates';
import type { InspectionType } from '../inspection';
import { RATING_LEVELS, type RatingLevel } from '../rating';
import { type AdviceCatalogue, type AdviceCode, adviceDefinition } from './catalogue';
import type { RatedIndicator } from './propose';

export interface AdviceConsequences {
  advice: AdviceCode;
  recognitionKept: boolean;
  shortcomingsBinding: boolean;
  /** External guidance is obliged (2A with the inspectorate's obligation) or the condition to keep recognition (2B). */
  guidanceObliged: boolean;
  taskForceReferral: 'none' | 'possible' | 'required';
  /** 2B: the last day for the school board's request not to start the withdrawal. */
  boardDeadline: string | null;
  /** 2B: the new inspection takes place on or after this date. */
  earliestNewInspection: string | null;
  /** 3: on appeal, a joint team re-inspects within this many days. */
  appealReinspectionDays: number | null;
  /** The next regular inspection, when the advice keeps the school on the regular cycle. */
  nextRegularInspection: string | null;
  interimVisits: boolean;
}

/**
 * § 3.4: every indicator of the policy domains rated at least `minLevel`, and
 * enough above expectations — judged in a full inspection that looked at all
 * of those domains, never by a visit that rated classroom management alone.
 */
export function hasStrongPolicy(indicators: readonly RatedIndicator[], catalogue: AdviceCatalogue, inspectionType: InspectionType): boolean {
  const rule = catalogue.strongPolicy;
  if (!rule.inspectionTypes.includes(inspectionType)) return false;
  const relevant = indicators.filter((i) => rule.domains.includes(i.domainId));
  if (rule.domains.some((d) => !relevant.some((i) => i.domainId === d))) return false;
  const rank = (level: RatingLevel) => RATING_LEVELS.indexOf(level);
  const allAtLeast = relevant.every((i) => i.level !== null && rank(i.level) >= rank(rule.minLevel));
  const exceeding = relevant.filter((i) => i.level === 'overstijgt').length;
  return allAtLeast && exceeding >= rule.minExceeding;
}

/**
 * What an advice means for the school, with its dates counted in calendar
 * days from the report date.
 */
export function adviceConsequences(
  code: AdviceCode,
  reportDate: string,
  options: { guidanceObliged: boolean; strongPolicy: boolean },
  catalogue: AdviceCatalogue,
): AdviceConsequences {
  const def = adviceDefinition(catalogue, code);
  const guidanceObliged = def.guidance === 'condition' || (def.guidance === 'may_oblige' && options.guidanceObliged);
  const strong = options.strongPolicy && def.code === '1';
  const regularYears = strong ? catalogue.strongPolicy.regularYears : def.nextRegularYears;
  return {
    advice: code,
    recognitionKept: def.favourable,
    shortcomingsBinding: def.shortcomingsBinding,
    guidanceObliged,
    taskForceReferral: def.guidance === 'condition' ? 'required' : guidanceObliged ? 'possible' : 'none',
    boardDeadline: def.boardRequestDays === null ? null : addCalendarDays(reportDate, def.boardRequestDays),
    earliestNewInspection: def.newInspectionMinDays === null ? null : addCalendarDays(reportDate, def.newInspectionMinDays),
    appealReinspectionDays: def.appealReinspectionDays,
    nextRegularInspection: regularYears === null ? null : addYears(reportDate, regularYears),
    interimVisits: strong && catalogue.strongPolicy.interimVisits,
  };
}
