import { z } from 'zod';
import { payloadSchema } from '../exchange/payload';

/**
 * What a laptop and Doorlicht Centraal say to each other. A sync batch is a
 * set of package payloads (main/services/exchange/payload.ts) without the
 * framework's text, which travels once per batch: a sync is a package over
 * HTTP, merged by the same rules.
 */

export const SYNC_API = '/api/v1';
/** One request body at most; a batch is cut to stay well under it. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

const frameworkRef = z.object({ id: z.string().min(1).max(100), version: z.string().min(1).max(50), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict();
export const frameworkText = frameworkRef.extend({ content: z.string().max(5_000_000) });

export const syncPayloadSchema = payloadSchema.extend({ framework: frameworkRef });
export type SyncPayload = z.infer<typeof syncPayloadSchema>;

export const pushRequestSchema = z
  .object({ frameworks: z.array(frameworkText).max(20), payloads: z.array(syncPayloadSchema).max(5_000) })
  .strict();
export type PushRequest = z.infer<typeof pushRequestSchema>;

export interface PushResult {
  /** Entries whose versions the centre did not have yet. */
  accepted: number;
  same: number;
  conflicts: number;
  /** Entries this account may not change (logged on the server). */
  refused: number;
}

export const pullRequestSchema = z
  .object({
    cursor: z.number().int().min(0),
    schoolCursor: z.number().int().min(0),
    /**
     * Where this laptop is in the centre's school-year figures (0: none yet). A laptop of an
     * earlier version does not send it and gets no figures: it could not move past them.
     */
    figureCursor: z.number().int().min(0).optional(),
    /** The inspections this laptop has, each with the server position it was delivered whole at. */
    known: z.record(z.string().min(1).max(100), z.number().int().min(0)),
    limit: z.number().int().min(1).max(50_000).default(20_000),
  })
  .strict();
export type PullRequest = z.input<typeof pullRequestSchema>;

export interface PullResult {
  payloads: SyncPayload[];
  frameworks: Array<z.infer<typeof frameworkText>>;
  schools: Array<Record<string, string | number | null>>;
  /** School-year figures (domain/school.ts SchoolYearFigures), only once this laptop has every school they belong to. */
  figures: Array<Record<string, string | number | null>>;
  /** The inspections delivered whole in this page: known from `asOf` on. */
  delivered: string[];
  asOf: number;
  cursor: number;
  schoolCursor: number;
  figureCursor: number;
  more: boolean;
}

export interface WhoAmI {
  name: string;
  role: 'inspector' | 'lead' | 'taskforce' | 'staff' | 'admin';
  deviceId: string;
  teams: string[];
}
