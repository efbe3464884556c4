import { z } from 'zod';

export const retentionOperations = {
  getRetention: z.object({}).strict(),
  setRetention: z.object({ days: z.number().int().min(30, 'minstens 30 dagen').max(3650, 'hoogstens 10 jaar') }).strict(),
  /** The count the user was shown and confirmed; a different count now removes nothing. */
  purgeExpiredAttachments: z.object({ expectedCount: z.number().int().min(0) }).strict(),
};
