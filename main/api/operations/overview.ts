import { z } from 'zod';
import { PROVINCES } from '../../domain/monitoring/filter';

const schoolYear = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{4}$/, 'een schooljaar in de vorm 2023-2024')
  .refine((s) => Number(s.slice(5)) === Number(s.slice(0, 4)) + 1, 'twee opeenvolgende jaren, bv. 2023-2024');

/** Which schools Overzicht counts (main/domain/monitoring/filter.ts); an empty field does not filter. */
const filter = z
  .object({
    level: z.enum(['basis', 'secundair']).optional(),
    network: z.string().trim().min(1).max(200).optional(),
    lop: z.string().trim().min(1).max(200).optional(),
    province: z.enum(PROVINCES).optional(),
  })
  .strict();

const lang = z.enum(['nl', 'en']).optional();

export const overviewOperations = {
  getOverview: z
    .object({
      /** Without a school year: the most recent one. */
      schoolYear: schoolYear.optional(),
      /** How many schools with the strongest signals to list. */
      top: z.number().int().min(1).max(200).optional(),
      /** The language of the charts' words and text alternatives (default nl). */
      lang,
      filter: filter.optional(),
    })
    .strict(),
  /** The schools behind one figure of Overzicht, by the drill key the figure carries. */
  getOverviewDrill: z
    .object({
      drill: z.string().trim().min(1).max(200),
      filter: filter.optional(),
      lang,
    })
    .strict(),
  /** One table of Overzicht (its id, or a drill key for the schools behind a figure) as a CSV or XLSX file. */
  exportOverviewTable: z
    .object({
      table: z.string().trim().min(1).max(200),
      format: z.enum(['csv', 'xlsx']),
      schoolYear: schoolYear.optional(),
      filter: filter.optional(),
      lang,
    })
    .strict(),
};
