import { z } from 'zod';

/** Sync with Doorlicht Centraal (Instellingen → Centrale server). */
export const syncOperations = {
  enrolDevice: z
    .object({
      server: z.string().trim().min(1, 'vul het adres van de centrale server in').max(500),
      code: z.string().trim().min(4, 'vul de aanmeldcode in die je van de beheerder kreeg').max(100),
    })
    .strict(),
  syncStatus: z.object({}).strict(),
  syncNow: z.object({}).strict(),
};
