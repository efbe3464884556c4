import { type FieldSpec, fieldsOf, type ImportKind } from './fields';
import { toSafeCsv } from './csv-escape';

const EXAMPLE: Record<ImportKind, string[]> = {
  schools: ['010555', 'Basisschool De Linde', 'basis', 'gewoon', 'GO!', 'Scholengroep Brugge', 'Lindestraat 12', '8000', 'Brugge', 'LOP Brugge basis'],
  figures: ['010555', '2023-2024', '312', '4', '2', '1', '0', '0', '7', '3', '3', '5', '0', '0', '', '8,5', '87,2'],
};

/** The template of a kind: the column names, then one example row (semicolon-separated, UTF-8 with BOM). */
export function templateCsv(kind: ImportKind): string {
  return toSafeCsv([fieldsOf(kind).map((f: FieldSpec) => f.column), EXAMPLE[kind]]);
}

export function templateFileName(kind: ImportKind): string {
  return kind === 'schools' ? 'sjabloon-scholen.csv' : 'sjabloon-schooljaarcijfers.csv';
}
