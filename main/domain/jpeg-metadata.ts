/**
 * Removes what a photo says about where and by what it was taken: the JPEG
 * segments APP1 (Exif — GPS position, camera, time — and XMP), APP13 (IPTC)
 * and COM (comments). The picture itself (every other segment and the
 * entropy-coded data after SOS) is copied unchanged. Anything that is not a
 * well-formed JPEG up to its first SOS comes back as it was: the caller stores
 * it as an ordinary file.
 */

const SOI = 0xd8;
const SOS = 0xda;
const DROPPED = new Set([0xe1, 0xed, 0xfe]); // APP1, APP13, COM

export function isJpeg(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === SOI;
}

export interface StrippedJpeg {
  bytes: Uint8Array;
  /** How many metadata segments were removed. */
  removed: number;
}

export function stripJpegMetadata(bytes: Uint8Array): StrippedJpeg {
  if (!isJpeg(bytes)) return { bytes, removed: 0 };
  const keep: Uint8Array[] = [bytes.subarray(0, 2)];
  let removed = 0;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return { bytes, removed: 0 }; // not a marker where one must be: leave the file alone
    const marker = bytes[at + 1];
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker === SOS) {
      keep.push(bytes.subarray(at));
      return { bytes: removed === 0 ? bytes : concat(keep), removed };
    }
    // Markers without a length (TEM, RSTn) do not occur before SOS in a valid file.
    const length = (bytes[at + 2] << 8) | bytes[at + 3];
    if (length < 2 || at + 2 + length > bytes.length) return { bytes, removed: 0 };
    const segment = bytes.subarray(at, at + 2 + length);
    if (DROPPED.has(marker)) removed++;
    else keep.push(segment);
    at += 2 + length;
  }
  return { bytes, removed: 0 }; // no SOS: not a picture we understand
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
