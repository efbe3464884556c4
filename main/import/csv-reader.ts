import Papa from 'papaparse';
import { IMPORT_LIMITS } from '../domain/import/limits';
import { assertLooksLikeText, decodeText, type TextEncodingName } from './decode';
import { ImportFileError } from './errors';
import type { TableSink } from './table';

const CHUNK_CHARS = 256 * 1024;
const CANDIDATES = [';', '\t', ','] as const;

/** The header line's delimiter: the candidate it holds most of (outside quotes). A header with none is one column. */
export function detectDelimiter(text: string): string {
  let line = '';
  let quoted = false;
  for (let i = 0; i < text.length && i < 64 * 1024; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted) line += c;
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const count = line.split(candidate).length - 1;
    if (count > bestCount) [best, bestCount] = [candidate, count];
  }
  // One column: a delimiter that cannot occur, so decimal commas in the data never split a cell.
  return best ?? '\u001f';
}

function detectNewline(text: string): '\r\n' | '\n' | '\r' {
  const lf = text.indexOf('\n');
  if (lf > 0 && text[lf - 1] === '\r') return '\r\n';
  if (lf >= 0) return '\n';
  return text.includes('\r') ? '\r' : '\n';
}

/**
 * Streams a CSV through papaparse's own parser a chunk at a time (the way
 * papaparse streams internally), yielding to the event loop between chunks
 * so other calls are served while a large file is read.
 */
export async function readCsv(bytes: Buffer, sink: TableSink): Promise<{ encoding: TextEncodingName; delimiter: string }> {
  const { text, encoding } = decodeText(bytes);
  assertLooksLikeText(text);
  if (text.trim() === '') throw new ImportFileError('Het bestand is leeg.');
  const delimiter = detectDelimiter(text);
  const newline = detectNewline(text);
  let rest = '';
  let pos = 0;
  let rowNumber = 0;
  const maxPending = IMPORT_LIMITS.maxCellLength * IMPORT_LIMITS.maxColumns;
  while (pos < text.length || rest !== '') {
    const chunk = rest + text.slice(pos, pos + CHUNK_CHARS);
    pos += CHUNK_CHARS;
    const isLast = pos >= text.length;
    const result = new Papa.Parser({ delimiter, newline, quoteChar: '"' }).parse(chunk, 0, !isLast) as Papa.ParseResult<string[]>;
    for (const cells of result.data) {
      rowNumber++;
      if (cells.length === 1 && cells[0] === '') continue;
      sink.row(cells, rowNumber);
    }
    if (isLast) {
      const unclosed = result.errors.find((e) => e.code === 'MissingQuotes');
      if (unclosed) throw new ImportFileError(`Een aanhalingsteken wordt niet gesloten (vanaf rij ${rowNumber}); controleer het bestand.`);
      break;
    }
    rest = chunk.slice(result.meta.cursor);
    if (rest.length > maxPending) throw new ImportFileError(`Rij ${rowNumber + 1} is te lang (meer dan ${maxPending} tekens); waarschijnlijk ontbreekt een sluitend aanhalingsteken.`);
    sink.progress(Math.min(pos, text.length) / text.length);
    if (sink.cancelled()) return { encoding, delimiter };
    await new Promise((resolve) => setImmediate(resolve));
  }
  sink.progress(1);
  return { encoding, delimiter };
}
