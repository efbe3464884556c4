import { z } from 'zod';

/** The records schema this build reads and writes (what is inside records.json, not the container layout). */
// 2: ratings carry the tekort deadline (migration 9). 3: referrals carry their phase, member and deadlines (migration 11).
// 4: attachments belong to evidence or a visit and can be removed; the board's contact log (migration 14);
//    the trajectory's decision history (taskforce_decisions) travels as entries of its own.
export const PACKAGE_SCHEMA_VERSION = 4;

export const MAGIC = Buffer.from('DOORLICHT-PAKKET\n', 'ascii');
export const CONTAINER_VERSION = 1;
/** magic + container version byte + uint32 header length */
export const PREFIX_BYTES = MAGIC.length + 1 + 4;
export const TAG_BYTES = 16;
export const DIGEST_BYTES = 32;
/** Chunk size for every streamed read and write: keeps memory flat however large the attachments are. */
export const CHUNK_BYTES = 1024 * 1024;
// Limits checked before anything is allocated, so a hostile length field cannot make us reserve gigabytes.
export const MAX_HEADER_BYTES = 64 * 1024;
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
export const MAX_PARTS = 100_000;

export interface PackagePart {
  name: string;
  bytes: number;
  /** lowercase hex */
  sha256: string;
}

export interface PackageManifest {
  format: 'doorlicht-package';
  schemaVersion: number;
  packageId: string;
  kind: 'inspection' | 'referral';
  subjectId: string;
  createdAt: string;
  createdBy: string;
  appVersion: string;
  encrypted: boolean;
  parts: PackagePart[];
}

const PART_NAME = /^[a-z0-9][a-z0-9._/-]{0,199}$/;

/** Why a part name is refused, or null. Names never become file names (parts are extracted by index), but a
 *  clean name space keeps the merge code simple and makes a crafted manifest stand out. */
export function partNameProblem(name: string): string | null {
  if (!PART_NAME.test(name)) return 'alleen kleine letters, cijfers en . _ / - (hoogstens 200 tekens, niet beginnend met / of .)';
  if (name.includes('..')) return "'..' is niet toegestaan";
  if (name.includes('//') || name.endsWith('/')) return 'lege mapnaam';
  return null;
}

const partSchema = z.strictObject({
  name: z.string().superRefine((name, ctx) => {
    const problem = partNameProblem(name);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  bytes: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, '64 kleine hexadecimale tekens'),
});

const text = (max: number) => z.string().min(1).max(max);

/** The manifest as this build understands it. schemaVersion has no upper bound here: "newer than we read" is a
 *  separate check with its own message, done before this schema is applied. */
export const manifestSchema = z.strictObject({
  format: z.literal('doorlicht-package'),
  schemaVersion: z.number().int().min(1),
  packageId: text(200),
  kind: z.enum(['inspection', 'referral']),
  subjectId: text(200),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: text(200),
  appVersion: text(50),
  encrypted: z.boolean(),
  parts: z
    .array(partSchema)
    .max(MAX_PARTS)
    .superRefine((parts, ctx) => {
      const seen = new Set<string>();
      parts.forEach((part, index) => {
        if (seen.has(part.name)) ctx.addIssue({ code: 'custom', message: `dubbele naam ${part.name}`, path: [index, 'name'] });
        seen.add(part.name);
      });
    }),
});

const base64Of = (bytes: number) =>
  z.string().refine((s) => /^[A-Za-z0-9+/]*={0,2}$/.test(s) && Buffer.from(s, 'base64').length === bytes, `${bytes} bytes in base64`);

const isPowerOfTwo = (n: number) => Number.isInteger(n) && n > 0 && (n & (n - 1)) === 0;

/** scrypt cost bounds accepted on read: enough room for stronger future settings, but a crafted header cannot
 *  make us spend more than ~128 MB or seconds of CPU deriving a key. */
export const kdfSchema = z
  .strictObject({
    name: z.literal('scrypt'),
    N: z.number().int().min(2 ** 10).max(2 ** 17).refine(isPowerOfTwo, 'macht van 2'),
    r: z.number().int().min(1).max(16),
    p: z.number().int().min(1).max(4),
    salt: base64Of(16),
  })
  .refine((kdf) => 128 * kdf.N * kdf.r <= 128 * 1024 * 1024, 'te veel geheugen');

export type KdfParams = z.infer<typeof kdfSchema>;

/** The clear header: what a reader needs before it can decrypt. bodyBytes lets a cut-short file be told apart
 *  from a damaged one without reading it all. */
export const headerSchema = z
  .strictObject({
    encrypted: z.boolean(),
    bodyBytes: z.number().int().min(4).max(Number.MAX_SAFE_INTEGER),
    kdf: kdfSchema.optional(),
    iv: base64Of(12).optional(),
    keyCheck: base64Of(32).optional(),
  })
  .refine((h) => (h.encrypted ? h.kdf && h.iv && h.keyCheck : !h.kdf && !h.iv && !h.keyCheck), 'versleuteling onvolledig');

export type PackageHeader = z.infer<typeof headerSchema>;

/** Total file size implied by a header of `headerLength` bytes. */
export function expectedFileBytes(headerLength: number, header: PackageHeader): number {
  return PREFIX_BYTES + headerLength + header.bodyBytes + (header.encrypted ? TAG_BYTES : 0) + DIGEST_BYTES;
}

/** First zod issue as a field path ("parts.3.name") and a reason, for messages that name the field. */
export function firstIssue(error: z.ZodError): { field: string; reason: string } {
  const issue = error.issues[0];
  const field = issue?.path.length ? issue.path.map(String).join('.') : '(geheel)';
  return { field, reason: issue?.message ?? 'ongeldig' };
}
