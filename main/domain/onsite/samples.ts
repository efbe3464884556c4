/** A sampled disciplinary file (action 16): what the inspector checks in it. */
export const DISCIPLINARY_MEASURES = ['preventive_suspension', 'temporary_exclusion', 'definitive_exclusion'] as const;
export type DisciplinaryMeasure = (typeof DISCIPLINARY_MEASURES)[number];

/** Guidance measures: documented, not documented, or a reason given why individual guidance was impossible. */
export const GUIDANCE_STATES = ['yes', 'no', 'reason_given'] as const;
export type GuidanceState = (typeof GUIDANCE_STATES)[number];

export const PROCEDURE_STEPS = ['hearing', 'classCouncil', 'clb'] as const;
export type ProcedureStep = (typeof PROCEDURE_STEPS)[number];

/** The indicator the sample's compliance informs. */
export const SAMPLE_INDICATOR = 'tb.2';

export interface DisciplinaryFileCheck {
  measure: DisciplinaryMeasure;
  guidance: GuidanceState;
  steps: Record<ProcedureStep, boolean>;
  /** Hand-over to the next school; only asked for a definitive exclusion (null otherwise). */
  handover: boolean | null;
}

export type FileShortfall = 'guidance' | ProcedureStep | 'handover';

/**
 * A preventive suspension is a bewarende maatregel (an order measure taken
 * while a disciplinary procedure runs), not a tuchtmaatregel: the checks of a
 * disciplinary file do not apply to it, and it is counted apart.
 */
export function isDisciplinaryMeasure(measure: DisciplinaryMeasure): boolean {
  return measure !== 'preventive_suspension';
}

/**
 * What a disciplinary file lacks (action 16: guidance measures in every
 * tuchtdossier, and the procedure followed). The hand-over of guidance to the
 * next school after a definitive exclusion is something action 16 makes
 * possible, not a requirement: its absence is reported, never a shortfall.
 */
export function fileShortfalls(file: DisciplinaryFileCheck): FileShortfall[] {
  if (!isDisciplinaryMeasure(file.measure)) return [];
  const missing: FileShortfall[] = [];
  if (file.guidance === 'no') missing.push('guidance');
  for (const step of PROCEDURE_STEPS) if (!file.steps[step]) missing.push(step);
  return missing;
}

export interface SampleCompliance {
  /** Disciplinary files (tuchtmaatregelen) in the sample; preventive suspensions are counted in `protective`. */
  files: number;
  /** Preventive suspensions sampled: bewarende maatregelen, not judged as disciplinary files. */
  protective: number;
  compliant: number;
  /** Percentage of compliant files with one decimal; null for an empty sample. */
  pct: number | null;
  /** How many files lack each element; `handover` counts definitive exclusions without a documented hand-over (information, not a shortfall). */
  shortfalls: Record<FileShortfall, number>;
}

export function sampleCompliance(files: readonly DisciplinaryFileCheck[]): SampleCompliance {
  const shortfalls: Record<FileShortfall, number> = { guidance: 0, hearing: 0, classCouncil: 0, clb: 0, handover: 0 };
  let compliant = 0;
  const judged = files.filter((f) => isDisciplinaryMeasure(f.measure));
  for (const file of judged) {
    const missing = fileShortfalls(file);
    if (missing.length === 0) compliant++;
    for (const m of missing) shortfalls[m]++;
    if (file.measure === 'definitive_exclusion' && file.handover !== true) shortfalls.handover++;
  }
  return {
    files: judged.length,
    protective: files.length - judged.length,
    compliant,
    pct: judged.length ? Math.round((compliant / judged.length) * 1000) / 10 : null,
    shortfalls,
  };
}
