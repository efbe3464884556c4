import { z } from 'zod';
import { INSPECTION_TYPES } from '../inspection';
import { RATING_LEVELS } from '../rating';

/**
 * The advice catalogue is data (resources/advice/): labels and rules follow
 * the regulation, which may change without a new release of the code.
 */
const bilingual = z.object({ nl: z.string().min(1), en: z.string().min(1) }).strict();

export const ADVICE_CODES = ['1', '2A', '2B', '3'] as const;
export type AdviceCode = (typeof ADVICE_CODES)[number];

const adviceSchema = z
  .object({
    code: z.enum(ADVICE_CODES),
    label: bilingual,
    summary: bilingual,
    favourable: z.boolean(),
    /** Shortcomings are binding: the school must remedy them. */
    shortcomingsBinding: z.boolean(),
    /** How external guidance follows: never, may be obliged (2A, behaviour shortcomings), or the condition to keep recognition (2B). */
    guidance: z.enum(['none', 'may_oblige', 'condition']),
    /** Days the school board has to ask not to start the withdrawal (2B). */
    boardRequestDays: z.number().int().positive().nullable(),
    /** The new inspection takes place at the earliest this many calendar days after the report (2B). */
    newInspectionMinDays: z.number().int().positive().nullable(),
    /** On appeal, a joint team re-inspects within this many days (3). */
    appealReinspectionDays: z.number().int().positive().nullable(),
    /** Years until the next regular inspection, or null when the procedure decides it. */
    nextRegularYears: z.number().int().positive().nullable(),
    /** The regulation's own wording of this advice, quoted where the report explains it. */
    regulation: bilingual,
  })
  .strict();

/** Which tekorten lead to external guidance, with the plan's own words. */
const guidanceGroup = z
  .object({
    domains: z.array(z.string().min(1)),
    indicators: z.array(z.string().min(1)),
    action: z.number().int().positive(),
    words: bilingual,
  })
  .strict();

const ruleSchema = z
  .object({
    advice: z.enum(ADVICE_CODES),
    /** Every condition given must hold. */
    when: z
      .object({
        minBelow: z.number().int().positive().optional(),
        minDomainsWithBelow: z.number().int().positive().optional(),
        minBelowInBehaviourDomains: z.number().int().positive().optional(),
        minShortcomings: z.number().int().positive().optional(),
      })
      .strict()
      .refine((w) => Object.keys(w).length > 0, 'a rule needs at least one condition'),
    reason: bilingual,
  })
  .strict();

export const adviceCatalogueSchema = z
  .object({
    id: z.string().min(1),
    version: z.string().regex(/^\d+\.\d+$/),
    /** Domains whose shortcomings concern classroom management or behaviour policy (action 20). */
    behaviourDomains: z.array(z.string().min(1)).min(1),
    advices: z.array(adviceSchema).length(ADVICE_CODES.length),
    rules: z.array(ruleSchema).min(1),
    fallback: z.enum(ADVICE_CODES),
    /** Calendar days after the report date within which the school may report factual errors and ask for a discussion. */
    reactionDays: z.number().int().positive(),
    guidance: z
      .object({
        /** Action 18: tekorten here oblige external guidance ("zullen scholen verplicht worden"). */
        oblige: guidanceGroup,
        /** Action 20: tekorten here allow the inspectorate to oblige guidance ("kan … verplichten"). */
        mayOblige: guidanceGroup,
        /** The school year from which the task force guides schools (action 20's timing). */
        taskForceFrom: z.string().regex(/^\d{4}-\d{4}$/),
      })
      .strict(),
    /** § 3.4: a school with a strong behaviour and classroom-management policy is inspected less often. */
    strongPolicy: z
      .object({
        domains: z.array(z.string().min(1)).min(1),
        minLevel: z.enum(RATING_LEVELS),
        minExceeding: z.number().int().min(0),
        regularYears: z.number().int().positive(),
        interimVisits: z.boolean(),
        /** Only an inspection of these types can judge a policy strong: the lighter regime needs a full look. */
        inspectionTypes: z.array(z.enum(INSPECTION_TYPES)).min(1),
      })
      .strict(),
  })
  .strict()
  .superRefine((catalogue, ctx) => {
    for (const code of ADVICE_CODES) {
      if (!catalogue.advices.some((a) => a.code === code)) ctx.addIssue({ code: 'custom', path: ['advices'], message: `advice ${code} is missing` });
    }
  });

export type AdviceCatalogue = z.infer<typeof adviceCatalogueSchema>;
export type AdviceDefinition = AdviceCatalogue['advices'][number];

export function parseAdviceCatalogue(data: unknown): { ok: true; catalogue: AdviceCatalogue } | { ok: false; problems: string[] } {
  const result = adviceCatalogueSchema.safeParse(data);
  if (result.success) return { ok: true, catalogue: result.data };
  return { ok: false, problems: result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) };
}

export function adviceDefinition(catalogue: AdviceCatalogue, code: AdviceCode): AdviceDefinition {
  return catalogue.advices.find((a) => a.code === code)!;
}
