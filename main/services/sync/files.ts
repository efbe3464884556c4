import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../api/envelope';
import type { ServiceContext } from '../context';
import { ATTACHMENTS_DIR, storeAttachmentFile } from '../evidence';
import { STORED_NAME } from '../exchange/attachments';
import { type CentralConnection, centralFile, centralRequest } from './client';

/**
 * Attachment files travel by sync after their rows (the centre lets a device
 * send or fetch a file only once a row naming it is there, central/files.ts):
 * after a push, the files the centre says it lacks go up; after a pull, the
 * files of rows whose file is not on this laptop come down, each checked
 * against its SHA-256 before it is written. Whole files only: a cut mid-file
 * leaves nothing behind and the next sync tries that file again.
 */

/** Hashes per `POST /files/missing` (the server takes at most 1,000). */
const ASK_PER_REQUEST = 500;

export interface FileTotals {
  sent: number;
  received: number;
  /** Files refused (a wrong hash, a file that changed on disk): never written, retried next sync. */
  failed: Array<{ sha256: string; message: string }>;
}

interface AttachmentFile {
  sha256: string;
  storedName: string;
}

/** The files the live attachment rows name, one per hash and stored name; a stored name that is not its hash is never used as a path. */
async function attachmentFiles(ctx: ServiceContext): Promise<AttachmentFile[]> {
  const rows = await ctx.db.all<{ sha256: string; stored_name: string }>('SELECT DISTINCT sha256, stored_name FROM attachments WHERE deleted_at IS NULL ORDER BY sha256, stored_name');
  return rows.filter((r) => STORED_NAME.exec(r.stored_name)?.[1] === r.sha256).map((r) => ({ sha256: r.sha256, storedName: r.stored_name }));
}

const pathOf = (ctx: ServiceContext, storedName: string) => join(ctx.dataDir, ATTACHMENTS_DIR, storedName);
const hashOf = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function refuse(totals: FileTotals, sha256: string, message: string) {
  totals.failed.push({ sha256, message });
  console.warn(`[sync] bijlage ${sha256}: ${message}`);
}

/** Sends the files of this laptop's attachments that the centre lacks (and this device may send). */
export async function sendFiles(ctx: ServiceContext, conn: CentralConnection, totals: FileTotals): Promise<void> {
  const local = new Map<string, string>();
  for (const f of await attachmentFiles(ctx)) if (!local.has(f.sha256) && existsSync(pathOf(ctx, f.storedName))) local.set(f.sha256, f.storedName);
  const hashes = [...local.keys()];
  for (let start = 0; start < hashes.length; start += ASK_PER_REQUEST) {
    const { missing } = await centralRequest<{ missing: string[] }>(conn, 'POST', '/files/missing', { hashes: hashes.slice(start, start + ASK_PER_REQUEST) });
    for (const sha256 of missing) {
      const storedName = local.get(sha256);
      if (!storedName) continue;
      const bytes = readFileSync(pathOf(ctx, storedName));
      // A file changed on disk since it was added is not this attachment any more: it stays here, for getAttachment to report.
      if (hashOf(bytes) !== sha256) {
        refuse(totals, sha256, 'het bestand in de datamap klopt niet meer met zijn SHA-256; het gaat niet naar de centrale server.');
        continue;
      }
      try {
        await centralFile(conn, 'PUT', `/files/${sha256}`, bytes);
        totals.sent += 1;
      } catch (error) {
        if (!(error instanceof AppError) || error.code === 'unavailable' || error.code === 'unauthorized') throw error;
        refuse(totals, sha256, error.message);
      }
    }
  }
}

/** Fetches the files of attachment rows whose file is not on this laptop; the centre not having one yet is no error (its sender syncs later). */
export async function receiveFiles(ctx: ServiceContext, conn: CentralConnection, totals: FileTotals): Promise<void> {
  const wanted = new Map<string, string[]>();
  for (const f of await attachmentFiles(ctx)) {
    if (existsSync(pathOf(ctx, f.storedName))) continue;
    wanted.set(f.sha256, [...(wanted.get(f.sha256) ?? []), f.storedName]);
  }
  for (const [sha256, names] of wanted) {
    const bytes = await centralFile(conn, 'GET', `/files/${sha256}`);
    if (!bytes) continue;
    const actual = hashOf(bytes);
    if (actual !== sha256) {
      refuse(totals, sha256, `de centrale server stuurde een bestand met SHA-256 ${actual}; het is niet bewaard.`);
      continue;
    }
    // Written beside and renamed (storeAttachmentFile): a cut never leaves a half file under the final name.
    for (const storedName of names) storeAttachmentFile(ctx, { bytes, sha256, storedName });
    totals.received += 1;
  }
}
