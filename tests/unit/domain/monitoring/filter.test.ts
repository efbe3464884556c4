import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drillKey, parseDrill, type Drill } from '../../../../main/domain/monitoring/drill';
import { filterOptions, matchesOverviewFilter, type OverviewFilter, PROVINCES, provinceOf } from '../../../../main/domain/monitoring/filter';
import { OVERVIEW_MEASURES } from '../../../../main/domain/signals/overview';
import { EVALUATION_INDICATORS } from '../../../../main/domain/signals/evaluation';
import { PIPELINE_STEPS } from '../../../../main/domain/taskforce/caseload';

const school = fc.record({
  level: fc.constantFrom('basis' as const, 'secundair' as const),
  network: fc.constantFrom('GO!', 'Katholiek Onderwijs Vlaanderen', 'OVSG'),
  lop: fc.constantFrom('LOP Gent', 'LOP Antwerpen', 'LOP Hasselt', 'LOP Brugge'),
  postcode: fc.integer({ min: 1000, max: 9999 }).map(String),
});
const filter: fc.Arbitrary<OverviewFilter> = fc.record(
  {
    level: fc.constantFrom('basis' as const, 'secundair' as const),
    network: fc.constantFrom('GO!', 'Katholiek Onderwijs Vlaanderen', 'OVSG'),
    lop: fc.constantFrom('LOP Gent', 'LOP Antwerpen', 'LOP Hasselt', 'LOP Brugge'),
    province: fc.constantFrom(...PROVINCES),
  },
  { requiredKeys: [] },
);

describe('the province of a postcode (bpost ranges)', () => {
  it.each([
    ['1000', 'brussel'], ['1299', 'brussel'], ['1300', null], ['1500', 'vlaams-brabant'], ['1999', 'vlaams-brabant'], ['2000', 'antwerpen'], ['2999', 'antwerpen'],
    ['3000', 'vlaams-brabant'], ['3499', 'vlaams-brabant'], ['3500', 'limburg'], ['3999', 'limburg'], ['4000', null], ['7999', null], ['8000', 'west-vlaanderen'],
    ['8999', 'west-vlaanderen'], ['9000', 'oost-vlaanderen'], ['9999', 'oost-vlaanderen'], ['999', null], ['B-9000', null], [' 9000 ', 'oost-vlaanderen'],
  ])('%s → %s', (postcode, province) => {
    expect(provinceOf(postcode)).toBe(province);
  });
});

describe('the overview filter: one rule for every figure', () => {
  it('keeps a school exactly when every given field matches (a conjunction; empty fields do not filter)', () => {
    fc.assert(
      fc.property(school, filter, (s, f) => {
        const expected = (!f.level || s.level === f.level) && (!f.network || s.network === f.network) && (!f.lop || s.lop === f.lop) && (!f.province || provinceOf(s.postcode) === f.province);
        expect(matchesOverviewFilter(s, f)).toBe(expected);
      }),
    );
  });

  it('narrowing never adds schools: adding a field keeps a subset', () => {
    fc.assert(
      fc.property(fc.array(school, { maxLength: 40 }), filter, filter, (schools, a, b) => {
        // b's fields added where a leaves them open.
        const narrower = { ...b, ...Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)) };
        const kept = schools.filter((s) => matchesOverviewFilter(s, narrower));
        expect(kept.every((s) => matchesOverviewFilter(s, a))).toBe(true);
        expect(kept.length).toBeLessThanOrEqual(schools.filter((s) => matchesOverviewFilter(s, a)).length);
      }),
    );
  });

  it('offers only choices that leave schools, given the other fields', () => {
    fc.assert(
      fc.property(fc.array(school, { maxLength: 40 }), filter, (schools, f) => {
        const options = filterOptions(schools, f);
        for (const network of options.network) expect(schools.some((s) => matchesOverviewFilter(s, { ...f, network }))).toBe(true);
        for (const lop of options.lop) expect(schools.some((s) => matchesOverviewFilter(s, { ...f, lop }))).toBe(true);
        for (const province of options.province) expect(schools.some((s) => matchesOverviewFilter(s, { ...f, province }))).toBe(true);
        for (const level of options.level) expect(schools.some((s) => matchesOverviewFilter(s, { ...f, level }))).toBe(true);
      }),
    );
  });
});

describe('drill keys', () => {
  const year = fc.integer({ min: 2000, max: 2098 }).map((y) => `${y}-${y + 1}`);
  const level = fc.constantFrom('basis' as const, 'secundair' as const);
  const drill: fc.Arbitrary<Drill> = fc.oneof(
    fc.record({ kind: fc.constant('level' as const), level, schoolYear: year }),
    fc.record({ kind: fc.constant('measure' as const), level, schoolYear: year, measure: fc.constantFrom(...OVERVIEW_MEASURES) }),
    fc.record({ kind: fc.constant('severity' as const), severity: fc.constantFrom('none' as const, 'attention' as const, 'severe' as const), schoolYear: year }),
    fc.record({ kind: fc.constant('evaluation' as const), indicator: fc.constantFrom(...EVALUATION_INDICATORS), schoolYear: year }),
    fc.record({ kind: fc.constant('pipeline' as const), step: fc.constantFrom(...PIPELINE_STEPS) }),
    fc.record({ kind: fc.constant('reinspection' as const), advice: fc.constantFrom('1' as const, '2A' as const, '2B' as const, '3' as const) }),
    fc.record({ kind: fc.constant('outcome' as const), schoolYear: year, advice: fc.constantFrom('1' as const, '2A' as const, '2B' as const, '3' as const) }),
    fc.record({ kind: fc.constant('outcome' as const), level, advice: fc.constantFrom('1' as const, '2A' as const, '2B' as const, '3' as const) }),
    fc.record({ kind: fc.constant('outcome' as const), domain: fc.constantFrom('classroom_management', 'behaviour_expert', 'school_contract_safety') }),
  );

  it('read back what they say', () => {
    fc.assert(
      fc.property(drill, (d) => {
        expect(parseDrill(drillKey(d))).toEqual(d);
      }),
    );
  });

  it('refuse what the grammar does not make', () => {
    for (const key of ['', 'severity', 'severity.worst.2023-2024', 'level.basis.2023-2025', 'measure.basis.2023-2024.nothing', 'pipeline.referred.extra', 'level.basis.2023-2024.x', 'evaluation.teaching_time']) {
      expect(parseDrill(key), key).toBeNull();
    }
    fc.assert(fc.property(fc.string(), (s) => parseDrill(s) === null || drillKey(parseDrill(s)!) === s));
  });
});
