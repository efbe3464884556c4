import { describe, expect, it } from 'vitest';
import { schoolYearOfDate, summarizeOutcomes } from '../../../main/domain/advice/outcomes';

describe('schoolYearOfDate', () => {
  it.each([
    ['2026-08-31', '2025-2026'],
    ['2026-09-01', '2026-2027'],
    ['2027-01-15', '2026-2027'],
    ['2028-02-29', '2027-2028'],
  ])('%s falls in %s', (date, year) => expect(schoolYearOfDate(date)).toBe(year));
});

describe('summarizeOutcomes', () => {
  it('counts advice per school year and niveau, and inspections with shortcomings per domain once each', () => {
    const outcomes = summarizeOutcomes([
      { advice: '1', reportDate: '2026-10-12', level: 'secundair', shortcomingDomains: [] },
      { advice: '2A', reportDate: '2026-10-27', level: 'basis', shortcomingDomains: ['classroom_management', 'classroom_management'] },
      { advice: '2B', reportDate: '2026-06-08', level: 'secundair', shortcomingDomains: ['classroom_management', 'disciplinary_policy'] },
    ]);
    expect(outcomes.total).toBe(3);
    expect(outcomes.bySchoolYear).toEqual([
      { schoolYear: '2025-2026', counts: { '1': 0, '2A': 0, '2B': 1, '3': 0 } },
      { schoolYear: '2026-2027', counts: { '1': 1, '2A': 1, '2B': 0, '3': 0 } },
    ]);
    expect(outcomes.byLevel).toEqual([
      { level: 'basis', counts: { '1': 0, '2A': 1, '2B': 0, '3': 0 } },
      { level: 'secundair', counts: { '1': 1, '2A': 0, '2B': 1, '3': 0 } },
    ]);
    expect(outcomes.shortcomingsByDomain).toEqual([
      { domain: 'classroom_management', inspections: 2 },
      { domain: 'disciplinary_policy', inspections: 1 },
    ]);
  });
  it('is empty without decisions', () => {
    expect(summarizeOutcomes([])).toEqual({ total: 0, bySchoolYear: [], byLevel: [], shortcomingsByDomain: [] });
  });
});
