import { describe, expect, it } from 'vitest';
import { addCalendarDays, addYears, daysBetween, parseIsoDate } from '../../../main/domain/dates';

describe('calendar arithmetic', () => {
  it.each([
    ['2027-01-31', 1, '2027-02-01'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-12-31', 1, '2028-01-01'],
    ['2027-03-01', -1, '2027-02-28'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2027-03-27', 2, '2027-03-29'],
    ['2026-11-28', 90, '2027-02-26'],
    ['2024-01-01', 366, '2025-01-01'],
  ])('%s + %i days = %s', (from, days, expected) => {
    expect(addCalendarDays(from, days)).toBe(expected);
    expect(daysBetween(from, expected)).toBe(days);
  });

  it.each([
    ['2028-02-29', 1, '2029-02-28'],
    ['2028-02-29', 4, '2032-02-29'],
    ['2027-08-31', 6, '2033-08-31'],
    ['2027-01-15', -2, '2025-01-15'],
  ])('%s + %i years = %s', (from, years, expected) => {
    expect(addYears(from, years)).toBe(expected);
  });

  it.each(['2027-02-29', '2027-13-01', '27-01-01', '2027-1-1', ''])('refuses %j', (bad) => {
    expect(() => parseIsoDate(bad)).toThrow(RangeError);
  });
});
