/**
 * The exchange-package container: one file that carries an inspection (records JSON + attachments) between laptops.
 * This module only moves verified bytes; what the parts mean is the exchange feature's business.
 *
 * File layout (all integers big-endian):
 *
 *   "DOORLICHT-PAKKET\n"          17 bytes  magic
 *   container version             1 byte    = 1
 *   header length H               uint32    at most 64 KiB
 *   header                        H bytes   JSON, in the clear: { encrypted, bodyBytes, kdf?: { name: 'scrypt', N, r, p,
 *                                           salt }, iv?, keyCheck? } (binary fields base64). bodyBytes = body length.
 *   body                          bodyBytes uint32 manifest length M (at most 4 MiB), M bytes manifest JSON
 *                                           (PackageManifest), then each part's bytes in manifest order.
 *                                           When encrypted: the whole body is AES-256-GCM ciphertext (same length),
 *                                           key = scrypt(passphrase NFC, salt, N, r, p) 32 bytes, 12-byte iv, and the
 *                                           bytes from the magic through the header as additional authenticated data.
 *   tag                           16 bytes  GCM tag, only when encrypted
 *   trailer                       32 bytes  SHA-256 over every preceding byte of the file
 *
 * keyCheck = HMAC-SHA256(key, 'doorlicht-key-check') tells a wrong passphrase apart from damage before decrypting.
 * The trailer catches accidental damage (bad USB stick, cut-off copy) of plain and encrypted packages alike; for
 * deliberate changes to an encrypted package the GCM tag is what counts (anyone can recompute a SHA-256), and for a
 * plain package the per-part SHA-256 in the manifest is checked as each part is extracted.
 *
 * Writing goes to a temporary sibling file that is renamed into place, so a failed export never leaves a half
 * package under the chosen name. Parts from a path are streamed twice (hash, then copy) in 1 MiB chunks.
 */
import { createHash, randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  CHUNK_BYTES,
  CONTAINER_VERSION,
  MAGIC,
  MAX_MANIFEST_BYTES,
  PACKAGE_SCHEMA_VERSION,
  firstIssue,
  headerSchema,
  manifestSchema,
  partNameProblem,
} from './container-format';
import type { PackageHeader, PackageManifest, PackagePart } from './container-format';
import { encryptor, newEncryption } from './container-crypto';
import { HashingWriter, readChunks } from './container-io';
import { PackageError, packageErrors } from './package-error';

export { PACKAGE_SCHEMA_VERSION, MAX_PARTS, MAX_MANIFEST_BYTES } from './container-format';
export type { PackageManifest, PackagePart } from './container-format';
export { DEFAULT_KDF_COST } from './container-crypto';
export { openPackage } from './container-read';
export type { OpenedPackage } from './container-read';
export { PackageError } from './package-error';
export type { PackageErrorCode } from './package-error';

export type PartSource = { name: string; data: Buffer } | { name: string; path: string };

export type PackageHeaderInput = Omit<PackageManifest, 'parts' | 'encrypted' | 'format' | 'schemaVersion'>;

export interface WritePackageOptions {
  passphrase?: string;
  /** Tests only: a cheaper scrypt cost, so property tests can encrypt many packages quickly. */
  kdfCost?: { N: number; r?: number; p?: number };
  /** Tests only: pretend to be a newer build, to check that older builds refuse its packages. */
  schemaVersion?: number;
}

export interface WrittenPackage {
  /** size of the file on disk */
  bytes: number;
  /** SHA-256 (lowercase hex) of the whole file as on disk, e.g. for an audit log */
  sha256: string;
  manifest: PackageManifest;
}

function uint32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32BE(value);
  return buffer;
}

async function measurePart(source: PartSource): Promise<{ bytes: number; sha256: string }> {
  if ('data' in source) return { bytes: source.data.length, sha256: createHash('sha256').update(source.data).digest('hex') };
  const fh = await open(source.path, 'r');
  try {
    const hash = createHash('sha256');
    let bytes = 0;
    for await (const chunk of readChunks(fh, 0, (await fh.stat()).size, () => new Error(`${source.path} shrank while reading`))) {
      hash.update(chunk);
      bytes += chunk.length;
    }
    return { bytes, sha256: hash.digest('hex') };
  } finally {
    await fh.close();
  }
}

