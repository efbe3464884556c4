import { z } from 'zod';
import { instellingsnummer } from '../schemas';

/** The language of a chart drawn for the screen (the reports are always Dutch). */
const screenLanguage = z.enum(['nl', 'en']).default('nl');

export const schoolOperations = {
  listSchools: z
    .object({
      search: z.string().max(200).optional(),
      limit: z.number().int().min(1).max(10_000).optional(),
    })
    .strict(),
  getSchool: z.object({ instellingsnummer }).strict(),
  getSchoolChart: z.object({ instellingsnummer, lang: screenLanguage }).strict(),
  getSchoolSignals: z.object({ instellingsnummer }).strict(),
  getSchoolSignalCharts: z.object({ instellingsnummer, lang: screenLanguage }).strict(),
};
