import { describe, expect, it } from 'vitest';
import { formatDutchDate, formatDutchNumber, formatPublishedCount, isPublishable } from '../../../main/reports/dutch-format';

describe('formatDutchDate', () => {
  it('writes the day without leading zero and the month in Dutch', () => {
    expect(formatDutchDate('2027-03-12')).toBe('12 maart 2027');
    expect(formatDutchDate('2026-01-01')).toBe('1 januari 2026');
    expect(formatDutchDate('2025-12-31')).toBe('31 december 2025');
  });

  it('takes the calendar date of a timestamp as written, without shifting time zones', () => {
    expect(formatDutchDate('2027-04-02T23:59:00Z')).toBe('2 april 2027');
    expect(formatDutchDate('2027-08-15T00:30:00+02:00')).toBe('15 augustus 2027');
  });

  it('rejects what is not a calendar date', () => {
    expect(() => formatDutchDate('12/03/2027')).toThrow(RangeError);
    expect(() => formatDutchDate('2027-02-30')).toThrow(RangeError);
    expect(() => formatDutchDate('2027-13-01')).toThrow(RangeError);
    expect(() => formatDutchDate('')).toThrow(RangeError);
  });
});

describe('formatDutchNumber', () => {
  it('uses a decimal comma and dots between thousands', () => {
    expect(formatDutchNumber(2.5)).toBe('2,5');
    expect(formatDutchNumber(1234.5)).toBe('1.234,5');
    expect(formatDutchNumber(1234567)).toBe('1.234.567');
    expect(formatDutchNumber(874)).toBe('874');
    expect(formatDutchNumber(-1234.25)).toBe('-1.234,25');
  });

  it('keeps trailing zeros only when the decimals are fixed', () => {
    expect(formatDutchNumber(0.7)).toBe('0,7');
    expect(formatDutchNumber(0.7, 2)).toBe('0,70');
    expect(formatDutchNumber(2.956, 2)).toBe('2,96');
    expect(formatDutchNumber(3, 1)).toBe('3,0');
    expect(formatDutchNumber(1.0001)).toBe('1');
  });

  it('never writes minus zero', () => {
    expect(formatDutchNumber(-0.001, 2)).toBe('0,00');
    expect(formatDutchNumber(-0)).toBe('0');
  });

  it('refuses NaN and infinities instead of printing them', () => {
    expect(() => formatDutchNumber(Number.NaN)).toThrow(RangeError);
    expect(() => formatDutchNumber(Infinity)).toThrow(RangeError);
  });
});

describe('published counts', () => {
  it('hides counts of 1 to 4 with the one mark, shows zero, and marks unknown ones', () => {
    expect(formatPublishedCount(0)).toBe('0');
    expect(formatPublishedCount(1)).toBe('x');
    expect(formatPublishedCount(4)).toBe('x');
    expect(formatPublishedCount(5)).toBe('5');
    expect(formatPublishedCount(1250)).toBe('1.250');
    expect(formatPublishedCount(null)).toBe('n.b.');
  });

  it('says which counts may be shown', () => {
    expect(isPublishable(4)).toBe(false);
    expect(isPublishable(0)).toBe(true);
    expect(isPublishable(5)).toBe(true);
    expect(isPublishable(null)).toBe(false);
  });
});

describe('Dutch typography', () => {
  it('keeps a number with its word or unit and a date on one line', async () => {
    const { keepTogether } = await import('../../../main/reports/typography');
    expect(keepTogether('ten vroegste 90 kalenderdagen na 1 juli 2026, of 15 % minder')).toBe('ten vroegste 90\u00A0kalenderdagen na 1\u00A0juli\u00A02026, of 15\u00A0% minder');
  });

  it('hyphenates long Dutch words with soft hyphens at allowed points', async () => {
    const { hyphenateDutch } = await import('../../../main/reports/typography');
    expect(hyphenateDutch('Schoolveranderingen')).toBe('School\u00ADver\u00ADan\u00ADde\u00ADrin\u00ADgen');
    expect(hyphenateDutch('Gedragsexpert').replace(/\u00AD/g, '|')).toBe('Ge|drags|ex|pert');
    expect(hyphenateDutch('de klas')).toBe('de klas');
  });
});

describe('a table cell', () => {
  it('hyphenates long words but never a date or a number with its word', async () => {
    const { typesetCell } = await import('../../../main/reports/typography');
    const cell = typesetCell('vóór de nieuwe doorlichting, ten vroegste op 6 september 2026, na 90 kalenderdagen');
    expect(cell).toContain('6\u00A0september\u00A02026');
    expect(cell).toContain('90\u00A0kalenderdagen');
    expect(cell).toContain('door\u00ADlich\u00ADting');
  });
});
