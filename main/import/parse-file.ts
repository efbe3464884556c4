import type { ImportKind } from '../domain/import/fields';
import { detectKind, type HeaderMatch, matchHeaders } from '../domain/import/headers';
import { RowValidator } from '../domain/import/validate';
import { ImportFileError } from './errors';
import { readTable, type TableInfo } from './table';

export interface ParsedFile {
  info: TableInfo;
  match: HeaderMatch;
  validator: RowValidator;
  /** Data rows read (empty rows not counted). */
  rows: number;
  cancelled: boolean;
}

export interface ParseOptions {
  kind?: ImportKind;
  sheet?: string;
  currentYear: number;
  onProgress?: (fraction: number, rows: number) => void;
  isCancelled?: () => boolean;
}

/** The header's problems in one clear message: what is missing, and what was found instead. */
function assertUsableHeader(match: HeaderMatch, headers: string[]): void {
  const problems: string[] = [];
  if (match.missing.length) {
    problems.push(`Verplichte kolommen ontbreken: ${match.missing.join(', ')}. Gevonden kolommen: ${headers.filter((h) => h.trim()).slice(0, 30).join(', ') || '(geen)'}.`);
  }
  if (match.duplicated.length) problems.push(`Kolommen komen dubbel voor: ${match.duplicated.join(', ')}.`);
  if (problems.length) throw new ImportFileError(problems.join(' '));
}

/**
 * Reads a whole file into validated records: the first non-empty row is the
 * header, the kind is detected from it unless given, every other row goes
 * through the validator as it streams by.
 */
export async function parseImportFile(bytes: Buffer, options: ParseOptions): Promise<ParsedFile> {
  let match: HeaderMatch | null = null;
  let validator: RowValidator | null = null;
  let rows = 0;
  let cancelled = false;
  const info = await readTable(bytes, { sheet: options.sheet }, {
    row(cells, rowNumber) {
      if (!validator) {
        if (cells.every((c) => c.trim() === '')) return;
        const headers = cells.map((c) => c.trim());
        const kind = options.kind ?? detectKind(headers);
        if (!kind) {
          throw new ImportFileError(`De kolomkoppen herkennen we niet als scholen of schooljaarcijfers (gevonden: ${headers.filter(Boolean).slice(0, 12).join(', ') || 'geen'}). Gebruik een sjabloon.`);
        }
        match = matchHeaders(headers, kind);
        assertUsableHeader(match, headers);
        validator = new RowValidator(match, options.currentYear);
        return;
      }
      if (cells.every((c) => c.trim() === '')) return;
      rows++;
      validator.add(cells, rowNumber);
    },
    progress: (fraction) => options.onProgress?.(fraction, rows),
    cancelled: () => (cancelled = options.isCancelled?.() ?? false),
  });
  if (!match || !validator) throw new ImportFileError('Het bestand bevat geen kolomkoppen en geen gegevens.');
  if (!cancelled && rows === 0) throw new ImportFileError('Het bestand bevat alleen kolomkoppen en geen gegevensrijen.');
  return { info, match, validator, rows, cancelled };
}
