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
 * What a file lacks. A preventive suspension is an order measure, not a
 * sanction: the class council is not consulted, so only the hearing and
 * the CLB are required for it.
 */
export function fileShortfalls(file: DisciplinaryFileCheck): FileShortfall[] {
  const missing: FileShortfall[] = [];
  if (file.guidance === 'no') missing.push('guidance');
  for (const step of PROCEDURE_STEPS) {
    if (step === 'classCouncil' && file.measure === 'preventive_suspension') continue;
    if (!file.steps[step]) missing.push(step);
  }
  if (file.measure === 'definitive_exclusion' && file.handover !== true) missing.push('handover');
  return missing;
}

export interface SampleCompliance {
  files: number;
  compliant: number;
  /** Percentage of compliant files with one decimal; null for an empty sample. */
  pct: number | null;
  /** How many files lack each element. */
  shortfalls: Record<FileShortfall, number>;
}

export function sampleCompliance(files: readonly DisciplinaryFileCheck[]): SampleCompliance {
  const shortfalls: Record<FileShortfall, number> = { guidance: 0, hearing: 0, classCouncil: 0, clb: 0, handover: 0 };
  let compliant = 0;
  for (const file of files) {
    const missing = fileShortfalls(file);
    if (missing.length === 0) compliant++;
    for (const m of missing) shortfalls[m]++;
  }
  return { files: files.length, compliant, pct: files.length ? Math.round((compliant / files.length) * 1000) / 10 : null, shortfalls };
}
