import { ratePer100 } from '../figures';
import type { SchoolYearFigures } from '../school';

/**
 * The three evaluation indicators of § 6 of the action plan, from the data
 * the workbench holds. Each says what it rests on and what it does not
 * measure, so no tile pretends to more than the record shows:
 *  1. more time for teaching: the share of pupils on task in the classroom
 *     observations of final inspections, by the school year of the visit;
 *  2. fewer disciplinary measures and more qualified outflow: the school-year
 *     figures (preventive suspensions, temporary and definitive exclusions
 *     per 100 pupils, footnote 1's first year as the baseline; pupils leaving
 *     secondary school with a qualification, 100 − early leavers %);
 *  3. pupils who feel safe: the survey tallies "ik voel me veilig en
 *     gerespecteerd" of final inspections, totalled.
 */
export const EVALUATION_INDICATORS = ['teaching_time', 'disciplinary_measures', 'qualified_outflow', 'feeling_safe'] as const;
export type EvaluationIndicatorId = (typeof EVALUATION_INDICATORS)[number];

/** Which way is better: more time on task, fewer measures, more qualified outflow, more pupils who feel safe. */
const BETTER: Record<EvaluationIndicatorId, 'up' | 'down'> = { teaching_time: 'up', disciplinary_measures: 'down', qualified_outflow: 'up', feeling_safe: 'up' };

/** The plan's § 6 groups measures and outflow as its second indicator. */
export const PLAN_INDICATOR: Record<EvaluationIndicatorId, 1 | 2 | 3> = { teaching_time: 1, disciplinary_measures: 2, qualified_outflow: 2, feeling_safe: 3 };

export interface EvaluationPoint {
  schoolYear: string;
  /** A percentage (time on task, outflow, feeling safe) or a rate per 100 pupils (measures). */
  value: number;
  /** What the value rests on that year. */
  inspections: number;
  /** Lessons observed, pupils asked, or pupils counted in the school-year figures. */
  units: number;
  schools: number;
}

export interface EvaluationIndicator {
  id: EvaluationIndicatorId;
  planIndicator: 1 | 2 | 3;
  unit: 'percent' | 'per100';
  /** Oldest first. */
  series: EvaluationPoint[];
  baseline: EvaluationPoint | null;
  latest: EvaluationPoint | null;
  /** Against the baseline, in the indicator's own sense: better, worse, the same (within 0.5), or unknown without two years. */
  trend: 'better' | 'worse' | 'same' | 'unknown';
  /** What the unit counted is: lessons, pupils (survey), pupils (figures). */
  unitKind: 'lessons' | 'respondents' | 'pupils';
  /** Codes of what this indicator does not measure (worded in the UI). */
  notMeasured: string[];
}

export interface ObservationFact {
  inspectionId: string;
  instellingsnummer: string;
  schoolYear: string;
  onTask: number;
  offTask: number;
}

