import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import { MAX_ATTACHMENT_BYTES } from '../main/domain/onsite/evidence';
import { visibleEntries, writeScope } from './access';
import type { Principal } from './accounts';
import type { Pool } from './db';
import { CentralError } from './errors';

/**
 * Attachment files by their SHA-256 (evidence photos, visit files). A file is
 * nobody's on its own: who may read or send it follows the attachment entries
 * that name its hash, under the same per-role rules as every other read
 * (central/access.ts). So a laptop pushes the attachment's row first, then its
 * file; and a device that may see no such row learns nothing (404), not even
 * that the file exists.
 */

export const SHA256 = /^[0-9a-f]{64}$/;
export const missingRequestSchema = z.object({ hashes: z.array(z.string().regex(SHA256)).max(1_000) }).strict();

const notFound = () => new CentralError(404, 'not_found', 'Geen bestand met die SHA-256 voor dit toestel.');

/**
 * The hash of an attachment entry: its first head's record. An attachment's
 * record never changes but for its removal, so every head names the same file
 * (and the index of migration 006 finds it).
 */
const namingEntries = (principal: Principal, sha: string) =>
  `SELECT e.heads -> 0 -> 'record' ->> 'sha256' AS sha256 FROM entries e
    WHERE e.entity IN ('attachment', 'visit_attachment') AND (e.heads -> 0 -> 'record' ->> 'sha256') = ANY(${sha}) AND ${visibleEntries(principal)}`;

/** Of these hashes, those named by an entry this account may write: its team's inspections, or a task-force member's plan. */
async function writable(pool: Pool, principal: Principal, hashes: readonly string[]): Promise<Set<string>> {
  const scope = writeScope(principal);
  if (scope === 'none' || !hashes.length) return new Set();
  const plan = scope === 'plan' ? " AND e.part = 'plan'" : '';
  const { rows } = await pool.query<{ sha256: string }>(`${namingEntries(principal, '$2::text[]')}${plan}`, [principal.userId, [...hashes]]);
  return new Set(rows.map((r) => r.sha256));
}

async function readable(pool: Pool, principal: Principal, sha256: string): Promise<boolean> {
  const { rows } = await pool.query(`${namingEntries(principal, '$2::text[]')} LIMIT 1`, [principal.userId, [sha256]]);
  return rows.length > 0;
}

/** `POST /files/missing`: which of these files the centre lacks and this device may send (the others it need not send). */
export async function missingFiles(pool: Pool, principal: Principal, hashes: readonly string[]): Promise<string[]> {
  const allowed = await writable(pool, principal, [...new Set(hashes)]);
  if (!allowed.size) return [];
  const { rows } = await pool.query<{ sha256: string }>('SELECT sha256 FROM files WHERE sha256 = ANY($1::text[])', [[...allowed]]);
  const present = new Set(rows.map((r) => r.sha256));
  return [...allowed].filter((h) => !present.has(h)).sort();
}

const tooLarge = () => new CentralError(413, 'too_large', `Een bijlage is hoogstens ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB.`);

/** The body, read up to the cap and no further: a larger one is refused the moment it passes the cap. */
async function readCapped(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_ATTACHMENT_BYTES) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * `PUT /files/<sha256>`: stores a file whose attachment row this device may
 * write, after hashing what came. The same file again changes nothing.
 * Returns whether it was new.
 */
export async function putFile(pool: Pool, principal: Principal, sha256: string, req: IncomingMessage): Promise<boolean> {
  if (!SHA256.test(sha256)) throw notFound();
  if (Number(req.headers['content-length'] ?? 0) > MAX_ATTACHMENT_BYTES) throw tooLarge();
  if (!(await writable(pool, principal, [sha256])).has(sha256)) throw notFound();
  const body = await readCapped(req);
  if (!body.length) throw new CentralError(400, 'invalid_input', 'Het bestand is leeg.');
  const actual = createHash('sha256').update(body).digest('hex');
  if (actual !== sha256) throw new CentralError(400, 'invalid_input', `Het bestand heeft SHA-256 ${actual}, niet ${sha256}. Er is niets opgeslagen.`);
  const { rowCount } = await pool.query('INSERT INTO files (sha256, content, bytes) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING', [sha256, body, body.length]);
  return (rowCount ?? 0) > 0;
}

/** `GET /files/<sha256>`: the file, to a device that may read an attachment entry naming it; to any other, as if it did not exist. */
export async function getFile(pool: Pool, principal: Principal, sha256: string): Promise<Buffer> {
  if (!SHA256.test(sha256) || !(await readable(pool, principal, sha256))) throw notFound();
  const { rows } = await pool.query<{ content: Buffer }>('SELECT content FROM files WHERE sha256 = $1', [sha256]);
  if (!rows.length) throw notFound();
  return rows[0].content;
}
