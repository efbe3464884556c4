import { z } from 'zod';

const count = z.number().int().min(0);

export const demoOperations = {
  /** What demo data the record holds and what removing it would take. */
  getDemoData: z.object({}).strict(),
  /** The counts the user was shown and confirmed; different counts now remove nothing. */
  removeDemoData: z.object({ expected: z.object({ schools: count, inspections: count }).strict() }).strict(),
};