export interface SurveyFact {
  inspectionId: string;
  instellingsnummer: string;
  schoolYear: string;
  agree: number;
  respondents: number;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function summarise(id: EvaluationIndicatorId, series: EvaluationPoint[], unit: 'percent' | 'per100', unitKind: EvaluationIndicator['unitKind'], notMeasured: string[], baselineYear?: string): EvaluationIndicator {
  const sorted = [...series].sort((a, b) => a.schoolYear.localeCompare(b.schoolYear));
  const baseline = sorted.find((p) => p.schoolYear === baselineYear) ?? sorted[0] ?? null;
  const latest = sorted[sorted.length - 1] ?? null;
  let trend: EvaluationIndicator['trend'] = 'unknown';
  if (baseline && latest && baseline.schoolYear !== latest.schoolYear) {
    const delta = latest.value - baseline.value;
    trend = Math.abs(delta) < 0.5 ? 'same' : (delta > 0) === (BETTER[id] === 'up') ? 'better' : 'worse';
  }
  return { id, planIndicator: PLAN_INDICATOR[id], unit, series: sorted, baseline, latest, trend, unitKind, notMeasured };
}

/** Groups facts by school year, keeping the inspections and schools each year rests on. */
function byYear<T extends { schoolYear: string; inspectionId?: string; instellingsnummer: string }>(facts: readonly T[]) {
  const years = new Map<string, { facts: T[]; inspections: Set<string>; schools: Set<string> }>();
  for (const f of facts) {
    let y = years.get(f.schoolYear);
    if (!y) years.set(f.schoolYear, (y = { facts: [], inspections: new Set(), schools: new Set() }));
    y.facts.push(f);
    if (f.inspectionId) y.inspections.add(f.inspectionId);
    y.schools.add(f.instellingsnummer);
  }
  return years;
}

/** Indicator 1: pupils on task as a share of pupils counted, over every observed lesson of the year. */
export function teachingTime(observations: readonly ObservationFact[]): EvaluationIndicator {
  const series = [...byYear(observations.filter((o) => o.onTask + o.offTask > 0))].map(([schoolYear, y]) => {
    const on = y.facts.reduce((s, o) => s + o.onTask, 0);
    const all = y.facts.reduce((s, o) => s + o.onTask + o.offTask, 0);
    return { schoolYear, value: round1((100 * on) / all), inspections: y.inspections.size, units: y.facts.length, schools: y.schools.size };
  });
  // A snapshot count per lesson, not minutes of teaching; only where the inspectorate observed.
  return summarise('teaching_time', series, 'percent', 'lessons', ['minutes_not_measured', 'only_inspected_schools']);
}

/** Indicator 2a: preventive suspensions, temporary and definitive exclusions per 100 pupils, over schools that report all three. */
export function disciplinaryMeasures(figures: readonly SchoolYearFigures[], baselineYear: string): EvaluationIndicator {
  const known = figures.filter((f) => f.preventiveSuspensions !== null && f.temporaryExclusions !== null && f.definitiveExclusions !== null && f.pupils > 0);
  const series = [...byYear(known)].map(([schoolYear, y]) => {
    const measures = y.facts.reduce((s, f) => s + f.preventiveSuspensions! + f.temporaryExclusions! + f.definitiveExclusions!, 0);
    const pupils = y.facts.reduce((s, f) => s + f.pupils, 0);
    return { schoolYear, value: round1(ratePer100(measures, pupils) ?? 0), inspections: 0, units: pupils, schools: y.schools.size };
  });
  return summarise('disciplinary_measures', series, 'per100', 'pupils', ['no_reason_or_duration'], baselineYear);
}

/** Indicator 2b: pupils leaving secondary school with a qualification, 100 − early leavers %, weighted by pupils. */
export function qualifiedOutflow(figures: readonly SchoolYearFigures[]): EvaluationIndicator {
  const known = figures.filter((f) => f.earlyLeaversPct !== null && f.pupils > 0);
  const series = [...byYear(known)].map(([schoolYear, y]) => {
    const pupils = y.facts.reduce((s, f) => s + f.pupils, 0);
    const early = y.facts.reduce((s, f) => s + (f.earlyLeaversPct! * f.pupils) / 100, 0);
    return { schoolYear, value: round1(100 - (100 * early) / pupils), inspections: 0, units: pupils, schools: y.schools.size };
  });
  return summarise('qualified_outflow', series, 'percent', 'pupils', ['secondary_only', 'estimate_by_school_share']);
}

/** Indicator 3: pupils who agree they feel safe and respected, totalled over every survey tally of the year. */
export function feelingSafe(surveys: readonly SurveyFact[]): EvaluationIndicator {
  const series = [...byYear(surveys.filter((s) => s.respondents > 0))].map(([schoolYear, y]) => {
    const agree = y.facts.reduce((s, t) => s + t.agree, 0);
    const respondents = y.facts.reduce((s, t) => s + t.respondents, 0);
    return { schoolYear, value: round1((100 * agree) / respondents), inspections: y.inspections.size, units: respondents, schools: y.schools.size };
  });
  return summarise('feeling_safe', series, 'percent', 'respondents', ['not_a_sample', 'only_inspected_schools']);
}

/** Footnote 1 of the plan counts 2020-2021 against 2023-2024: the first year is the baseline. */
export const PLAN_BASELINE_YEAR = '2020-2021';
