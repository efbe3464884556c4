import { z } from 'zod';

/** Text in both UI languages; Dutch is the language of record. */
const bilingual = z.object({ nl: z.string().min(1), en: z.string().min(1) }).strict();

export const EVIDENCE_SOURCES = [
  'document_analysis',
  'interview_pupils',
  'interview_teachers',
  'interview_parents',
  'interview_leadership',
  'interview_behaviour_expert',
  'interview_clb',
  'classroom_observation',
  'data',
] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

/** Figures of the school-year data that can inform an indicator. */
export const DATA_SIGNALS = [
  'preventive_suspensions',
  'temporary_exclusions',
  'definitive_exclusions',
  'definitive_exclusions_after_feb1',
  'excluded_not_reenrolled',
  'problematic_absence_30',
  'above_z_threshold_not_referred',
  'school_changes',
  'b_certificates_strict',
  'early_leavers',
  'teacher_turnover',
  'feel_safe',
] as const;

const reference = z
  .object({
    section: z.string().min(1).optional(),
    action: z.number().int().min(1).max(40).optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine((r) => r.section !== undefined || r.action !== undefined, 'a reference names a section or an action');

/** A school year as the plan writes it, e.g. 2026-2027 (1 September to 31 August). */
const schoolYear = z
  .string()
  .regex(/^\d{4}-\d{4}$/)
  .refine((y) => Number(y.slice(5)) === Number(y.slice(0, 4)) + 1, 'a school year spans two consecutive years');

export const indicatorSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9_.-]+$/),
    title: bilingual,
    guidance: bilingual,
    lookFors: z.array(bilingual).min(1),
    evidenceSources: z.array(z.enum(EVIDENCE_SOURCES)).min(1),
    carePhase: z.union([z.literal(0), z.literal(1), z.literal(2)]).nullable(),
    dataSignals: z.array(z.enum(DATA_SIGNALS)),
    references: z.array(reference).min(1),
    /**
     * The school year from which the plan's action behind this indicator
     * applies (its "Timing" line). Before it, the indicator is looked at but a
     * tekort on it cannot be recorded. Absent: in force for every inspection.
     */
    inForceFrom: schoolYear.optional(),
  })
  .strict();

export const domainSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9_]+$/),
    title: bilingual,
    summary: bilingual,
    indicators: z.array(indicatorSchema).min(1),
  })
  .strict();

export const frameworkSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    version: z.string().regex(/^\d+\.\d+(\.\d+)?$/),
    title: bilingual,
    source: z.string().min(1),
    domains: z.array(domainSchema).min(1),
  })
  .strict()
  .superRefine((framework, ctx) => {
    const seen = new Set<string>();
    framework.domains.forEach((domain, d) =>
      domain.indicators.forEach((indicator, i) => {
        if (seen.has(indicator.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['domains', d, 'indicators', i, 'id'],
            message: `indicator id "${indicator.id}" is used twice`,
          });
        }
        seen.add(indicator.id);
      }),
    );
  });

export type Framework = z.infer<typeof frameworkSchema>;
export type FrameworkDomain = z.infer<typeof domainSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;

export type FrameworkParseResult = { ok: true; framework: Framework } | { ok: false; problems: string[] };

/** Validates a parsed framework file; each problem names the path of the fault. */
export function parseFramework(data: unknown): FrameworkParseResult {
  const result = frameworkSchema.safeParse(data);
  if (result.success) return { ok: true, framework: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  };
}

export function findIndicator(framework: Framework, indicatorId: string): { domain: FrameworkDomain; indicator: Indicator } | null {
  for (const domain of framework.domains) {
    const indicator = domain.indicators.find((i) => i.id === indicatorId);
    if (indicator) return { domain, indicator };
  }
  return null;
}

/** The school year a date falls in: from 1 September to 31 August. */
export function schoolYearOf(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const start = isoDate.slice(5) >= '09-01' ? year : year - 1;
  return `${start}-${start + 1}`;
}

/** Whether the action behind an indicator applies on a date (see `inForceFrom`). */
export function indicatorInForce(indicator: Pick<Indicator, 'inForceFrom'>, isoDate: string): boolean {
  return indicator.inForceFrom === undefined || schoolYearOf(isoDate) >= indicator.inForceFrom;
}
