import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, open, readFile, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  CONTAINER_VERSION,
  DIGEST_BYTES,
  MAGIC,
  MAX_HEADER_BYTES,
  PACKAGE_SCHEMA_VERSION,
  PREFIX_BYTES,
  TAG_BYTES,
  expectedFileBytes,
  headerSchema,
} from './container-format';
import type { PackageHeader, PackageManifest } from './container-format';
import { decryptor, keyFor } from './container-crypto';
import { readAt, readChunks } from './container-io';
import { BodySink } from './container-body';
import { packageErrors } from './package-error';

export interface OpenedPackage {
  manifest: PackageManifest;
  /** the private folder holding the extracted, verified parts */
  dir: string;
  /** where a part was extracted (file names are by index, never the part name) */
  partPath(name: string): string;
  readPart(name: string): Promise<Buffer>;
  /** SHA-256 and size of the whole package file as it was read (what `sha256sum` says). */
  sha256: string;
  bytes: number;
  /** removes the folder; safe to call twice */
  dispose(): Promise<void>;
}

interface Prefix {
  /** magic through header JSON: hashed into the trailer and authenticated by GCM */
  bytes: Buffer;
  /** null when the header bytes are not a valid header: damage, decided by the trailer */
  header: PackageHeader | null;
}

/** Magic, version and header; refuses files that are not packages or end inside the header. */
async function readPrefix(fh: FileHandle, size: number, file: string): Promise<Prefix> {
  const head = await readAt(fh, 0, Math.min(size, PREFIX_BYTES));
  const magicSeen = head.subarray(0, MAGIC.length);
  if (!magicSeen.equals(MAGIC.subarray(0, magicSeen.length))) throw packageErrors.notAPackage(file);
  if (head.length <= MAGIC.length) throw packageErrors.truncated(file, size);
  if (head[MAGIC.length] !== CONTAINER_VERSION) throw packageErrors.unknownContainer(file, head[MAGIC.length]);
  if (head.length < PREFIX_BYTES) throw packageErrors.truncated(file, size);
  const headerLength = head.readUInt32BE(MAGIC.length + 1);
  if (headerLength > MAX_HEADER_BYTES) throw packageErrors.tampered(file, 'kop');
  const minimum = PREFIX_BYTES + headerLength + DIGEST_BYTES;
  if (size < minimum) throw packageErrors.truncated(file, size, minimum);
  const headerBytes = await readAt(fh, PREFIX_BYTES, headerLength);
  let header: PackageHeader | null = null;
  try {
    const parsed = headerSchema.safeParse(JSON.parse(headerBytes.toString('utf8')));
    if (parsed.success) header = parsed.data;
  } catch {
    // not JSON: the trailer check below reports it as damage
  }
  return { bytes: Buffer.concat([head, headerBytes]), header };
}

/** SHA-256 over everything but the trailer, compared with the trailer. One streamed pass, before anything else is
 *  interpreted, so that any damage reads as damage rather than as a wrong passphrase or an odd manifest. The same pass
 *  gives the whole file's SHA-256, by which the package is logged. */
async function trailerMatches(fh: FileHandle, size: number, file: string): Promise<{ trailer: Buffer; fileSha256: string } | null> {
  const hash = createHash('sha256');
  const whole = createHash('sha256');
  for await (const chunk of readChunks(fh, 0, size - DIGEST_BYTES, () => packageErrors.truncated(file, size))) {
    hash.update(chunk);
    whole.update(chunk);
  }
  const trailer = await readAt(fh, size - DIGEST_BYTES, DIGEST_BYTES);
  return hash.digest().equals(trailer) ? { trailer, fileSha256: whole.update(trailer).digest('hex') } : null;
}

export async function openPackage(path: string, options: { tempDir: string; passphrase?: string }): Promise<OpenedPackage> {
  const file = basename(path);
  const fh = await open(path, 'r');
  try {
    const size = (await fh.stat()).size;
    const prefix = await readPrefix(fh, size, file);
    const { header } = prefix;
    if (header) {
      const expected = expectedFileBytes(prefix.bytes.length - PREFIX_BYTES, header);
      if (size < expected) throw packageErrors.truncated(file, size, expected);
      if (size > expected) throw packageErrors.trailingBytes(file, size - expected);
      if (header.encrypted && !options.passphrase) throw packageErrors.passphraseRequired(file);
    }
    const checked = await trailerMatches(fh, size, file);
    if (!checked) throw packageErrors.tampered(file);
    const { trailer } = checked;
    // Intact per the trailer, yet not a header we understand: written by something else than Doorlicht.
    if (!header) throw packageErrors.tampered(file, 'kop');

    const bodyStart = prefix.bytes.length;
    const bodyEnd = bodyStart + header.bodyBytes;
    let decipher = null;
    if (header.encrypted) {
      const key = await keyFor(options.passphrase as string, header);
      if (!key) throw packageErrors.wrongPassphrase(file);
      decipher = decryptor(key, header.iv as string, prefix.bytes, await readAt(fh, bodyEnd, TAG_BYTES));
    }

    await mkdir(options.tempDir, { recursive: true });
    const dir = await mkdtemp(join(options.tempDir, 'pakket-'));
    const sink = new BodySink(dir, file, header.encrypted, PACKAGE_SCHEMA_VERSION);
    try {
      // Second pass: decrypt and extract, hashing again so a file swapped between passes is still caught.
      const rehash = createHash('sha256').update(prefix.bytes);
      let failure: unknown = null;
      for await (const chunk of readChunks(fh, bodyStart, bodyEnd, () => packageErrors.truncated(file, size))) {
        rehash.update(chunk);
        const plain = decipher ? decipher.update(chunk) : chunk;
        if (failure) continue;
        try {
          await sink.push(plain);
        } catch (error) {
          // Decrypted bytes are unauthenticated until the tag is checked: keep decrypting so that a tampered package
          // is reported as tampered, not as whatever its garbled manifest happens to say.
          if (!decipher) throw error;
          failure = error;
        }
      }
      if (decipher) {
        try {
          decipher.final();
        } catch {
          throw packageErrors.tampered(file);
        }
        rehash.update(await readAt(fh, bodyEnd, TAG_BYTES));
      }
      if (failure) throw failure;
      const manifest = await sink.finish();
      if (!rehash.digest().equals(trailer)) throw packageErrors.tampered(file);
      return opened(dir, file, manifest, sink.partFiles(), { sha256: checked.fileSha256, bytes: size });
    } catch (error) {
      await sink.abort();
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
  } finally {
    await fh.close();
  }
}

function opened(dir: string, file: string, manifest: PackageManifest, partFiles: Map<string, string>, digest: { sha256: string; bytes: number }): OpenedPackage {
  const partPath = (name: string) => {
    const path = partFiles.get(name);
    if (!path) throw packageErrors.missingPart(file, name);
    return path;
  };
  return {
    manifest,
    dir,
    ...digest,
    partPath,
    readPart: async (name) => readFile(partPath(name)),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}
