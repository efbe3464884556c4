/**
 * A table of Overzicht as plain data: what the screen draws, what a
 * drill-down lists and what CSV and XLSX export write are the same rows, so
 * an exported file never disagrees with the page. A cell may carry the drill
 * key of the schools behind its figure, or the school it names.
 */
export type CellFormat = 'text' | 'count' | 'decimal' | 'percent';

export interface TableCell {
  value: string | number | null;
  format?: CellFormat;
  /** The drill key (see drill.ts) of the schools this figure counts. */
  drill?: string;
  /** The instellingsnummer of the school the cell names: a link to its page. */
  school?: string;
}

export interface TableColumn {
  label: string;
  numeric: boolean;
}

export interface MonitoringTable {
  /** Stable within the page: names the export file and finds the table again. */
  id: string;
  title: string;
  columns: TableColumn[];
  /** The first cell of each row is its header. */
  rows: TableCell[][];
}

/** The table as a grid of values, the header first: numbers stay numbers (XLSX keeps them as numbers). */
export function tableGrid(table: MonitoringTable): (string | number | null)[][] {
  return [table.columns.map((c) => c.label), ...table.rows.map((row) => row.map((cell) => cell.value))];
}

/** A number as the CSV for a language writes it: a decimal comma in Dutch, no thousands separators (Excel reads them back as numbers). */
export function csvNumber(value: number, lang: 'nl' | 'en'): string {
  const text = String(Math.round(value * 1000) / 1000);
  return lang === 'nl' ? text.replace('.', ',') : text;
}

/** The grid with every number written for the language, ready for a CSV writer. */
export function csvGrid(table: MonitoringTable, lang: 'nl' | 'en'): string[][] {
  return tableGrid(table).map((row) => row.map((v) => (v === null ? '' : typeof v === 'number' ? csvNumber(v, lang) : v)));
}
