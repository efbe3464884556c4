import { z } from 'zod';
import { IMPORT_KINDS } from '../../domain/import/fields';
import { IMPORT_LIMITS, MAX_IMPORT_BODY_BYTES } from '../../domain/import/limits';
import { empty } from '../schemas';

const previewId = z.string().uuid();

export const importOperations = {
  previewImport: z
    .object({
      fileName: z.string().trim().min(1).max(255),
      base64: z.string().min(1, 'het bestand is leeg (0 bytes)').max(MAX_IMPORT_BODY_BYTES, 'het bestand is te groot'),
      kind: z.enum(IMPORT_KINDS).optional(),
      sheet: z.string().trim().min(1).max(100).optional(),
    })
    .strict(),
  importProgress: z.object({ previewId }).strict(),
  commitImport: z.object({ previewId }).strict(),
  cancelImport: z.object({ previewId }).strict(),
  listImports: empty,
  importTemplate: z.object({ kind: z.enum(IMPORT_KINDS) }).strict(),
  importErrorsCsv: z.object({ previewId }).strict(),
};

/** The largest file the importer takes, for the UI to state. */
export const MAX_IMPORT_FILE_BYTES = IMPORT_LIMITS.maxFileBytes;
