import { createRequire } from 'node:module';
import type { ReportDocument } from './model';
import { DUTCH_MONTHS } from './dutch-format';

/**
 * Dutch typography both renderers apply to every text of the document:
 * a number stays with its unit or word ("90 kalenderdagen", "15 %"), and a
 * date stays on one line ("1 juli 2026"), by non-breaking spaces.
 */
const NBSP = '\u00A0';
export const SOFT_HYPHEN = '\u00AD';

const MONTHS = DUTCH_MONTHS.join('|');
const NUMBER_THEN_WORD = /(\d)[ \t]+(?=[\p{L}%])/gu;
const MONTH_THEN_YEAR = new RegExp(`\\b(${MONTHS}) (?=\\d{4}\\b)`, 'g');

export function keepTogether(text: string): string {
  return text.replace(NUMBER_THEN_WORD, `$1${NBSP}`).replace(MONTH_THEN_YEAR, `$1${NBSP}`);
}

const require = createRequire(import.meta.url);
// Liang's patterns for Dutch, from the hyphen package (the TeX hyphenation patterns).
const { hyphenateSync } = require('hyphen/nl') as { hyphenateSync(text: string, options?: { minWordLength?: number }): string };

/** Soft hyphens where Dutch allows a break, in words long enough to need one (table cells, in both renderers). */
export function hyphenateDutch(text: string): string {
  return hyphenateSync(text, { minWordLength: 8 });
}

function mapStrings<T>(value: T, f: (text: string) => string, skip: ReadonlySet<string>): T {
  if (typeof value === 'string') return f(value) as T;
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, f, skip)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, skip.has(k) ? v : mapStrings(v, f, skip)])) as T;
  }
  return value;
}

// Codes and chart data are not prose: the chart draws its own text, the meta data is read by machines.
const NOT_PROSE = new Set(['kind', 'chart', 'align', 'meta', 'alt']);

/**
 * Non-breaking spaces everywhere; with `hyphenate`, soft hyphens in table
 * cells, the narrow columns where long words ("Schoolveranderingen") would
 * otherwise break anywhere. Running text is set ragged right and needs none.
 */
// Words held together by non-breaking spaces ("6 september 2026") must not break inside either.
const HELD_TOGETHER = /[^\s\u00A0]*(?:\u00A0[^\s\u00A0]*)+/g;

/** Hyphenation points and non-breaking spaces for a table cell; a date or a number with its word stays whole. */
export function typesetCell(text: string): string {
  return hyphenateDutch(keepTogether(text)).replace(HELD_TOGETHER, (group) => group.replace(/\u00AD/g, ''));
}

export function withDutchTypography(doc: ReportDocument, options: { hyphenate?: boolean } = {}): ReportDocument {
  const cell = options.hyphenate ? typesetCell : keepTogether;
  const blocks = doc.blocks.map((block) =>
    block.kind === 'table'
      ? { ...block, caption: block.caption === undefined ? undefined : keepTogether(block.caption), header: block.header.map(cell), rows: block.rows.map((row) => row.map(cell)) }
      : mapStrings(block, keepTogether, NOT_PROSE),
  );
  return { meta: doc.meta, blocks };
}
