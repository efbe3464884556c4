import iconv from 'iconv-lite';
import { ImportFileError } from './errors';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Bytes of a CSV → text. A BOM decides; without one, valid UTF-8 is UTF-8,
 * and a file with no UTF-8 sequence at all is Windows-1252 (what Excel
 * writes as "CSV" on a Belgian Windows), so é never turns into U+FFFD. A
 * file holding both is refused with the line of the first stray byte:
 * reading it either way would garble part of it (École → Ã‰cole).
 */
export function decodeText(bytes: Buffer): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: bytes.subarray(3).toString('utf8'), encoding: 'utf-8-bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const scan = scanUtf8(bytes);
  if (scan.firstInvalid < 0) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  if (scan.multiByte > 0) {
    // Valid UTF-8 (é as two bytes) and a stray Windows-1252 byte in one file: either reading garbles part of it.
    let line = 1;
    for (let i = 0; i < scan.firstInvalid; i++) if (bytes[i] === 0x0a) line++;
    throw new ImportFileError(
      `Het bestand mengt twee tekencoderingen: het is grotendeels UTF-8, maar regel ${line} bevat een teken in een andere codering (Windows-1252). Sla het bestand op als CSV UTF-8 (in Excel: Opslaan als → "CSV UTF-8 (door komma's gescheiden)") en importeer het opnieuw.`,
    );
  }
  return { text: iconv.decode(bytes, 'win1252'), encoding: 'windows-1252' };
}

/** Counts well-formed multi-byte UTF-8 sequences and finds the first byte that is not UTF-8 (-1: none). */
export function scanUtf8(bytes: Uint8Array): { multiByte: number; firstInvalid: number } {
  let multiByte = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    // Overlong and surrogate forms, as the WHATWG decoder refuses them.
    if (ok && length === 3) ok = !(b === 0xe0 && bytes[i + 1] < 0xa0) && !(b === 0xed && bytes[i + 1] > 0x9f);
    if (ok && length === 4) ok = !(b === 0xf0 && bytes[i + 1] < 0x90) && !(b === 0xf4 && bytes[i + 1] > 0x8f);
    if (!ok) return { multiByte, firstInvalid: i };
    multiByte++;
    i += length;
  }
  return { multiByte, firstInvalid: -1 };
}

/** Text that no spreadsheet export produces: NUL bytes or mostly control characters. */
export function assertLooksLikeText(text: string): void {
  const sample = text.slice(0, 64 * 1024);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) throw new ImportFileError('Dit bestand is geen CSV- of XLSX-bestand (het bevat binaire gegevens).');
    if (code < 32 && code !== 9 && code !== 10 && code !== 13) control++;
  }
  if (control > sample.length / 20) throw new ImportFileError('Dit bestand is geen CSV- of XLSX-bestand (het bevat binaire gegevens).');
}

/** What the first bytes say the file is. */
export function sniffFormat(bytes: Buffer): 'xlsx' | 'xls' | 'csv' {
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) return 'xlsx';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return 'xls';
  return 'csv';
}
