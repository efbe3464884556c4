/**
 * Tiny, pure formatters for Dutch (nl-BE) typography in reports.
 *
 * Written by hand instead of with Intl so the output is identical in Node,
 * Electron and tests whatever ICU data the runtime ships with, and so a
 * report exported twice from the same data gives the same bytes of text.
 */

export const DUTCH_MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * "2027-03-12" (or an ISO timestamp starting with that date) → "12 maart 2027".
 * The calendar date is taken as written: a timestamp is not shifted to a time
 * zone, so the date in the report is the date the service recorded.
 * Throws on anything that is not a real calendar date, because a wrong date
 * in an official report is worse than a failed export.
 */
export function formatDutchDate(iso: string): string {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: "${iso}"`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`not a calendar date: "${iso}"`);
  }
  return `${day} ${DUTCH_MONTHS[month - 1]} ${year}`;
}

/**
 * Decimal comma and a dot between thousands, as in Belgian Dutch:
 * 1234.5 → "1.234,5" with one decimal. `decimals` fixes the number of
 * decimals; by default integers get none and other numbers up to two, with
 * trailing zeros dropped (0.5 → "0,5", not "0,50").
 */
export function formatDutchNumber(value: number, decimals?: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  let fixed = value.toFixed(decimals ?? (Number.isInteger(value) ? 0 : 2));
  if (decimals === undefined && fixed.includes('.')) fixed = fixed.replace(/\.?0+$/, '');
  if (/^-0(\.0+)?$/.test(fixed)) fixed = fixed.slice(1); // no "-0" after rounding
  const negative = fixed.startsWith('-');
  const [whole, fraction] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

import { isSmallCount, SMALL_COUNT_LIMIT } from '../domain/suppression';

/** Smallest count that may be published as is; smaller counts (but zero) could identify pupils. */
export const PUBLICATION_THRESHOLD = SMALL_COUNT_LIMIT;

/**
 * The one mark for every count kept out of a publication, small or hidden so
 * that a small one cannot be subtracted: two marks would tell which is which.
 */
export const HIDDEN_COUNT = 'x';

/** Shown for a figure the school did not report ("niet beschikbaar"). */
export const UNKNOWN_FIGURE = 'n.b.';

/** A count that stands alone (no total or part beside it): hidden when small, "n.b." when unknown. */
export function formatPublishedCount(count: number | null): string {
  if (count === null) return UNKNOWN_FIGURE;
  return isSmallCount(count) ? HIDDEN_COUNT : formatDutchNumber(count, 0);
}

/** Whether a count that stands alone may be shown (and so whether a rate derived from it may be shown). */
export function isPublishable(count: number | null): count is number {
  return count !== null && !isSmallCount(count);
}
