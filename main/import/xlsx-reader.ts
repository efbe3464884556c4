import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { IMPORT_LIMITS } from '../domain/import/limits';
import { ImportFileError } from './errors';
import type { TableSink } from './table';
import { checkZip } from './zip-guard';

/** An exceljs cell value as the text a user sees (formulas by their result, rich text joined). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  const v = value as { richText?: Array<{ text: string }>; text?: unknown; result?: unknown; error?: string };
  if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
  if ('result' in v) return cellText(v.result);
  if (v.text !== undefined) return cellText(v.text);
  if (v.error) return v.error;
  return '';
}

const CHUNK = 64 * 1024;

/**
 * The first sheet (or the named one) through exceljs's streaming reader,
 * after the zip directory has been checked for bombs and truncation.
 */
export async function readXlsx(bytes: Buffer, sheet: string | undefined, sink: TableSink): Promise<{ sheet: string }> {
  checkZip(bytes);
  let sent = 0;
  const input = Readable.from(
    (function* chunks() {
      for (let at = 0; at < bytes.length; at += CHUNK) {
        sent = Math.min(bytes.length, at + CHUNK);
        yield bytes.subarray(at, at + CHUNK);
      }
    })(),
  );
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit', entries: 'ignore' });
  const seen: string[] = [];
  let found: string | null = null;
  let count = 0;
  try {
    for await (const worksheet of reader) {
      const ws = worksheet as unknown as { name: string } & AsyncIterable<{ number: number; values: unknown[] }>;
      seen.push(ws.name);
      const wanted = found === null && (sheet === undefined || ws.name.trim().toLowerCase() === sheet.trim().toLowerCase());
      for await (const row of ws) {
        if (!wanted) continue;
        if (row.number > IMPORT_LIMITS.maxRows + 1) throw new ImportFileError(`Het werkblad "${ws.name}" heeft meer dan ${IMPORT_LIMITS.maxRows.toLocaleString('nl-BE')} rijen (rij ${row.number}); splits het op.`);
        const values = Array.isArray(row.values) ? row.values : [];
        const cells: string[] = [];
        for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
        sink.row(cells, row.number);
        if (++count % IMPORT_LIMITS.yieldEveryRows === 0) {
          sink.progress(sent / bytes.length);
          if (sink.cancelled()) return { sheet: ws.name };
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
      if (wanted) {
        found = ws.name;
        break;
      }
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(`Het XLSX-bestand kan niet gelezen worden (${(error as Error).message.slice(0, 120)}). Sla het opnieuw op in Excel of als CSV.`);
  } finally {
    input.destroy();
  }
  if (found === null) {
    if (sheet !== undefined) throw new ImportFileError(`Geen werkblad "${sheet}" in dit bestand${seen.length ? ` (wel: ${seen.join(', ')})` : ''}.`);
    throw new ImportFileError('Het XLSX-bestand bevat geen werkblad.');
  }
  sink.progress(1);
  return { sheet: found };
}