/** The part's bytes in chunks; a path source is re-hashed so a file that changed since it was measured is refused. */
async function* partChunks(file: string, source: PartSource, part: PackagePart): AsyncGenerator<Buffer> {
  if ('data' in source) {
    // Slice so the cipher output per step stays ~1 MB even for a large in-memory part.
    for (let offset = 0; offset < source.data.length; offset += CHUNK_BYTES) yield source.data.subarray(offset, offset + CHUNK_BYTES);
    return;
  }
  const changed = () => packageErrors.partChangedWhileWriting(file, part.name);
  const fh = await open(source.path, 'r');
  try {
    const hash = createHash('sha256');
    for await (const chunk of readChunks(fh, 0, part.bytes, changed)) {
      hash.update(chunk);
      yield chunk;
    }
    if (hash.digest('hex') !== part.sha256) throw changed();
  } finally {
    await fh.close();
  }
}

function buildManifest(file: string, header: PackageHeaderInput, parts: PackagePart[], encrypted: boolean, schemaVersion: number): PackageManifest {
  const manifest: PackageManifest = {
    format: 'doorlicht-package',
    schemaVersion,
    packageId: header.packageId,
    kind: header.kind,
    subjectId: header.subjectId,
    createdAt: header.createdAt,
    createdBy: header.createdBy,
    appVersion: header.appVersion,
    encrypted,
    parts,
  };
  // The same schema the reader applies: never write a package that this build would refuse to open.
  const checked = manifestSchema.safeParse(manifest);
  if (!checked.success) {
    const { field, reason } = firstIssue(checked.error);
    throw packageErrors.invalidPartOnWrite(file, field, reason);
  }
  return manifest;
}

export async function writePackage(
  file: string,
  header: PackageHeaderInput,
  parts: PartSource[],
  options: WritePackageOptions = {},
): Promise<WrittenPackage> {
  const name = basename(file);
  const seen = new Set<string>();
  for (const part of parts) {
    const problem = partNameProblem(part.name) ?? (seen.has(part.name) ? 'dubbele naam' : null);
    if (problem) throw packageErrors.invalidPartOnWrite(name, `onderdeel ${JSON.stringify(part.name)}`, problem);
    seen.add(part.name);
  }
  if (options.passphrase === '') throw new PackageError('passphrase_required', `Het pakket ${name} kan niet gemaakt worden: de wachtwoordzin is leeg.`);
  const encrypted = options.passphrase !== undefined;

  const measured: PackagePart[] = [];
  for (const part of parts) measured.push({ name: part.name, ...(await measurePart(part)) });
  const manifest = buildManifest(name, header, measured, encrypted, options.schemaVersion ?? PACKAGE_SCHEMA_VERSION);
  const manifestBytes = Buffer.from(JSON.stringify(manifest), 'utf8');
  if (manifestBytes.length > MAX_MANIFEST_BYTES) throw packageErrors.invalidPartOnWrite(name, 'parts', 'inhoudsopgave groter dan 4 MB');

  const encryption = encrypted ? await newEncryption(options.passphrase as string, options.kdfCost) : null;
  const clearHeader: PackageHeader = headerSchema.parse({
    encrypted,
    bodyBytes: 4 + manifestBytes.length + measured.reduce((sum, part) => sum + part.bytes, 0),
    ...encryption?.header,
  });
  const headerBytes = Buffer.from(JSON.stringify(clearHeader), 'utf8');
  const prefix = Buffer.concat([MAGIC, Buffer.from([CONTAINER_VERSION]), uint32(headerBytes.length), headerBytes]);

  const temporary = `${file}.${randomBytes(6).toString('hex')}.deel`;
  let fh: FileHandle | undefined = await open(temporary, 'wx');
  try {
    const writer = new HashingWriter(fh, createHash('sha256'));
    await writer.write(prefix);
    const cipher = encryption ? encryptor(encryption.key, encryption.header.iv, prefix) : null;
    const writeBody = (data: Buffer) => writer.write(cipher ? cipher.update(data) : data);
    await writeBody(uint32(manifestBytes.length));
    await writeBody(manifestBytes);
    for (let index = 0; index < parts.length; index++) {
      for await (const chunk of partChunks(name, parts[index], measured[index])) await writeBody(chunk);
    }
    if (cipher) {
      await writer.write(cipher.final());
      await writer.write(cipher.getAuthTag());
    }
    await writer.write(writer.hash.copy().digest());
    await writer.flush();
    await fh.sync();
    await fh.close();
    fh = undefined;
    await rename(temporary, file);
    return { bytes: writer.written, sha256: writer.hash.digest('hex'), manifest };
  } catch (error) {
    await fh?.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
