import { z } from 'zod';
import { empty } from '../schemas';

export const appOperations = {
  appInfo: empty,
  getFramework: z.object({ frameworkId: z.string().max(64).optional(), version: z.string().max(32).optional() }).strict(),
};
