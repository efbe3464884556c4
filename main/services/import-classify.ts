import type { SqlExecutor } from '../db/connection';
import { allFigures, allSchools } from '../db/repositories/imports';
import { fieldsOf, type ImportKind } from '../domain/import/fields';
import type { ImportRecord } from '../domain/import/validate';

/** One row the import would write: new, or changed against what the record holds (then with its old values). */
export interface PlannedRow {
  /** The row in the file (header = 1). */
  row: number;
  status: 'new' | 'changed';
  record: ImportRecord;
  before: ImportRecord | null;
}

export interface Classification {
  toWrite: ImportRecord[];
  planned: PlannedRow[];
  rowsNew: number;
  rowsChanged: number;
  rowsUnchanged: number;
}

function keyOf(kind: ImportKind, record: ImportRecord): string {
  return kind === 'schools' ? record.instellingsnummer : `${record.instellingsnummer} ${(record as { schoolYear: string }).schoolYear}`;
}

const valueOf = (record: ImportRecord, key: string) => (record as unknown as Record<string, unknown>)[key];

/** The fields whose value differs; empty when the row changes nothing. */
export function changedFields(kind: ImportKind, before: ImportRecord, after: ImportRecord): string[] {
  return fieldsOf(kind).filter((f) => valueOf(before, f.key) !== valueOf(after, f.key)).map((f) => f.key);
}

/**
 * New, changed, unchanged against what the record holds now. `rows[i]` is the
 * file row of `records[i]`; rows listed in `skipRows` (rows with an error) are
 * left out, so that every data row is counted exactly once: new + changed +
 * unchanged + rows with errors = rows in the file.
 */
export async function classify(
  db: SqlExecutor,
  kind: ImportKind,
  records: readonly ImportRecord[],
  rows: readonly number[] = [],
  skipRows: ReadonlySet<number> = new Set(),
): Promise<Classification> {
  const existing: Map<string, ImportRecord> = kind === 'schools' ? await allSchools(db) : await allFigures(db);
  const result: Classification = { toWrite: [], planned: [], rowsNew: 0, rowsChanged: 0, rowsUnchanged: 0 };
  records.forEach((record, i) => {
    const row = rows[i] ?? i + 2;
    if (skipRows.has(row)) return;
    const before = existing.get(keyOf(kind, record)) ?? null;
    if (before && fieldsOf(kind).every((f) => valueOf(before, f.key) === valueOf(record, f.key))) {
      result.rowsUnchanged++;
      return;
    }
    if (before) result.rowsChanged++;
    else result.rowsNew++;
    result.toWrite.push(record);
    result.planned.push({ row, status: before ? 'changed' : 'new', record, before });
  });
  return result;
}
