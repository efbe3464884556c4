import { IMPORT_LIMITS } from '../domain/import/limits';
import { ImportFileError } from './errors';
import type { TableSink } from './table';
import { readSharedStrings, readWorkbookParts, type ZipFile } from './xlsx-parts';
import { streamXmlEntry } from './xml-stream';
import { newInflateBudget, readZipDirectory } from './zip-reader';

/** `XFD17` → 16384; letters only, at most three (Excel's last column is XFD). */
export function columnNumber(ref: string | undefined): number | null {
  if (!ref) return null;
  const letters = /^([A-Z]{1,3})\d*$/i.exec(ref)?.[1];
  if (!letters) return null;
  let n = 0;
  for (const c of letters.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

/** A cell's stored value as the text a user sees: shared strings looked up, numbers as numbers, booleans as true/false. */
function cellText(type: string | undefined, raw: string, inline: string, strings: string[], where: string): string {
  switch (type) {
    case 's': {
      if (raw.trim() === '') return '';
      const index = Number(raw);
      const text = Number.isInteger(index) ? strings[index] : undefined;
      if (text === undefined) throw new ImportFileError(`Het XLSX-bestand is beschadigd (cel ${where} verwijst naar een tekst die niet bestaat).`);
      return text;
    }
    case 'inlineStr':
      return inline;
    case 'b':
      return raw === '1' ? 'true' : raw === '0' ? 'false' : raw;
    case 'd':
      return raw.slice(0, 10);
    case 'str':
    case 'e':
      return raw;
    default: {
      // Numbers as JavaScript writes them (1.0E+3 → 1000), the way a user typed them.
      const number = Number(raw);
      return raw.trim() !== '' && Number.isFinite(number) ? String(number) : raw;
    }
  }
}

/**
 * Reads the first sheet (or the named one) straight from the zip with a
 * SAX parser, in bounded memory and time: the shared strings first (so no
 * order of parts forces a spool to disk), then the sheet, row by row. The
 * work per row follows the cells present, never the column positions they
 * name, so one cell in column XFD costs one cell.
 */
export async function readXlsx(bytes: Buffer, sheet: string | undefined, sink: TableSink): Promise<{ sheet: string }> {
  const zip: ZipFile = { bytes, entries: readZipDirectory(bytes), budget: newInflateBudget() };
  const { sheets, sharedStrings } = await readWorkbookParts(zip);
  if (sheets.length === 0) throw new ImportFileError('Het XLSX-bestand bevat geen werkblad.');
  const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s.name.trim().toLowerCase() === sheet.trim().toLowerCase());
  if (!chosen) throw new ImportFileError(`Geen werkblad "${sheet}" in dit bestand (wel: ${sheets.map((s) => s.name).join(', ')}).`);
  const entry = zip.entries.get(chosen.path);
  if (!entry) throw new ImportFileError(`Het XLSX-bestand is beschadigd (werkblad "${chosen.name}" ontbreekt: ${chosen.path}).`);
  const strings = await readSharedStrings(zip, sharedStrings);

  const keep = IMPORT_LIMITS.maxCellLength + 1;
  let rowNumber = 0;
  let cells: string[] | null = null;
  let column = 0;
  let cellRef = '';
  let type: string | undefined;
  let raw = '';
  let inline = '';
  let inValue = false;
  let inInline = false;
  let inText = false;
  let inPhonetic = false;
  const pending: { cells: string[]; rowNumber: number }[] = [];
  let cancelled = false;

  await streamXmlEntry(
    bytes,
    entry,
    zip.budget,
    {
      open(name, a) {
        if (name === 'row') {
          const r = Number(a.r);
          rowNumber = Number.isSafeInteger(r) && r > 0 ? r : rowNumber + 1;
          cells = [];
          column = 0;
        } else if (name === 'c' && cells) {
          column = columnNumber(a.r) ?? column + 1;
          cellRef = a.r ?? `rij ${rowNumber}`;
          type = a.t;
          [raw, inline] = ['', ''];
        } else if (name === 'v') inValue = true;
        else if (name === 'is') inInline = true;
        else if (name === 't') inText = true;
        else if (name === 'rPh') inPhonetic = true;
      },
      text(text) {
        if (inValue && raw.length < keep) raw += text.slice(0, keep - raw.length);
        else if (inInline && inText && !inPhonetic && inline.length < keep) inline += text.slice(0, keep - inline.length);
      },
      close(name) {
        if (name === 'v') inValue = false;
        else if (name === 'is') inInline = false;
        else if (name === 't') inText = false;
        else if (name === 'rPh') inPhonetic = false;
        else if (name === 'c' && cells) {
          const text = cellText(type, raw, inline, strings, cellRef);
          if (text === '') return;
          if (column > IMPORT_LIMITS.maxColumns) {
            throw new ImportFileError(`Rij ${rowNumber} heeft een waarde in cel ${cellRef} (kolom ${column}); er zijn hoogstens ${IMPORT_LIMITS.maxColumns} kolommen toegestaan.`);
          }
          while (cells.length < column - 1) cells.push('');
          cells[column - 1] = text;
        } else if (name === 'row' && cells) {
          if (cells.length > 0) pending.push({ cells, rowNumber });
          cells = null;
        }
      },
    },
    async (fraction) => {
      // Rows go to the sink between chunks, outside the parser's callbacks.
      for (const row of pending.splice(0)) sink.row(row.cells, row.rowNumber);
      sink.progress(fraction);
      if (sink.cancelled()) {
        cancelled = true;
        return false;
      }
      return true;
    },
  );
  if (!cancelled) {
    for (const row of pending.splice(0)) sink.row(row.cells, row.rowNumber);
    sink.progress(1);
  }
  return { sheet: chosen.name };
}
