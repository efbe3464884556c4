import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type AdviceCatalogue, parseAdviceCatalogue } from '../../../main/domain/advice/catalogue';
import { adviceConsequences, hasStrongPolicy } from '../../../main/domain/advice/consequences';
import { proposeAdvice, type RatedIndicator } from '../../../main/domain/advice/propose';
import type { RatingLevel } from '../../../main/domain/rating';

const parsed = parseAdviceCatalogue(JSON.parse(readFileSync('resources/advice/catalogue.v1.json', 'utf8')));
if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
const catalogue: AdviceCatalogue = parsed.catalogue;

const rated = (domainId: string, ...levels: (RatingLevel | null)[]): RatedIndicator[] =>
  levels.map((level, i) => ({ indicatorId: `${domainId}.${i + 1}`, domainId, level }));

describe('the advice catalogue file', () => {
  it('validates and has every advice', () => {
    expect(catalogue.advices.map((a) => a.code).sort()).toEqual(['1', '2A', '2B', '3']);
  });
  it('refuses a catalogue without advice 3, naming the problem', () => {
    const broken = JSON.parse(readFileSync('resources/advice/catalogue.v1.json', 'utf8'));
    broken.advices = broken.advices.slice(0, 3).concat([{ ...broken.advices[0] }]);
    const result = parseAdviceCatalogue(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join()).toContain('advice 3 is missing');
  });
  it('refuses a rule without conditions', () => {
    const broken = JSON.parse(readFileSync('resources/advice/catalogue.v1.json', 'utf8'));
    broken.rules[0].when = {};
    expect(parseAdviceCatalogue(broken).ok).toBe(false);
  });
});

describe('proposeAdvice', () => {
  const cases: Array<{ name: string; indicators: RatedIndicator[]; shortcomings: number; expected: string; guidance: string }> = [
    { name: 'all at or above expectations, no shortcomings', indicators: [...rated('classroom_management', 'volgens', 'overstijgt'), ...rated('care_continuum', 'volgens')], shortcomings: 0, expected: '1', guidance: 'none' },
    { name: 'nothing rated yet', indicators: rated('classroom_management', null, null), shortcomings: 0, expected: '1', guidance: 'none' },
    { name: 'one "benadert" with a shortcoming outside behaviour', indicators: rated('care_continuum', 'benadert'), shortcomings: 1, expected: '2A', guidance: 'none' },
    { name: 'one "beneden" in classroom management', indicators: rated('classroom_management', 'beneden', 'volgens'), shortcomings: 1, expected: '2A', guidance: 'may_oblige' },
    { name: 'one "beneden" without a shortcoming recorded still gives 2A', indicators: rated('attendance_policy', 'beneden'), shortcomings: 0, expected: '2A', guidance: 'none' },
    { name: 'two "beneden" in behaviour domains', indicators: [...rated('classroom_management', 'beneden'), ...rated('disciplinary_policy', 'beneden')], shortcomings: 2, expected: '2B', guidance: 'obliged' },
    { name: 'four "beneden" outside behaviour domains', indicators: rated('care_continuum', 'beneden', 'beneden', 'beneden', 'beneden'), shortcomings: 4, expected: '2B', guidance: 'none' },
    { name: 'three "beneden" outside behaviour domains', indicators: rated('care_continuum', 'beneden', 'beneden', 'beneden'), shortcomings: 3, expected: '2A', guidance: 'none' },
    { name: 'six "beneden" in three domains', indicators: [...rated('classroom_management', 'beneden', 'beneden'), ...rated('care_continuum', 'beneden', 'beneden'), ...rated('attendance_policy', 'beneden', 'beneden')], shortcomings: 6, expected: '3', guidance: 'may_oblige' },
    { name: 'six "beneden" in two domains is not 3', indicators: [...rated('care_continuum', 'beneden', 'beneden', 'beneden'), ...rated('attendance_policy', 'beneden', 'beneden', 'beneden')], shortcomings: 6, expected: '2B', guidance: 'none' },
  ];
  it.each(cases)('$name → $expected', ({ indicators, shortcomings, expected, guidance }) => {
    const refs = indicators.filter((i) => i.level === 'beneden' || i.level === 'benadert').slice(0, shortcomings).map((i) => ({ indicatorId: i.indicatorId, domainId: i.domainId }));
    const proposal = proposeAdvice({ indicators, shortcomings: refs }, catalogue);
    expect(proposal.advice).toBe(expected);
    expect(proposal.guidance).toBe(guidance);
  });

  it('says why, naming the indicators below expectations', () => {
    const proposal = proposeAdvice({ indicators: [...rated('classroom_management', 'beneden'), ...rated('disciplinary_policy', 'beneden')], shortcomings: [] }, catalogue);
    expect(proposal.reasons[0]).toBe('Meerdere tekorten in klasmanagement of gedragsbeleid.');
    expect(proposal.reasons.join(' ')).toContain('classroom_management.1, disciplinary_policy.1');
    expect(proposal.below).toEqual(['classroom_management.1', 'disciplinary_policy.1']);
  });
});

