import iconv from 'iconv-lite';
import { ImportFileError } from './errors';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Bytes of a CSV → text. A BOM decides; without one, strict UTF-8 is tried
 * and invalid UTF-8 falls back to Windows-1252 (what Excel writes as "CSV"
 * on a Belgian Windows), so é never turns into U+FFFD.
 */
export function decodeText(bytes: Buffer): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: bytes.subarray(3).toString('utf8'), encoding: 'utf-8-bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  let text: string;
  let encoding: TextEncodingName;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    encoding = 'utf-8';
  } catch {
    text = iconv.decode(bytes, 'win1252');
    encoding = 'windows-1252';
  }
  return { text, encoding };
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
