import { randomUUID } from 'node:crypto';
import { closeSync, openSync, readSync, statSync, writeFileSync, appendFileSync, renameSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../api/envelope';
import { PACKAGE_CHUNK_BYTES } from '../api/operations/exchange';
import type { ServiceContext } from '../services/context';
import { call } from './command-kit';

/**
 * Moves package files through the same chunked operations the UI uses, so
 * the CLI exercises exactly what an inspector's click does.
 */

/** Exports and writes the package to `out` (beside first, renamed when whole). */
export async function exportPackageTo(ctx: ServiceContext, request: { inspectionId?: string; referralId?: string; passphrase?: string }, out: string, onProgress: (fraction: number) => void = () => {}) {
  const exported = await call(ctx, 'exportPackage', request);
  const partial = `${out}.${randomUUID()}.part`;
  writeFileSync(partial, Buffer.alloc(0));
  try {
    for (let offset = 0; ; ) {
      const chunk = await call(ctx, 'readPackageChunk', { packageId: exported.packageId, offset });
      appendFileSync(partial, Buffer.from(chunk.base64, 'base64'));
      offset += chunk.bytes;
      onProgress(exported.bytes ? offset / exported.bytes : 1);
      if (chunk.done) break;
    }
    renameSync(partial, out);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return exported;
}

/** Sends a package file in chunks and merges it. */
export async function importPackageFrom(ctx: ServiceContext, file: string, passphrase?: string, onProgress: (fraction: number) => void = () => {}) {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new AppError('not_found', `Bestand niet gevonden: ${file}`, 'file');
  }
  if (size === 0) throw new AppError('invalid_input', `${basename(file)} is leeg.`, 'file');
  const uploadId = randomUUID();
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(PACKAGE_CHUNK_BYTES);
    for (let offset = 0; offset < size; ) {
      const read = readSync(fd, buffer, 0, PACKAGE_CHUNK_BYTES, offset);
      await call(ctx, 'uploadPackageChunk', { uploadId, fileName: basename(file), offset, base64: buffer.subarray(0, read).toString('base64') });
      offset += read;
      onProgress(offset / size);
    }
  } finally {
    closeSync(fd);
  }
  return call(ctx, 'importPackage', { uploadId, passphrase });
}