describe('adviceConsequences', () => {
  const none = { guidanceObliged: false, strongPolicy: false };
  it('2B: board deadline after 30 and new inspection at the earliest 90 calendar days, task force required', () => {
    const c = adviceConsequences('2B', '2027-03-12', none, catalogue);
    expect(c).toMatchObject({ boardDeadline: '2027-04-11', earliestNewInspection: '2027-06-10', taskForceReferral: 'required', guidanceObliged: true, recognitionKept: false, nextRegularInspection: null });
  });
  it.each([
    ['2027-01-31', '2027-03-02', '2027-05-01'],
    ['2027-12-15', '2028-01-14', '2028-03-14'],
    ['2028-02-01', '2028-03-02', '2028-05-01'],
    ['2028-02-29', '2028-03-30', '2028-05-29'],
    ['2026-11-28', '2026-12-28', '2027-02-26'],
  ])('2B from %s: deadline %s, new inspection from %s', (report, deadline, earliest) => {
    const c = adviceConsequences('2B', report, none, catalogue);
    expect(c.boardDeadline).toBe(deadline);
    expect(c.earliestNewInspection).toBe(earliest);
  });
  it('2A: guidance only when obliged; then the task force is possible', () => {
    expect(adviceConsequences('2A', '2027-03-12', none, catalogue)).toMatchObject({ guidanceObliged: false, taskForceReferral: 'none', shortcomingsBinding: true, nextRegularInspection: '2033-03-12' });
    expect(adviceConsequences('2A', '2027-03-12', { guidanceObliged: true, strongPolicy: false }, catalogue)).toMatchObject({ guidanceObliged: true, taskForceReferral: 'possible' });
  });
  it('1: next regular inspection after six years, eight with interim visits for a strong policy; 29 February rolls to 28 February', () => {
    expect(adviceConsequences('1', '2028-02-29', none, catalogue)).toMatchObject({ nextRegularInspection: '2034-02-28', interimVisits: false });
    expect(adviceConsequences('1', '2028-02-29', { guidanceObliged: false, strongPolicy: true }, catalogue)).toMatchObject({ nextRegularInspection: '2036-02-29', interimVisits: true });
  });
  it('3: the withdrawal procedure, re-inspection within 60 days on appeal, no regular cycle', () => {
    expect(adviceConsequences('3', '2027-03-12', none, catalogue)).toMatchObject({ recognitionKept: false, appealReinspectionDays: 60, nextRegularInspection: null, taskForceReferral: 'none' });
  });
});

describe('hasStrongPolicy', () => {
  it.each([
    ['all policy indicators at least volgens and one overstijgt', [...rated('classroom_management', 'volgens', 'overstijgt'), ...rated('disciplinary_policy', 'volgens'), ...rated('anti_bullying', 'volgens')], true],
    ['strong classroom management alone, the other policy domains not looked at', [...rated('classroom_management', 'overstijgt', 'overstijgt')], false],
    ['all volgens but none overstijgt', [...rated('classroom_management', 'volgens'), ...rated('disciplinary_policy', 'volgens'), ...rated('anti_bullying', 'volgens')], false],
    ['one benadert', [...rated('classroom_management', 'overstijgt', 'benadert')], false],
    ['one unrated', [...rated('classroom_management', 'overstijgt', null)], false],
    ['no policy indicator rated at all', rated('care_continuum', 'overstijgt'), false],
  ] as const)('%s → %s', (_name, indicators, expected) => {
    expect(hasStrongPolicy(indicators, catalogue, 'full')).toBe(expected);
  });

  it('is never judged by a visit that is not a full inspection (§ 3.4)', () => {
    const strong = [...rated('classroom_management', 'volgens', 'overstijgt'), ...rated('disciplinary_policy', 'volgens'), ...rated('anti_bullying', 'volgens')];
    for (const type of ['unannounced', 'reinspection_2b', 'taskforce_followup'] as const) expect(hasStrongPolicy(strong, catalogue, type)).toBe(false);
  });
});
