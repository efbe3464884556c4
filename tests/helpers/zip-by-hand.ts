import { constants, deflateRawSync } from 'node:zlib';

/**
 * Zip files written byte by byte, so a test can make every header lie:
 * the local and the central header carry the sizes given in `declare`,
 * whatever the data really holds.
 */
export interface HandEntry {
  name: string;
  /** The stored bytes: already deflated when method is 8. */
  data: Buffer;
  method?: 0 | 8;
  declare?: { compressed?: number; uncompressed?: number };
  /** The real inflated size (for honest headers); defaults to data's length for stored entries. */
  uncompressed?: number;
}

export function handZip(entries: HandEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const method = e.method ?? 8;
    const compressed = e.declare?.compressed ?? e.data.length;
    const uncompressed = e.declare?.uncompressed ?? e.uncompressed ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(0, 14); // CRC: not checked by the reader under test
    local.writeUInt32LE(compressed >>> 0, 18);
    local.writeUInt32LE(uncompressed >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(compressed >>> 0, 20);
    central.writeUInt32LE(uncompressed >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** An honest deflated entry. */
export function deflated(name: string, text: string | Buffer): HandEntry {
  const raw = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return { name, data: deflateRawSync(raw), uncompressed: raw.length };
}

/**
 * A deflate stream of `prefix`, then `megabytes` MB of `fill`, then
 * `suffix`, made without ever holding the inflated bytes: one fully
 * flushed block of 1 MB is repeated (a full flush makes blocks independent).
 */
export function bombStream(prefix: string, megabytes: number, suffix: string, fill = ' '): Buffer {
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, fill), flush);
  const parts = [deflateRawSync(Buffer.from(prefix), flush)];
  for (let i = 0; i < megabytes; i++) parts.push(block);
  parts.push(deflateRawSync(Buffer.from(suffix)));
  return Buffer.concat(parts);
}

/** The parts every workbook needs, around the given sheet and shared strings entries, in the order given. */
export function workbookEntries(): HandEntry[] {
  return [
    deflated('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    deflated(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    deflated(
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    deflated(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    ),
  ];
}

export const SHEET_OPEN = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
export const SHEET_CLOSE = '</sheetData></worksheet>';

/** Shared strings XML for the given texts. */
export function sharedStringsXml(texts: string[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${texts.length}" uniqueCount="${texts.length}">${texts.map((t) => `<si><t>${esc(t)}</t></si>`).join('')}</sst>`;
}

/** A row of shared-string cells A, B, C… pointing at the given indexes. */
export function sharedRow(r: number, indexes: number[], extra = ''): string {
  return `<row r="${r}">${indexes.map((s, i) => `<c r="${String.fromCharCode(65 + i)}${r}" t="s"><v>${s}</v></c>`).join('')}${extra}</row>`;
}
