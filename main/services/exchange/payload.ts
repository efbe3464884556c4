import { z } from 'zod';
import { INSPECTION_STATUSES } from '../../domain/inspection';
import { PACKAGE_SCHEMA_VERSION } from '../../exchange/container';

/**
 * records.json, the heart of a package: the inspection's school and
 * framework (so that a workbench that lacks them can still open it) and
 * every entry with its versions. Validated whole before anything is written.
 */
const cell = z.union([z.string().max(1_000_000), z.number().finite(), z.null()]);
const row = z.record(z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'ongeldige kolomnaam'), cell);
const rev = z.string().regex(/^[0-9a-f]{32}$/, 'ongeldige versie');

export const payloadSchema = z
  .object({
    /** The same number as the manifest's: records.json says on its own which layout it follows. */
    schemaVersion: z.literal(PACKAGE_SCHEMA_VERSION),
    kind: z.enum(['inspection', 'referral']),
    inspectionId: z.string().min(1).max(100),
    referralId: z.string().min(1).max(100).nullable(),
    /** The inspection's status on the sending laptop: it follows the copy furthest along. */
    inspectionStatus: z.enum(INSPECTION_STATUSES),
    school: row,
    framework: z.object({ id: z.string().min(1).max(100), version: z.string().min(1).max(50), content: z.string().max(5_000_000), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
    entries: z
      .array(
        z
          .object({
            entity: z.string().min(1).max(40),
            id: z.string().min(1).max(500),
            heads: z.array(z.object({ rev, history: z.array(rev).max(100_000), record: row }).strict()).min(1).max(100),
          })
          .strict(),
      )
      .max(500_000),
  })
  .strict();

export type PackagePayload = z.infer<typeof payloadSchema>;
export type PayloadEntry = PackagePayload['entries'][number];

/** The first problem of a payload, said with its place in the file. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return `records.json${path}: ${issue.message}`;
}
