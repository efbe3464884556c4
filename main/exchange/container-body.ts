import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_MANIFEST_BYTES, firstIssue, manifestSchema } from './container-format';
import type { PackageManifest } from './container-format';
import { packageErrors } from './package-error';

function checkManifest(bytes: Buffer, file: string, encrypted: boolean, readableSchema: number): PackageManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw packageErrors.invalidManifest(file, '(geheel)', 'geen geldige JSON');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw packageErrors.invalidManifest(file, '(geheel)', 'geen object');
  const loose = raw as Record<string, unknown>;
  if (loose.format !== 'doorlicht-package') throw packageErrors.invalidManifest(file, 'format', "niet 'doorlicht-package'");
  // Before the full schema: a newer build may have added fields, and "update Doorlicht" is the useful answer then.
  if (typeof loose.schemaVersion === 'number' && loose.schemaVersion > readableSchema) {
    throw packageErrors.newerSchema(file, loose.schemaVersion, readableSchema);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const { field, reason } = firstIssue(parsed.error);
    throw packageErrors.invalidManifest(file, field, reason);
  }
  if (parsed.data.encrypted !== encrypted) throw packageErrors.invalidManifest(file, 'encrypted', 'klopt niet met de versleuteling van het pakket');
  return parsed.data;
}

/**
 * Consumes the (decrypted) body in chunks as they come: the manifest length, the manifest, then each part into its
 * own file named by index, checking each part's size and SHA-256 against the manifest as soon as it is complete.
 */
export class BodySink {
  private stage: 'length' | 'manifest' | 'parts' | 'done' = 'length';
  private readonly lengthBytes = Buffer.alloc(4);
  private lengthFilled = 0;
  private manifestBytes = Buffer.alloc(0);
  private manifestFilled = 0;
  private manifest: PackageManifest | null = null;
  private index = 0;
  private handle: FileHandle | null = null;
  private hash: Hash = createHash('sha256');
  private written = 0;
  private readonly files = new Map<string, string>();

  constructor(
    private readonly dir: string,
    private readonly file: string,
    private readonly encrypted: boolean,
    private readonly readableSchema: number,
  ) {}

  async push(chunk: Buffer): Promise<void> {
    let offset = 0;
    while (offset < chunk.length) {
      const rest = chunk.length - offset;
      if (this.stage === 'length') {
        const take = Math.min(4 - this.lengthFilled, rest);
        chunk.copy(this.lengthBytes, this.lengthFilled, offset, offset + take);
        this.lengthFilled += take;
        offset += take;
        if (this.lengthFilled === 4) this.startManifest(this.lengthBytes.readUInt32BE(0));
      } else if (this.stage === 'manifest') {
        const take = Math.min(this.manifestBytes.length - this.manifestFilled, rest);
        chunk.copy(this.manifestBytes, this.manifestFilled, offset, offset + take);
        this.manifestFilled += take;
        offset += take;
        if (this.manifestFilled === this.manifestBytes.length) await this.endManifest();
      } else if (this.stage === 'parts') {
        const part = this.currentManifest().parts[this.index];
        const take = Math.min(part.bytes - this.written, rest);
        const data = chunk.subarray(offset, offset + take);
        this.hash.update(data);
        await this.writeAll(data);
        this.written += take;
        offset += take;
        if (this.written === part.bytes) await this.endPart();
      } else {
        throw packageErrors.invalidManifest(this.file, 'parts', 'het pakket bevat meer gegevens dan de onderdelen');
      }
    }
  }

  /** After the last chunk: the manifest, once every part it lists has been extracted and verified. */
  async finish(): Promise<PackageManifest> {
    if (this.stage !== 'done') throw packageErrors.invalidManifest(this.file, 'parts', 'de onderdelen zijn groter dan het pakket');
    return this.currentManifest();
  }

  partFiles(): Map<string, string> {
    return new Map(this.files);
  }

  async abort(): Promise<void> {
    await this.handle?.close().catch(() => undefined);
    this.handle = null;
  }

  private startManifest(length: number): void {
    // Checked before allocating: a crafted length cannot reserve more than 4 MB.
    if (length === 0 || length > MAX_MANIFEST_BYTES) throw packageErrors.invalidManifest(this.file, '(geheel)', `lengte ${length} bytes`);
    this.manifestBytes = Buffer.alloc(length);
    this.stage = 'manifest';
  }

  private async endManifest(): Promise<void> {
    this.manifest = checkManifest(this.manifestBytes, this.file, this.encrypted, this.readableSchema);
    this.manifestBytes = Buffer.alloc(0);
    this.stage = 'parts';
    this.index = -1;
    await this.nextPart();
  }

  /** Opens the next part's file; empty parts are created and verified on the spot. */
  private async nextPart(): Promise<void> {
    const parts = this.currentManifest().parts;
    for (this.index++; this.index < parts.length; this.index++) {
      const path = join(this.dir, `deel-${String(this.index).padStart(6, '0')}`);
      this.handle = await open(path, 'wx');
      this.files.set(parts[this.index].name, path);
      this.hash = createHash('sha256');
      this.written = 0;
      if (parts[this.index].bytes > 0) return;
      await this.closePart();
    }
    this.stage = 'done';
  }

  private async endPart(): Promise<void> {
    await this.closePart();
    await this.nextPart();
  }

  private async closePart(): Promise<void> {
    const part = this.currentManifest().parts[this.index];
    await this.handle?.close();
    this.handle = null;
    if (this.hash.digest('hex') !== part.sha256) throw packageErrors.tampered(this.file, part.name);
  }

  private async writeAll(data: Buffer): Promise<void> {
    for (let offset = 0; offset < data.length; ) {
      const { bytesWritten } = await (this.handle as FileHandle).write(data, offset, data.length - offset);
      offset += bytesWritten;
    }
  }

  private currentManifest(): PackageManifest {
    if (!this.manifest) throw new Error('BodySink: manifest not read yet');
    return this.manifest;
  }
}
