import { z } from 'zod';
import { INSPECTION_TYPES } from '../domain/inspection';
import { RATING_LEVELS } from '../domain/rating';

/**
 * Every operation the workbench offers, by name, with the schema of its input.
 * Result types come from the implementations (see `types.ts`), so nothing here
 * is written twice. Both transports validate with exactly these schemas.
 */
const instellingsnummer = z
  .string()
  .trim()
  .regex(/^\d{5,6}$/, 'een instellingsnummer bestaat uit 5 of 6 cijfers');
const id = z.string().trim().min(1).max(64);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'een datum in de vorm jjjj-mm-dd')
  // Date.parse rolls 30 February over to March; a round trip catches it.
  .refine((s) => {
    const date = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === s;
  }, 'geen bestaande datum');

export const contract = {
  appInfo: z.object({}).strict(),
  listSchools: z
    .object({
      search: z.string().max(200).optional(),
      limit: z.number().int().min(1).max(10_000).optional(),
    })
    .strict(),
  getSchool: z.object({ instellingsnummer }).strict(),
  getSchoolChart: z.object({ instellingsnummer }).strict(),
  getFramework: z.object({ frameworkId: z.string().max(64).optional(), version: z.string().max(32).optional() }).strict(),
  listInspections: z.object({ instellingsnummer: instellingsnummer.optional() }).strict(),
  createInspection: z
    .object({
      instellingsnummer,
      type: z.enum(INSPECTION_TYPES),
      startDate: isoDate.optional(),
      focusDomains: z.array(z.string().max(64)).max(50).optional(),
    })
    .strict(),
  getInspection: z.object({ id }).strict(),
  saveRating: z
    .object({
      inspectionId: id,
      indicatorId: z.string().trim().min(1).max(64),
      level: z.enum(RATING_LEVELS).nullable(),
      motivation: z.string().max(20_000),
    })
    .strict(),
  exportReport: z.object({ inspectionId: id, format: z.enum(['docx', 'pdf']) }).strict(),
  listReportExports: z.object({ inspectionId: id }).strict(),
} satisfies Record<string, z.ZodType>;

export type Contract = typeof contract;
export type OperationName = keyof Contract;
export type OperationInput<K extends OperationName> = z.input<Contract[K]>;
export type ValidatedInput<K extends OperationName> = z.output<Contract[K]>;

export const operationNames = Object.keys(contract) as OperationName[];

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
