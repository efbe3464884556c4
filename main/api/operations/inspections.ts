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
    })
    .strict(),
};
