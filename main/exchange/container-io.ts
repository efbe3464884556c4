import type { FileHandle } from 'node:fs/promises';
import type { Hash } from 'node:crypto';
import { CHUNK_BYTES } from './container-format';

/** Exactly `length` bytes at `position`, or fewer when the file ends first (the caller decides what that means). */
export async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await fh.read(buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

/** Bytes [start, end) in chunks of at most CHUNK_BYTES; throws `onShort()` if the file is shorter than promised
 *  (it changed after we looked at its size). Each chunk is a fresh buffer, so consumers may keep it. */
export async function* readChunks(fh: FileHandle, start: number, end: number, onShort: () => Error): AsyncGenerator<Buffer> {
  for (let position = start; position < end; ) {
    const chunk = await readAt(fh, position, Math.min(CHUNK_BYTES, end - position));
    if (chunk.length === 0) throw onShort();
    position += chunk.length;
    yield chunk;
  }
}

/** Buffers small writes into ~1 MB file writes and hashes everything it writes, in order. */
export class HashingWriter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  written = 0;

  constructor(
    private readonly fh: FileHandle,
    readonly hash: Hash,
  ) {}

  async write(data: Buffer): Promise<void> {
    if (data.length === 0) return;
    this.hash.update(data);
    this.pending.push(data);
    this.pendingBytes += data.length;
    this.written += data.length;
    if (this.pendingBytes >= CHUNK_BYTES) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pendingBytes === 0) return;
    const data = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    let offset = 0;
    while (offset < data.length) {
      const { bytesWritten } = await this.fh.write(data, offset, data.length - offset);
      offset += bytesWritten;
    }
  }
}
