import { z } from 'zod';

const schoolYear = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{4}$/, 'een schooljaar in de vorm 2023-2024')
  .refine((s) => Number(s.slice(5)) === Number(s.slice(0, 4)) + 1, 'twee opeenvolgende jaren, bv. 2023-2024');

export const overviewOperations = {
  getOverview: z
    .object({
      /** Without a school year: the most recent one. */
      schoolYear: schoolYear.optional(),
      /** How many schools with the strongest signals to list. */
      top: z.number().int().min(1).max(200).optional(),
      /** The language of the charts' words and text alternatives (default nl). */
      lang: z.enum(['nl', 'en']).optional(),
    })
    .strict(),
};
