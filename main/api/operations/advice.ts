import { PROVINCES } from '../../domain/monitoring/filter';
import { z } from 'zod';
import { ADVICE_CODES } from '../../domain/advice/catalogue';
import { entityId, isoDate } from '../schemas';

export const adviceOperations = {
  getOutcomes: z
    .object({
      /** Which schools count (main/domain/monitoring/filter.ts); the same filter as the rest of Overzicht. */
      filter: z
        .object({
          level: z.enum(['basis', 'secundair']).optional(),
          network: z.string().trim().min(1).max(200).optional(),
          lop: z.string().trim().min(1).max(200).optional(),
          province: z.enum(PROVINCES).optional(),
        })
        .strict()
        .optional(),
      lang: z.enum(['nl', 'en']).optional(),
    })
    .strict(),
  getAdvice: z.object({ inspectionId: entityId }).strict(),
  decideAdvice: z
    .object({
      inspectionId: entityId,
      chosen: z.enum(ADVICE_CODES),
      motivation: z.string().max(20_000),
      guidanceObliged: z.boolean(),
      reportDate: isoDate,
    })
    .strict(),
  getFinalizeChecklist: z.object({ inspectionId: entityId }).strict(),
  /** Warnings on the check list must be acknowledged; blocking items always refuse. */
  finalizeInspection: z.object({ inspectionId: entityId, acknowledgeWarnings: z.boolean().default(false) }).strict(),
  reopenInspection: z
    .object({ inspectionId: entityId, reason: z.string().trim().min(1, 'geef een reden om te heropenen').max(5_000) })
    .strict(),
};
