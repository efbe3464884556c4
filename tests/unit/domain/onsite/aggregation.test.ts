import { describe, expect, it } from 'vitest';
import { aggregateObservations, levelNearest, timeOnTask } from '../../../../main/domain/onsite/observations';
import { type DisciplinaryFileCheck, fileShortfalls, sampleCompliance } from '../../../../main/domain/onsite/samples';
import { sumTallies, tallyProblems } from '../../../../main/domain/onsite/surveys';

describe('observations aggregate per indicator', () => {
  it('maps rust and routine to km.1, regelmaat to km.2, relatie to km.3', () => {
    const summary = aggregateObservations([
      { scores: { rust: 'volgens', routine: 'benadert', regelmaat: 'beneden', relatie: 'overstijgt' }, onTask: 0, offTask: 0 },
      { scores: { rust: 'volgens', routine: null, regelmaat: 'benadert' }, onTask: 0, offTask: 0 },
    ]);
    const by = Object.fromEntries(summary.map((s) => [s.indicatorId, s]));
    expect(by['km.1']).toMatchObject({ n: 3, counts: { beneden: 0, benadert: 1, volgens: 2, overstijgt: 0 }, mean: 2.67, suggested: 'volgens' });
    expect(by['km.2']).toMatchObject({ n: 2, mean: 1.5, suggested: 'beneden' });
    expect(by['km.3']).toMatchObject({ n: 1, mean: 4, suggested: 'overstijgt' });
  });
  it('has no mean or suggestion without scores', () => {
    expect(aggregateObservations([]).every((s) => s.n === 0 && s.mean === null && s.suggested === null)).toBe(true);
  });
  it.each([
    [1, 'beneden'],
    [1.5, 'beneden'],
    [1.51, 'benadert'],
    [2.5, 'benadert'],
    [2.51, 'volgens'],
    [3.5, 'volgens'],
    [3.51, 'overstijgt'],
    [4, 'overstijgt'],
  ] as const)('mean %d → %s (ties go down)', (mean, level) => expect(levelNearest(mean)).toBe(level));
  it.each([
    [[], null, 0],
    [[{ onTask: 3, offTask: 1 }], 75, 4],
    [[{ onTask: 3, offTask: 1 }, { onTask: 0, offTask: 2 }], 50, 6],
    [[{ onTask: 1, offTask: 2 }], 33.3, 3],
  ] as const)('time on task %j → %s%% of %i', (obs, pct, total) => {
    expect(timeOnTask(obs)).toMatchObject({ pct, total });
  });
});

const ok: DisciplinaryFileCheck = { measure: 'temporary_exclusion', guidance: 'yes', steps: { hearing: true, classCouncil: true, clb: true }, handover: null };

describe('disciplinary files', () => {
  it.each([
    ['complete temporary exclusion', ok, []],
    ['reason given counts as documented', { ...ok, guidance: 'reason_given' }, []],
    ['no guidance', { ...ok, guidance: 'no' }, ['guidance']],
    ['no hearing', { ...ok, steps: { ...ok.steps, hearing: false } }, ['hearing']],
    ['no class council', { ...ok, steps: { ...ok.steps, classCouncil: false } }, ['classCouncil']],
    ['a preventive suspension is a bewarende maatregel, not judged as a disciplinary file', { measure: 'preventive_suspension', guidance: 'no', steps: { hearing: false, classCouncil: false, clb: false }, handover: null }, []],
    ['definitive exclusion without hand-over is not a shortfall (action 16 makes it possible)', { ...ok, measure: 'definitive_exclusion', handover: false }, []],
    ['definitive exclusion, hand-over unknown', { ...ok, measure: 'definitive_exclusion', handover: null }, []],
    ['definitive exclusion with hand-over', { ...ok, measure: 'definitive_exclusion', handover: true }, []],
    ['everything missing', { measure: 'definitive_exclusion', guidance: 'no', steps: { hearing: false, classCouncil: false, clb: false }, handover: false }, ['guidance', 'hearing', 'classCouncil', 'clb']],
  ] as [string, DisciplinaryFileCheck, string[]][])('%s', (_label, file, missing) => expect(fileShortfalls(file)).toEqual(missing));

  it('compliance rate of a sample', () => {
    const result = sampleCompliance([ok, ok, { ...ok, guidance: 'no' }, { ...ok, steps: { ...ok.steps, clb: false }, guidance: 'no' }]);
    expect(result).toEqual({ files: 4, protective: 0, compliant: 2, pct: 50, shortfalls: { guidance: 2, hearing: 0, classCouncil: 0, clb: 1, handover: 0 } });
    // Preventive suspensions are counted apart; definitive exclusions without hand-over are reported, still compliant.
    const mixed = sampleCompliance([ok, { ...ok, measure: 'preventive_suspension', guidance: 'no' }, { ...ok, measure: 'definitive_exclusion', handover: false }]);
    expect(mixed).toEqual({ files: 2, protective: 1, compliant: 2, pct: 100, shortfalls: { guidance: 0, hearing: 0, classCouncil: 0, clb: 0, handover: 1 } });
    expect(sampleCompliance([]).pct).toBeNull();
    expect(sampleCompliance([ok, ok, { ...ok, guidance: 'no' }]).pct).toBe(66.7);
  });
});

describe('survey tallies', () => {
  it('sums per question over groups and inspections', () => {
    const totals = sumTallies([
      { question: 'pupils_safe_respected', group: '1ste graad', agree: 40, respondents: 50 },
      { question: 'pupils_safe_respected', group: '2de graad', agree: 20, respondents: 30 },
      { question: 'staff_time_for_teaching', group: 'leraren', agree: 5, respondents: 20 },
    ]);
    expect(totals).toEqual([
      { question: 'pupils_safe_respected', agree: 60, respondents: 80, pct: 75 },
      { question: 'staff_time_for_teaching', agree: 5, respondents: 20, pct: 25 },
    ]);
    expect(sumTallies([])[0].pct).toBeNull();
  });
  it.each([
    [{ agree: 1, respondents: 2 }, 0],
    [{ agree: 2, respondents: 2 }, 0],
    [{ agree: 3, respondents: 2 }, 1],
    [{ agree: -1, respondents: 2 }, 1],
    [{ agree: 1.5, respondents: 2 }, 1],
    [{ agree: 0, respondents: -1 }, 2],
  ])('tally %j has %i problem(s)', (tally, n) => expect(tallyProblems(tally)).toHaveLength(n));
});
