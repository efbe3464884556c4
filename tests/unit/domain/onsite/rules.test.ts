import { describe, expect, it } from 'vitest';
import { climateQuadrant } from '../../../../main/domain/onsite/quadrant';
import { triangulation } from '../../../../main/domain/onsite/rating-rules';
import { RATING_LEVELS, type RatingLevel } from '../../../../main/domain/rating';
import { ratingProblems } from '../../../../main/domain/rules/judgements';
import { parseFramework } from '../../../../main/domain/framework';
import { readFileSync } from 'node:fs';
import { FRAMEWORK_FILE } from '../../../helpers/services';

const framework = (() => {
  const r = parseFramework(JSON.parse(readFileSync(FRAMEWORK_FILE, 'utf8')));
  if (!r.ok) throw new Error(r.problems.join('; '));
  return r.framework;
})();
const context = { framework, focusDomains: ['classroom_management'], startDate: '2027-03-01' };

describe('rating rule: beneden needs a shortcoming', () => {
  const cases: [RatingLevel | null, string, number][] = [
    ['beneden', '', 1],
    ['beneden', '   \n ', 1],
    ['beneden', 'Geen begeleidingsmaatregelen in 3 van 4 dossiers.', 0],
    ['benadert', '', 0],
    ['volgens', '', 0],
    ['overstijgt', '', 0],
    [null, '', 0],
  ];
  it.each(cases)('%s with shortcoming %j → %i problem(s)', (level, shortcomings, n) => {
    // Only "beneden" may carry a tekort text (domain/findings.ts): the one rule lives in rules/judgements.ts.
    const problems = ratingProblems({ indicatorId: 'km.1', level, motivation: '', shortcomings: level === 'beneden' ? shortcomings : '', shortcomingDeadline: null }, context);
    expect(problems).toHaveLength(n);
    if (n) expect(problems[0]).toEqual({ field: 'shortcomings', code: 'shortcoming_required', params: { indicatorId: 'km.1' } });
  });
});

describe('triangulation', () => {
  const cases: [RatingLevel | null, string[], boolean, boolean][] = [
    [null, [], false, false],
    ['volgens', [], false, true],
    ['volgens', ['classroom_observation'], false, true],
    ['volgens', ['classroom_observation', 'classroom_observation', 'classroom_observation'], false, true],
    ['volgens', ['classroom_observation', 'interview_pupils'], true, false],
    [null, ['data'], false, false],
    ['beneden', ['data', 'document_analysis', 'interview_clb'], true, false],
  ];
  it.each(cases)('%s from %j → triangulated %s, warning %s', (level, sources, triangulated, warning) => {
    const result = triangulation(level, sources as never);
    expect(result.triangulated).toBe(triangulated);
    expect(result.warning).toBe(warning);
    expect(result.kinds).toEqual([...new Set(sources)].sort());
  });
});

describe('school-climate quadrant: every pair of levels', () => {
  const high = (l: RatingLevel) => l === 'volgens' || l === 'overstijgt';
  for (const r of RATING_LEVELS) {
    for (const d of RATING_LEVELS) {
      const expected = high(r) && high(d) ? 'authoritative' : high(d) ? 'authoritarian' : high(r) ? 'lenient' : 'indifferent';
      it(`responsiveness ${r}, demandingness ${d} → ${expected}`, () => expect(climateQuadrant(r, d)).toBe(expected));
    }
  }
  it.each([
    [null, 'volgens'],
    ['volgens', null],
    [null, null],
  ] as const)('no quadrant while a dimension is unrated (%s, %s)', (r, d) => expect(climateQuadrant(r, d)).toBeNull());
});
