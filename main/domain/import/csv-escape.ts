/**
 * CSV that no spreadsheet runs as a formula, whatever its list separator
 * (OWASP "CSV Injection"). Excel in one locale splits on `;`, in another
 * on `,`, and a careless reader on tab; so:
 * - every field holding any of , ; tab " CR LF is quoted (never only those
 *   holding the delimiter of this file);
 * - a formula start (= + - @, or a leading tab / CR) is neutralised with a
 *   leading quote mark at the start of the field and after every separator
 *   inside it, since a reader that splits there would start a cell there.
 * Negative numbers too: -1 written for `,` becomes "-1;…" to a `;` reader,
 * a text that starts a formula with whatever follows, so OWASP's rule holds
 * without exceptions (Excel shows '-4 as -4, as text).
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const SEPARATOR = /([,;\t\r\n])/;
const NEEDS_QUOTES = /[,;\t"\r\n]/;

/** One piece of text as a cell would start with it: quote-prefixed when a spreadsheet would run it. */
export function escapeFormula(cell: string): string {
  if (!FORMULA_START.test(cell)) return cell;
  return `'${cell}`;
}

/** The whole field neutralised, at its start and after every separator inside it. */
export function neutraliseField(cell: string): string {
  const escaped = escapeFormula(cell);
  if (!SEPARATOR.test(escaped)) return escaped;
  // split with a capture group keeps the separators at odd positions.
  const parts = escaped.split(SEPARATOR);
  return parts.map((part, i) => (i % 2 === 0 && i > 0 ? escapeFormula(part) : part)).join('');
}

function quote(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * One CSV text (semicolon-separated by default, as Excel in nl-BE expects,
 * with BOM so that Excel reads UTF-8) with every field neutralised and quoted.
 */
export function toSafeCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>, delimiter = ';'): string {
  const lines = rows.map((row) => row.map((cell) => quote(neutraliseField(cell === null || cell === undefined ? '' : String(cell)))).join(delimiter));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
