/**
 * Cells that a spreadsheet would run as a formula (CSV injection): text
 * starting with = + - @ or a tab / carriage return. Prefixing a quote makes
 * Excel and LibreOffice show it as text. Plain numbers such as -3 or -1,5
 * stay numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+([.,]\d+)?$/;

export function escapeFormula(cell: string): string {
  if (!FORMULA_START.test(cell) || PLAIN_NUMBER.test(cell)) return cell;
  return `'${cell}`;
}

function quote(cell: string, delimiter: string): string {
  return /["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * One CSV text (semicolon-separated, as Excel in nl-BE expects, with BOM so
 * that Excel reads UTF-8) with every cell formula-escaped.
 */
export function toSafeCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>, delimiter = ';'): string {
  const lines = rows.map((row) => row.map((cell) => quote(escapeFormula(cell === null || cell === undefined ? '' : String(cell)), delimiter)).join(delimiter));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
