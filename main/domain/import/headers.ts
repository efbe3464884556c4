import { FIGURE_FIELDS, type FieldSpec, fieldsOf, type ImportKind, SCHOOL_FIELDS } from './fields';

/**
 * A header as people write it → one comparable key: no case, accents,
 * spaces, '-', '_', '.', '%', '#' or brackets. "Aantal Leerlingen (%)" and
 * "aantal_leerlingen" meet.
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\-_.%#()[\]/:'"]+/g, '');
}

function lookup(fields: readonly FieldSpec[]): Map<string, FieldSpec> {
  const map = new Map<string, FieldSpec>();
  for (const field of fields) {
    for (const name of [field.column, field.key, ...field.synonyms]) map.set(normalizeHeader(name), field);
  }
  return map;
}

const LOOKUP: Record<ImportKind, Map<string, FieldSpec>> = { schools: lookup(SCHOOL_FIELDS), figures: lookup(FIGURE_FIELDS) };

export interface HeaderMatch {
  kind: ImportKind;
  /** Column index → field, for every recognised column. */
  columns: Array<{ index: number; header: string; field: FieldSpec }>;
  /** Headers that match no field, shown as ignored. */
  ignored: string[];
  /** Required template column names that no header matches. */
  missing: string[];
  /** Fields matched by more than one column. */
  duplicated: string[];
}

export function matchHeaders(headers: readonly string[], kind: ImportKind): HeaderMatch {
  const columns: HeaderMatch['columns'] = [];
  const ignored: string[] = [];
  const seen = new Set<string>();
  const duplicated: string[] = [];
  headers.forEach((header, index) => {
    const key = normalizeHeader(header);
    if (key === '') return;
    const field = LOOKUP[kind].get(key);
    if (!field) return void ignored.push(header);
    if (seen.has(field.column)) return void duplicated.push(field.column);
    seen.add(field.column);
    columns.push({ index, header, field });
  });
  const missing = fieldsOf(kind).filter((f) => f.required && !seen.has(f.column)).map((f) => f.column);
  return { kind, columns, ignored, missing, duplicated };
}

/**
 * Which kind the headers describe: the one with more recognised columns
 * specific to it (schooljaar, leerlingen … vs naam, niveau …). Null when
 * neither has a column of its own.
 */
export function detectKind(headers: readonly string[]): ImportKind | null {
  const own = (kind: ImportKind) =>
    matchHeaders(headers, kind).columns.filter((c) => c.field.key !== 'instellingsnummer').length;
  const schools = own('schools');
  const figures = own('figures');
  if (schools === 0 && figures === 0) return null;
  return figures > schools ? 'figures' : 'schools';
}
