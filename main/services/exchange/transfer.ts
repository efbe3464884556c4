import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { open, stat, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ValidatedInput } from '../../api/contract';
import { AppError } from '../../api/envelope';
import { MAX_PACKAGE_BYTES, PACKAGE_CHUNK_BYTES } from '../../api/operations/exchange';
import type { ServiceContext } from '../context';
import { exchangeDir } from './files';
import { importPackageFile } from './import';

/**
 * Packages cross the process boundary in chunks: the browser-mode host keeps
 * a small body cap, and neither side holds a whole package as one string.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

function uploadDir(ctx: ServiceContext, uploadId: string) {
  return join(exchangeDir(ctx, 'incoming'), uploadId);
}

/** Keeps the name the inspector knows, with only safe characters, so that messages can name it. */
function safeName(fileName: string): string {
  const name = basename(fileName.replace(/\\/g, '/')).replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 120);
  return name.replace(/^\.+/, '') || 'pakket.dlpkg';
}

/** Leftovers of work that never finished (an abandoned download or upload, a crash mid-merge) go after a day. */
export function dropStaleExchangeFiles(ctx: ServiceContext) {
  for (const sub of ['incoming', 'outgoing', 'tmp'] as const) {
    const root = exchangeDir(ctx, sub);
    for (const name of readdirSync(root)) {
      const path = join(root, name);
      if (Date.now() - statSync(path).mtimeMs > DAY_MS) rmSync(path, { recursive: true, force: true });
    }
  }
}

export async function uploadPackageChunk(ctx: ServiceContext, input: ValidatedInput<'uploadPackageChunk'>) {
  const bytes = Buffer.from(input.base64, 'base64');
  if (bytes.length === 0 || bytes.length > PACKAGE_CHUNK_BYTES) throw new AppError('invalid_input', 'Het stuk is leeg of te groot.', 'base64');
  const dir = uploadDir(ctx, input.uploadId);
  if (input.offset === 0) {
    dropStaleExchangeFiles(ctx);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  const file = join(dir, safeName(input.fileName));
  const size = existsSync(file) ? (await stat(file)).size : 0;
  if (!existsSync(dir) || size !== input.offset) {
    throw new AppError('invalid_input', `Het stuk op positie ${input.offset} sluit niet aan (ontvangen: ${size} bytes); begin opnieuw.`, 'offset');
  }
  if (size + bytes.length > MAX_PACKAGE_BYTES) throw new AppError('invalid_input', `Het pakket is groter dan ${MAX_PACKAGE_BYTES / 1024 / 1024} MB.`, 'base64');
  const handle = await open(file, 'a');
  try {
    await handle.write(bytes);
  } finally {
    await handle.close();
  }
  return { received: size + bytes.length };
}

function uploadedFile(ctx: ServiceContext, uploadId: string): string {
  const dir = uploadDir(ctx, uploadId);
  const name = existsSync(dir) ? readdirSync(dir)[0] : undefined;
  if (!name) throw new AppError('not_found', 'Dit pakket is niet (meer) ontvangen; kies het bestand opnieuw.', 'uploadId');
  return join(dir, name);
}

/** Merges an uploaded package; the upload stays after a refusal so that the passphrase can be given again. */
export async function importUploadedPackage(ctx: ServiceContext, input: ValidatedInput<'importPackage'>) {
  const file = uploadedFile(ctx, input.uploadId);
  const result = await importPackageFile(ctx, file, basename(file), input.passphrase);
  rmSync(uploadDir(ctx, input.uploadId), { recursive: true, force: true });
  return result;
}

/** A chunk of an exported package; the file is removed once its last chunk is read. */
export async function readPackageChunk(ctx: ServiceContext, input: ValidatedInput<'readPackageChunk'>) {
  const file = join(exchangeDir(ctx, 'outgoing'), `${input.packageId}.dlpkg`);
  if (!existsSync(file)) throw new AppError('not_found', 'Dit pakket bestaat niet (meer); maak het opnieuw.', 'packageId');
  const total = (await stat(file)).size;
  if (input.offset > total) throw new AppError('invalid_input', `Positie ${input.offset} ligt voorbij het einde (${total} bytes).`, 'offset');
  const length = Math.min(PACKAGE_CHUNK_BYTES, total - input.offset);
  const handle = await open(file, 'r');
  const buffer = Buffer.alloc(length);
  try {
    await handle.read(buffer, 0, length, input.offset);
  } finally {
    await handle.close();
  }
  const done = input.offset + length >= total;
  if (done) await unlink(file);
  return { base64: buffer.toString('base64'), offset: input.offset, bytes: length, total, done };
}
