import { z } from 'zod';
import { INSPECTION_TYPES } from '../../domain/inspection';
import { RATING_LEVELS } from '../../domain/rating';
import { entityId, instellingsnummer, isoDate } from '../schemas';

export const inspectionOperations = {
  listInspections: z.object({ instellingsnummer: instellingsnummer.optional() }).strict(),
  createInspection: z
    .object({
      instellingsnummer,
      type: z.enum(INSPECTION_TYPES),
      startDate: isoDate.optional(),
      focusDomains: z.array(z.string().max(64)).max(50).optional(),
    })
    .strict(),
  getInspection: z.object({ id: entityId }).strict(),
  saveRating: z
    .object({
      inspectionId: entityId,
      indicatorId: z.string().trim().min(1).max(64),
      level: z.enum(RATING_LEVELS).nullable(),
      motivation: z.string().max(20_000),
      // Optional so that older callers (CLI `rate`) keep the texts that are there.
      strengths: z.string().max(20_000).optional(),
      opportunities: z.string().max(20_000).optional(),
      shortcomings: z.string().max(20_000).optional(),
      recommendations: z.string().max(20_000).optional(),
      /** By when the school must remedy the tekort (with "beneden"); left out keeps the one recorded. */
      shortcomingDeadline: isoDate.nullable().optional(),
    })
    .strict(),
  setFocus: z.object({ inspectionId: entityId, focusDomains: z.array(z.string().max(64)).min(1, 'kies minstens één domein').max(50) }).strict(),
};
