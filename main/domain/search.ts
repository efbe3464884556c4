/**
 * The one way the workbench compares what someone types with a name: case,
 * accents, the many kinds of dash and quote, and runs of spaces do not matter.
 * "Ter Heide - OV3" typed with a plain hyphen finds "Ter Heide – OV3" (en
 * dash), "Sint-Jozef" finds "Sint‑Jozef" (non-breaking hyphen), and "s Gravenwezel"
 * with a straight quote finds "’s Gravenwezel".
 */

// Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus, small/full-width hyphen-minus.
const DASHES = /[\u2010-\u2015\u2212\u2043\uFE58\uFE63\uFF0D]/g;
// Left/right single quotes, low-9 and high-reversed-9, prime, modifier apostrophe, grave/acute accents used as apostrophes, full-width.
const SINGLE_QUOTES = /[\u2018-\u201B\u2032\u02BC\u0060\u00B4\uFF07]/g;
// Left/right double quotes, low-9 and high-reversed-9, double prime, guillemets, full-width.
const DOUBLE_QUOTES = /[\u201C-\u201F\u2033\u00AB\u00BB\uFF02]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

export function searchKey(text: string): string {
  return text
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(DASHES, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when `query` (as typed) occurs in `text`, compared by `searchKey`. An empty query matches everything. */
export function matchesSearch(text: string, query: string): boolean {
  const key = searchKey(query);
  return key === '' || searchKey(text).includes(key);
}
