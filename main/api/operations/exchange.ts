import { z } from 'zod';
import { entityId } from '../schemas';

/** One chunk of a package travelling over the boundary; the HTTP body cap stays small whatever the package size. */
export const PACKAGE_CHUNK_BYTES = 4 * 1024 * 1024;
/** The largest package accepted (attachments included). */
export const MAX_PACKAGE_BYTES = 1024 * 1024 * 1024;

const uuid = z.string().uuid('een geldige id');
const passphrase = z.string().min(1, 'geef de wachtwoordzin op').max(1024);
const cell = z.union([z.string().max(100_000), z.number().finite(), z.null()]);

/** Exchange between laptops: packages out and in, and the conflicts a merge leaves for the lead. */
export const exchangeOperations = {
  exportPackage: z
    .object({
      inspectionId: entityId.optional(),
      referralId: entityId.optional(),
      passphrase: z.string().min(8, 'een wachtwoordzin van minstens 8 tekens').max(1024).optional(),
    })
    .strict()
    .refine((v) => (v.inspectionId === undefined) !== (v.referralId === undefined), {
      message: 'kies een inspectie of een begeleidingstraject',
      path: ['inspectionId'],
    }),
  readPackageChunk: z.object({ packageId: uuid, offset: z.number().int().min(0).max(MAX_PACKAGE_BYTES) }).strict(),
  uploadPackageChunk: z
    .object({
      uploadId: uuid,
      fileName: z.string().trim().min(1).max(255),
      offset: z.number().int().min(0).max(MAX_PACKAGE_BYTES),
      base64: z.string().min(1, 'het stuk is leeg').max(Math.ceil((PACKAGE_CHUNK_BYTES * 4) / 3) + 4, 'het stuk is te groot'),
    })
    .strict(),
  importPackage: z.object({ uploadId: uuid, passphrase: passphrase.optional() }).strict(),
  listConflicts: z.object({ inspectionId: entityId }).strict(),
  resolveConflict: z
    .object({
      inspectionId: entityId,
      entity: z.string().min(1).max(40),
      entityId: z.string().min(1).max(500),
      /** The version kept (its rev); with `edited`, the version the edit starts from. */
      keep: z.string().regex(/^[0-9a-f]{32}$/, 'een versie'),
      /** Changed fields, for "edit": column to new value. */
      edited: z.record(z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/), cell).optional(),
    })
    .strict(),
  listExchanges: z.object({ inspectionId: entityId }).strict(),
};
