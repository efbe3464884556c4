import { z } from 'zod';

/** Field schemas shared by several operations, so each rule is written once. */
export const instellingsnummer = z
  .string()
  .trim()
  .regex(/^\d{5,6}$/, 'een instellingsnummer bestaat uit 5 of 6 cijfers');

export const entityId = z.string().trim().min(1).max(64);

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'een datum in de vorm jjjj-mm-dd')
  // Date.parse rolls 30 February over to March; a round trip catches it.
  .refine((s) => {
    const date = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === s;
  }, 'geen bestaande datum');

export const empty = z.object({}).strict();
