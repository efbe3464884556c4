import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { AppError } from '../../api/envelope';
import { isRemoved } from '../../domain/exchange/revisions';
import type { OpenedPackage } from '../../exchange/container';
import type { ServiceContext } from '../context';
import { ATTACHMENTS_DIR } from '../evidence';
import type { IncomingEntry } from './validate';
import { ATTACHMENT_ENTITIES } from '../../db/repositories/sync-tables';

/** An attachment's stored name: its SHA-256 and a short extension, nothing else. */
export const STORED_NAME = /^([0-9a-f]{64})(\.[a-z0-9]{1,10})?$/;

/**
 * Puts the package's attachment files into the data folder, after every
 * check has passed and inside the merge transaction. A part is used only when
 * its name, its verified hash and the attachment record all name the same
 * SHA-256, so a package cannot store other bytes under a known name.
 * Returns the files it created (to remove if the merge is refused after
 * all) and how many records came without their file.
 */
export function placeAttachments(ctx: ServiceContext, opened: OpenedPackage, incoming: readonly IncomingEntry[], fileName: string) {
  const dir = join(ctx.dataDir, ATTACHMENTS_DIR);
  mkdirSync(dir, { recursive: true });
  const parts = new Map(opened.manifest.parts.map((p) => [p.name, p]));
  const placed: string[] = [];
  const fromPart = new Map<string, string>();
  let missing = 0;
  try {
    for (const entry of incoming) {
      if (!ATTACHMENT_ENTITIES.has(entry.table.entity)) continue;
      for (const { record } of entry.state.heads) {
        if (isRemoved(record)) continue;
        const stored = String(record.stored_name);
        const target = join(dir, stored);
        if (existsSync(target)) continue;
        const part = parts.get(`attachments/${record.sha256}`);
        if (!part) {
          missing += 1;
          continue;
        }
        if (part.sha256 !== record.sha256) {
          throw new AppError('invalid_input', `${fileName}: bijlage ${String(record.file_name)} heeft niet de inhoud die haar naam belooft. Er is niets ingelezen.`, 'file');
        }
        // The verified part lies in the data folder: moving it is enough; a second name for the same bytes copies the first.
        const partial = `${target}.${randomUUID()}.part`;
        const earlier = fromPart.get(part.name);
        if (earlier) copyFileSync(earlier, partial);
        else {
          try {
            renameSync(opened.partPath(part.name), partial);
          } catch {
            copyFileSync(opened.partPath(part.name), partial);
          }
        }
        renameSync(partial, target);
        placed.push(target);
        fromPart.set(part.name, target);
      }
    }
  } catch (error) {
    removePlaced(placed);
    throw error;
  }
  return { placed, missing };
}

export function removePlaced(placed: readonly string[]): void {
  for (const file of placed) rmSync(file, { force: true });
}
