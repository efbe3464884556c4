import { SCHOOL_LEVELS, type SchoolLevel, isSchoolYear } from '../school';
import { OVERVIEW_MEASURES, type OverviewMeasure } from '../signals/overview';
import { SEVERITIES, type SignalSeverity } from '../signals';
import { PIPELINE_STEPS, type PipelineStep } from '../taskforce/caseload';
import { EVALUATION_INDICATORS, type EvaluationIndicatorId } from '../signals/evaluation';

/**
 * What a figure on Overzicht counts, as an address: the key a tile, a table
 * cell or a chart point carries, and from which main lists the schools
 * behind it. One grammar for every figure, so a drill-down is never wired
 * per chart: `severity.severe.2023-2024`, `measure.basis.2023-2024.temporaryExclusions`.
 */
const ADVICE_CODES = ['1', '2A', '2B', '3'] as const;

export type Drill =
  | { kind: 'level'; level: SchoolLevel; schoolYear: string }
  | { kind: 'measure'; level: SchoolLevel; schoolYear: string; measure: OverviewMeasure }
  | { kind: 'severity'; severity: SignalSeverity; schoolYear: string }
  | { kind: 'evaluation'; indicator: EvaluationIndicatorId; schoolYear: string }
  | { kind: 'pipeline'; step: PipelineStep }
  | { kind: 'reinspection'; advice: (typeof ADVICE_CODES)[number] }
  | { kind: 'outcome'; schoolYear?: string; level?: SchoolLevel; domain?: string; advice?: (typeof ADVICE_CODES)[number] };

export function drillKey(drill: Drill): string {
  switch (drill.kind) {
    case 'level':
      return `level.${drill.level}.${drill.schoolYear}`;
    case 'measure':
      return `measure.${drill.level}.${drill.schoolYear}.${drill.measure}`;
    case 'severity':
      return `severity.${drill.severity}.${drill.schoolYear}`;
    case 'evaluation':
      return `evaluation.${drill.indicator}.${drill.schoolYear}`;
    case 'pipeline':
      return `pipeline.${drill.step}`;
    case 'reinspection':
      return `reinspection.${drill.advice}`;
    case 'outcome':
      if (drill.domain) return `outcome.domain.${drill.domain}`;
      return drill.schoolYear ? `outcome.year.${drill.schoolYear}.${drill.advice}` : `outcome.level.${drill.level}.${drill.advice}`;
  }
}

const one = <T extends string>(list: readonly T[], value: string | undefined): value is T => value !== undefined && (list as readonly string[]).includes(value);

/** The drill of a key, or null when the key is not one this grammar makes (a hand-edited address). */
export function parseDrill(key: string): Drill | null {
  const [kind, a, b, c, ...rest] = key.split('.');
  if (rest.length > 0) return null;
  const year = (y: string | undefined) => y !== undefined && isSchoolYear(y);
  if (kind === 'level' && one(SCHOOL_LEVELS, a) && year(b) && c === undefined) return { kind, level: a, schoolYear: b! };
  if (kind === 'measure' && one(SCHOOL_LEVELS, a) && year(b) && one(OVERVIEW_MEASURES, c)) return { kind, level: a, schoolYear: b!, measure: c };
  if (kind === 'severity' && one(SEVERITIES, a) && year(b) && c === undefined) return { kind, severity: a, schoolYear: b! };
  if (kind === 'evaluation' && one(EVALUATION_INDICATORS, a) && year(b) && c === undefined) return { kind, indicator: a, schoolYear: b! };
  if (kind === 'pipeline' && one(PIPELINE_STEPS, a) && b === undefined) return { kind, step: a };
  if (kind === 'reinspection' && one(ADVICE_CODES, a) && b === undefined) return { kind, advice: a };
  if (kind === 'outcome' && a === 'year' && year(b) && one(ADVICE_CODES, c)) return { kind, schoolYear: b!, advice: c };
  if (kind === 'outcome' && a === 'level' && one(SCHOOL_LEVELS, b) && one(ADVICE_CODES, c)) return { kind, level: b, advice: c };
  // A framework domain id: lower-case words joined by underscores (classroom_management).
  if (kind === 'outcome' && a === 'domain' && b !== undefined && /^[a-z0-9_]+$/.test(b) && c === undefined) return { kind, domain: b };
  return null;
}
