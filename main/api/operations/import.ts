import { z } from 'zod';
import { IMPORT_KINDS } from '../../domain/import/fields';
import { IMPORT_LIMITS, MAX_IMPORT_BODY_BYTES } from '../../domain/import/limits';
import { empty } from '../schemas';

const previewId = z.string().uuid();
/** A page of preview rows is small: the UI pages, it never pulls a whole file. */
export const PREVIEW_PAGE_MAX = 100;

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
  /** One page of the rows a commit would write (new and changed), with parsed values and, for changed rows, the old ones. */
  importPreviewRows: z
    .object({
      previewId,
      status: z.enum(['all', 'new', 'changed']).default('all'),
      offset: z.number().int().min(0).max(IMPORT_LIMITS.maxRows).default(0),
      limit: z.number().int().min(1).max(PREVIEW_PAGE_MAX).default(25),
    })
    .strict(),
};

/** The largest file the importer takes, for the UI to state. */
export const MAX_IMPORT_FILE_BYTES = IMPORT_LIMITS.maxFileBytes;
