/**
 * Removes what a photo says about where and by what it was taken, before it
 * is stored and again before it goes into a report (records from before the
 * PNG rule hold photos stored with it).
 *
 * JPEG: the segments APP1 (Exif — GPS position, camera, time — and XMP),
 * APP13 (IPTC) and COM (comments). PNG: the chunks eXIf, tEXt, zTXt, iTXt
 * (where XMP lives) and tIME. The picture itself (every other segment or
 * chunk, byte for byte and in order) is copied unchanged. Anything that is not
 * a well-formed JPEG up to its first SOS, or PNG up to IEND, comes back as it
 * was: the caller stores it as an ordinary file.
 */

const SOI = 0xd8;
const SOS = 0xda;
const DROPPED = new Set([0xe1, 0xed, 0xfe]); // APP1, APP13, COM

export function isJpeg(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === SOI;
}

export interface StrippedPhoto {
  bytes: Uint8Array;
  /** How many metadata segments were removed. */
  removed: number;
}

export function stripJpegMetadata(bytes: Uint8Array): StrippedPhoto {
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

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_DROPPED = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME']);

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= PNG_SIGNATURE.length && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

export function stripPngMetadata(bytes: Uint8Array): StrippedPhoto {
  if (!isPng(bytes)) return { bytes, removed: 0 };
  const keep: Uint8Array[] = [bytes.subarray(0, PNG_SIGNATURE.length)];
  let removed = 0;
  let at = PNG_SIGNATURE.length;
  // Each chunk: 4-byte length, 4-byte type, data, 4-byte CRC over type and data (kept whole, so no CRC to redo).
  while (at + 12 <= bytes.length) {
    const length = ((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]) >>> 0;
    const end = at + 12 + length;
    if (end > bytes.length) return { bytes, removed: 0 };
    const type = String.fromCharCode(bytes[at + 4], bytes[at + 5], bytes[at + 6], bytes[at + 7]);
    if (PNG_DROPPED.has(type)) removed++;
    else keep.push(bytes.subarray(at, end));
    at = end;
    if (type === 'IEND') return { bytes: removed === 0 ? bytes : concat(keep), removed };
  }
  return { bytes, removed: 0 }; // no IEND: not a picture we understand
}

/** The photo without its metadata, whichever of the two kinds it is; other files as they are. */
export function stripPhotoMetadata(bytes: Uint8Array): StrippedPhoto {
  return isPng(bytes) ? stripPngMetadata(bytes) : stripJpegMetadata(bytes);
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
