import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { AppError } from '../api/envelope';
import type { ValidatedInput } from '../api/contract';
import { getAttachment as findAttachment, insertAttachment } from '../db/repositories/attachments';
import { evidenceTable } from '../db/repositories/onsite-entries';
import { findIndicator } from '../domain/framework';
import { MAX_ATTACHMENT_BYTES } from '../domain/onsite/evidence';
import type { ServiceContext } from './context';
import { saveEntry } from './entries';
import { writeInspection } from './write/inspection-write';
import type { HandlerMap } from './handler-types';
import { requireInspection } from './inspections';
import { stripPhotoMetadata } from '../domain/photo-metadata';

export const ATTACHMENTS_DIR = 'attachments';

async function requireIndicators(ctx: ServiceContext, inspectionId: string, indicatorIds: readonly string[]) {
  const inspection = await requireInspection(ctx, inspectionId, 'inspectionId');
  const framework = await ctx.frameworks.pinned(ctx.db, inspection.frameworkId, inspection.frameworkVersion);
  const unknown = indicatorIds.find((id) => !findIndicator(framework, id));
  if (unknown) throw new AppError('invalid_input', `Onbekende indicator ${unknown} in ${framework.id} ${framework.version}`, 'indicatorIds');
}

export async function saveEvidence(ctx: ServiceContext, input: ValidatedInput<'saveEvidence'>) {
  await requireIndicators(ctx, input.inspectionId, input.indicatorIds);
  const { inspectionId, id, ...fields } = input;
  return saveEntry(ctx, 'evidence', inspectionId, id, { ...fields, indicatorIds: [...new Set(fields.indicatorIds)] });
}

function decodeBase64(base64: string): Buffer {
  // Buffer.from silently skips bad characters; refuse them instead of storing a different file.
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0) {
    throw new AppError('invalid_input', 'De bijlage is geen geldige base64-tekst.', 'base64');
  }
  return Buffer.from(base64, 'base64');
}

/** An attachment's bytes as they will be stored, checked and hashed before any write. */
export interface PreparedAttachment {
  bytes: Buffer;
  sha256: string;
  storedName: string;
}

/**
 * Decodes and checks an attachment the same way for every owner (evidence,
 * a task-force visit): a photo's Exif, XMP or PNG text (GPS position, camera, time) never
 * reaches the record, the size is bounded, and the hash is of what is stored.
 */
export function prepareAttachment(fileName: string, base64: string): PreparedAttachment {
  const bytes = Buffer.from(stripPhotoMetadata(decodeBase64(base64)).bytes);
  if (bytes.length === 0) throw new AppError('invalid_input', 'De bijlage is leeg.', 'base64');
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    throw new AppError('invalid_input', `De bijlage ${fileName} is te groot (${bytes.length} bytes; hoogstens ${MAX_ATTACHMENT_BYTES}).`, 'base64');
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const extension = extname(fileName).toLowerCase().replace(/[^.a-z0-9]/g, '').slice(0, 10);
  return { bytes, sha256, storedName: `${sha256}${extension}` };
}

/** Copies a prepared attachment into the data folder, named by its SHA-256 (the same file twice is stored once). */
export function storeAttachmentFile(ctx: ServiceContext, file: PreparedAttachment): void {
  const dir = join(ctx.dataDir, ATTACHMENTS_DIR);
  mkdirSync(dir, { recursive: true });
  const target = join(dir, file.storedName);
  if (existsSync(target)) return;
  // Written beside and renamed, so a half-written file never carries the final name.
  const partial = `${target}.${randomUUID()}.part`;
  writeFileSync(partial, file.bytes);
  renameSync(partial, target);
}

/** Records an attachment with the evidence it belongs to, its file kept in the data folder. */
export async function addAttachment(ctx: ServiceContext, input: ValidatedInput<'addAttachment'>) {
  const file = prepareAttachment(input.fileName, input.base64);
  const { sha256, storedName } = file;
  return writeInspection(ctx, input.inspectionId, 'edit', async (w) => {
    const evidence = await evidenceTable.get(w.tx, input.evidenceId);
    if (!evidence || evidence.inspectionId !== w.inspection.id || evidence.deletedAt) {
      throw new AppError('not_found', `Geen bewijsstuk met id ${input.evidenceId} in deze inspectie`, 'evidenceId');
    }
    storeAttachmentFile(ctx, file);
    const record = {
      id: randomUUID(),
      evidenceId: evidence.id,
      fileName: input.fileName,
      storedName,
      mimeType: input.mimeType,
      bytes: file.bytes.length,
      sha256,
      createdAt: w.at,
      createdBy: w.author.name,
    };
    await insertAttachment(w.tx, record);
    await w.audit([{ entity: 'attachment', entityId: record.id, field: 'added', oldValue: null, newValue: `${record.fileName} (${sha256})` }]);
    return record;
  });
}

/** An attachment's bytes, checked against the hash recorded when it was added. */
export async function getAttachment(ctx: ServiceContext, input: ValidatedInput<'getAttachment'>) {
  const record = await findAttachment(ctx.db, input.id);
  if (!record) throw new AppError('not_found', `Geen bijlage met id ${input.id}`, 'id');
  const path = join(ctx.dataDir, ATTACHMENTS_DIR, record.storedName);
  if (!existsSync(path)) throw new AppError('not_found', `Het bestand van bijlage ${record.fileName} ontbreekt in de datamap (${path}).`);
  const bytes = readFileSync(path);
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== record.sha256) throw new AppError('conflict', `Het bestand van bijlage ${record.fileName} is gewijzigd sinds het werd toegevoegd (SHA-256 klopt niet).`);
  return { ...record, base64: bytes.toString('base64') };
}

export const evidenceHandlers = {
  saveEvidence,
  addAttachment,
  getAttachment,
} satisfies HandlerMap<'saveEvidence' | 'addAttachment' | 'getAttachment'>;
