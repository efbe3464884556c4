import { IMPORT_LIMITS } from '../domain/import/limits';
import { readCsv } from './csv-reader';
import { sniffFormat } from './decode';
import { ImportFileError } from './errors';
import { readXlsx } from './xlsx-reader';

/** Where a reader puts what it reads. Rows are numbered as in the file (first row = 1). */
export interface TableSink {
  row(cells: string[], rowNumber: number): void;
  progress(fraction: number): void;
  cancelled(): boolean;
}

export interface TableInfo {
  format: 'csv' | 'xlsx';
  encoding?: string;
  delimiter?: string;
  sheet?: string;
}

/**
 * Reads any accepted file as rows of text cells. Bounds every dimension:
 * size, rows, columns; the bad-file cases end here with one message.
 */
export async function readTable(bytes: Buffer, options: { sheet?: string }, sink: TableSink): Promise<TableInfo> {
  if (bytes.length === 0) throw new ImportFileError('Het bestand is leeg.');
  if (bytes.length > IMPORT_LIMITS.maxFileBytes) {
    throw new ImportFileError(`Het bestand is groter dan ${Math.round(IMPORT_LIMITS.maxFileBytes / 1024 / 1024)} MB; splits het op.`);
  }
  let rows = 0;
  const bounded: TableSink = {
    row(cells, rowNumber) {
      if (++rows > IMPORT_LIMITS.maxRows + 1) throw new ImportFileError(`Het bestand heeft meer dan ${IMPORT_LIMITS.maxRows.toLocaleString('nl-BE')} rijen; splits het op.`);
      if (cells.length > IMPORT_LIMITS.maxColumns) {
        // Trailing empty cells (a sheet formatted far to the right) are harmless.
        let last = cells.length;
        while (last > 0 && cells[last - 1] === '') last--;
        if (last > IMPORT_LIMITS.maxColumns) throw new ImportFileError(`Rij ${rowNumber} heeft meer dan ${IMPORT_LIMITS.maxColumns} kolommen.`);
        cells = cells.slice(0, last);
      }
      sink.row(cells, rowNumber);
    },
    progress: (fraction) => sink.progress(fraction),
    cancelled: () => sink.cancelled(),
  };
  const format = sniffFormat(bytes);
  if (format === 'xls') throw new ImportFileError('Dit is het oude Excel-formaat (.xls). Sla het bestand in Excel op als .xlsx of als CSV.');
  if (format === 'xlsx') return { format, ...(await readXlsx(bytes, options.sheet, bounded)) };
  return { format, ...(await readCsv(bytes, bounded)) };
}
