import { controlCharacterReason, escapeForTerminal, findControlCharacter } from '../control-characters';
import type { School, SchoolYearFigures } from '../school';
import type { FieldSpec, ImportKind } from './fields';
import type { HeaderMatch } from './headers';
import { IMPORT_LIMITS } from './limits';
import { parseCount, parseForm, parseInstellingsnummer, parseLevel, type Parsed, parsePercentage, parseSchoolYear } from './values';

/** One problem, pinned to its place in the file. `row` counts the header as row 1. */
export interface ImportError {
  row: number;
  column: string;
  value: string;
  reason: string;
}

export type ImportRecord = School | SchoolYearFigures;

function parseCell(field: FieldSpec, raw: string, currentYear: number): Parsed<unknown> {
  switch (field.type) {
    case 'instellingsnummer':
      return parseInstellingsnummer(raw);
    case 'schoolYear':
      return parseSchoolYear(raw, currentYear);
    case 'count':
      return parseCount(raw);
    case 'pct':
      return parsePercentage(raw);
    case 'level':
      return parseLevel(raw);
    case 'form':
      return parseForm(raw);
    case 'text':
      return { ok: true, value: raw.trim() };
  }
}

type Figures = SchoolYearFigures;
/** Counts of pupils (not of events), so none can exceed the pupils of that year. */
const AT_MOST_PUPILS: ReadonlyArray<keyof Figures> = ['definitiveExclusions', 'excludedNotReenrolled', 'problematicAbsence30', 'aboveZThreshold', 'bCertificates', 'schoolChanges'];
/** Part ≤ whole. */
const SUB_COUNTS: ReadonlyArray<[keyof Figures, keyof Figures]> = [
  ['definitiveExclusionsAfterFeb1', 'definitiveExclusions'],
  ['excludedNotReenrolled', 'definitiveExclusions'],
  ['clbReferredZ', 'aboveZThreshold'],
  ['bCertificatesStrict', 'bCertificates'],
];

/**
 * Turns rows into records one at a time (so a large file streams through),
 * collecting every error with row, column, value and reason. Duplicates
 * inside the file are caught here; whether a school is known needs the
 * record and is checked by `checkKnownSchools`.
 */
export class RowValidator {
  readonly records: ImportRecord[] = [];
  /** File row of each record, for later cross-checks. */
  readonly recordRows: number[] = [];
  readonly errors: ImportError[] = [];
  errorCount = 0;
  /** Every file row with at least one error (a row with two bad cells is one row here, two errors above). */
  readonly errorRows = new Set<number>();
  private readonly seen = new Map<string, number>();

  constructor(
    readonly match: HeaderMatch,
    private readonly currentYear: number,
  ) {}

  get kind(): ImportKind {
    return this.match.kind;
  }

  fail(error: ImportError): void {
    this.errorCount++;
    this.errorRows.add(error.row);
    if (this.errors.length < IMPORT_LIMITS.maxErrorsKept) this.errors.push(error);
  }

  /** `cells` is one data row; `row` its number in the file (header = 1). */
  add(cells: readonly string[], row: number): void {
    if (cells.every((c) => c.trim() === '')) return;
    const record: Record<string, unknown> = this.match.kind === 'schools'
      ? { network: '', board: '', street: '', postcode: '', municipality: '', lop: '' }
      : {};
    let rowOk = true;
    for (const { index, header, field } of this.match.columns) {
      const raw = cells[index] ?? '';
      if (raw.length > IMPORT_LIMITS.maxCellLength) {
        this.fail({ row, column: header, value: `${raw.slice(0, 40)}…`, reason: `cel langer dan ${IMPORT_LIMITS.maxCellLength} tekens` });
        rowOk = false;
        continue;
      }
      const control = findControlCharacter(raw);
      if (control) {
        this.fail({ row, column: header, value: escapeForTerminal(raw.slice(0, 40)), reason: controlCharacterReason(control) });
        rowOk = false;
        continue;
      }
      if (raw.trim() === '') {
        if (field.required) {
          this.fail({ row, column: header, value: '', reason: 'verplicht veld is leeg' });
          rowOk = false;
        } else if (field.type !== 'text') record[field.key] = null;
        continue;
      }
      const parsed = parseCell(field, raw, this.currentYear);
      if (parsed.ok) record[field.key] = parsed.value;
      else {
        this.fail({ row, column: header, value: raw, reason: parsed.reason });
        rowOk = false;
      }
    }
    if (!rowOk) return;
    if (this.match.kind === 'figures') {
      if (!this.checkFigures(record as unknown as Figures, row)) return;
    }
    const key = this.match.kind === 'schools' ? String(record.instellingsnummer) : `${String(record.instellingsnummer)} ${String(record.schoolYear)}`;
    const first = this.seen.get(key);
    if (first !== undefined) {
      this.fail({ row, column: this.columnName('instellingsnummer'), value: key, reason: `komt dubbel voor in het bestand (ook op rij ${first})` });
      return;
    }
    this.seen.set(key, row);
    this.records.push(this.complete(record));
    this.recordRows.push(row);
  }

  private columnName(key: string): string {
    return this.match.columns.find((c) => c.field.key === key)?.header ?? key;
  }

  private complete(record: Record<string, unknown>): ImportRecord {
    if (this.match.kind === 'schools') return record as unknown as School;
    const full: Record<string, unknown> = {
      preventiveSuspensions: null, temporaryExclusions: null, definitiveExclusions: null, definitiveExclusionsAfterFeb1: null,
      excludedNotReenrolled: null, problematicAbsence30: null, aboveZThreshold: null, clbReferredZ: null, schoolChanges: null,
      bCertificates: null, bCertificatesStrict: null, earlyLeaversPct: null, teacherTurnoverPct: null, feelSafePct: null,
      ...record,
    };
    return full as unknown as SchoolYearFigures;
  }

  private checkFigures(figures: Figures, row: number): boolean {
    let good = true;
    for (const key of AT_MOST_PUPILS) {
      const value = figures[key] as number | null;
      if (value !== null && value !== undefined && value > figures.pupils) {
        this.fail({ row, column: this.columnName(key), value: String(value), reason: `meer dan het aantal leerlingen (${figures.pupils})` });
        good = false;
      }
    }
    for (const [part, whole] of SUB_COUNTS) {
      const p = figures[part] as number | null;
      const w = figures[whole] as number | null;
      if (p !== null && p !== undefined && w !== null && w !== undefined && p > w) {
        this.fail({ row, column: this.columnName(part), value: String(p), reason: `meer dan ${this.columnName(whole)} (${w})` });
        good = false;
      }
    }
    return good;
  }
}

/** Figures need their school: in the record already, or in the same import batch. */
export function checkKnownSchools(validator: RowValidator, known: (instellingsnummer: string) => boolean): void {
  if (validator.kind !== 'figures') return;
  const column = validator.match.columns.find((c) => c.field.key === 'instellingsnummer')?.header ?? 'instellingsnummer';
  validator.records.forEach((record, i) => {
    if (!known(record.instellingsnummer)) {
      validator.fail({ row: validator.recordRows[i], column, value: record.instellingsnummer, reason: 'onbekende school: importeer eerst de school (schoolbestand)' });
    }
  });
}

/** Errors in file order (row, then column), the way a user reads them. */
export function sortErrors(errors: ImportError[]): ImportError[] {
  return errors.sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
}
