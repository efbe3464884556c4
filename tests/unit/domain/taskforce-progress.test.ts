import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanAction, PlanVisit } from '../../../main/domain/taskforce/plan';
import { actionCompletion, daysUntilNewInspection, goalProgress, nextVisit, overdueActions } from '../../../main/domain/taskforce/progress';

const goals = [
  { id: 'g1', title: 'Rust in de klas' },
  { id: 'g2', title: 'Tuchtdossiers met begeleidende maatregelen' },
  { id: 'g3', title: 'Antipestbeleid' },
];
const visits: PlanVisit[] = [
  { id: 'v2', date: '2027-05-10', progress: [{ goalId: 'g1', level: 'benadert' }, { goalId: 'g2', level: 'beneden' }, { goalId: 'g3', level: 'volgens' }] },
  { id: 'v1', date: '2027-03-01', progress: [{ goalId: 'g1', level: 'beneden' }, { goalId: 'g2', level: 'beneden' }, { goalId: 'g3', level: 'overstijgt' }] },
  { id: 'v3', date: '2027-09-20', progress: [{ goalId: 'g1', level: 'volgens' }] },
];

describe('goalProgress', () => {
  it('orders each goal\'s judgements by visit date and leaves out visits still to come', () => {
    const [g1, g2, g3] = goalProgress(goals, visits, '2027-06-01');
    expect(g1.timeline).toEqual([{ date: '2027-03-01', level: 'beneden' }, { date: '2027-05-10', level: 'benadert' }]);
    expect(g1).toMatchObject({ latest: 'benadert', trend: 'up', noProgress: false });
    expect(g2).toMatchObject({ latest: 'beneden', trend: 'same', noProgress: true });
    expect(g3).toMatchObject({ latest: 'volgens', trend: 'down', noProgress: true });
  });
  it('with one judgement the trend is unknown, and a goal never judged has no level', () => {
    const progress = goalProgress([...goals, { id: 'g4', title: 'Nieuw' }], visits, '2027-04-01');
    expect(progress[0]).toMatchObject({ trend: 'unknown', noProgress: false, latest: 'beneden' });
    expect(progress[3]).toMatchObject({ timeline: [], latest: null, trend: 'unknown' });
  });
  it('a goal skipped at the last visit keeps its last judgement', () => {
    const progress = goalProgress(goals, visits, '2027-12-31');
    expect(progress[1]).toMatchObject({ latest: 'beneden', timeline: [{ date: '2027-03-01', level: 'beneden' }, { date: '2027-05-10', level: 'beneden' }] });
    expect(progress[0]).toMatchObject({ latest: 'volgens', trend: 'up' });
  });
});

describe('plan follow-up', () => {
  const actions: PlanAction[] = [
    { id: 'a1', goalId: 'g1', description: 'Klasroutines afspreken', ownerRole: 'team', dueDate: '2027-04-01', status: 'done' },
    { id: 'a2', goalId: 'g1', description: 'Coaching beginnende leraren', ownerRole: 'pbd', dueDate: '2027-04-15', status: 'in_progress' },
    { id: 'a3', goalId: 'g2', description: 'Sjabloon tuchtdossier', ownerRole: 'school_leader', dueDate: '2027-03-20', status: 'planned' },
    { id: 'a4', goalId: 'g2', description: 'Overleg CLB', ownerRole: 'clb', dueDate: '2027-03-01', status: 'dropped' },
    { id: 'a5', goalId: null, description: 'Gedragsexpert aanstellen', ownerRole: 'school_leader', dueDate: '2027-06-01', status: 'planned' },
  ];
  it('lists overdue actions oldest first, never done or dropped ones, and not those due today', () => {
    expect(overdueActions(actions, '2027-04-15').map((a) => a.id)).toEqual(['a3']);
    expect(overdueActions(actions, '2027-04-16').map((a) => a.id)).toEqual(['a3', 'a2']);
  });
  it('completion ignores dropped actions', () => {
    expect(actionCompletion(actions)).toBe(0.25);
    expect(actionCompletion([])).toBeNull();
    expect(actionCompletion([actions[3]])).toBeNull();
  });
  it('the next visit is the first one on or after today', () => {
    expect(nextVisit(visits, '2027-05-10')?.id).toBe('v2');
    expect(nextVisit(visits, '2027-05-11')?.id).toBe('v3');
    expect(nextVisit(visits, '2027-10-01')).toBeNull();
  });
  it('days until the new inspection, never negative', () => {
    expect(daysUntilNewInspection('2027-06-10', '2027-03-12')).toBe(90);
    expect(daysUntilNewInspection('2027-06-10', '2027-07-01')).toBe(0);
    expect(daysUntilNewInspection(null, '2027-07-01')).toBeNull();
  });
});

describe('"geen vooruitgang" by the trend over the visits', () => {
  const g = [{ id: 'g', title: 'Doel' }];
  const visitsOf = (levels: Array<'beneden' | 'benadert' | 'volgens' | 'overstijgt'>): PlanVisit[] =>
    levels.map((level, i) => ({ id: `v${i}`, date: `2027-0${i + 1}-15`, held: true, progress: [{ goalId: 'g', level }] }));
  const at = (levels: Parameters<typeof visitsOf>[0]) => goalProgress(g, visitsOf(levels), '2027-12-31')[0];

  it('three "beneden" in a row is stagnation; two is no progress yet, not stagnation', () => {
    expect(at(['beneden', 'beneden', 'beneden'])).toMatchObject({ noProgress: true, stagnation: true, trend: 'same' });
    expect(at(['beneden', 'beneden'])).toMatchObject({ noProgress: true, stagnation: false });
  });
  it('looks at the last three visits, not only the last two: a dip and back is no progress, a step up is', () => {
    expect(at(['beneden', 'benadert', 'beneden'])).toMatchObject({ trend: 'same', noProgress: true });
    expect(at(['beneden', 'beneden', 'benadert'])).toMatchObject({ trend: 'up', noProgress: false });
    expect(at(['benadert', 'beneden', 'benadert'])).toMatchObject({ trend: 'same', noProgress: true });
    // Older visits fall out of the window: recovered, then three flat "beneden".
    expect(at(['volgens', 'beneden', 'beneden', 'beneden'])).toMatchObject({ stagnation: true, trend: 'same' });
  });
  it('staying at "volgens" is the goal reached, not stagnation; a drop from it is', () => {
    expect(at(['benadert', 'volgens', 'volgens'])).toMatchObject({ noProgress: false });
    expect(at(['volgens', 'volgens', 'volgens'])).toMatchObject({ noProgress: false, trend: 'same' });
    expect(at(['overstijgt', 'volgens'])).toMatchObject({ noProgress: true, trend: 'down' });
  });
  it('a planned visit does not count, whatever its date', () => {
    const visits = visitsOf(['beneden', 'beneden', 'beneden']);
    visits[2] = { ...visits[2], held: false, progress: [] };
    expect(goalProgress(g, visits, '2027-12-31')[0]).toMatchObject({ stagnation: false, timeline: [{ date: '2027-01-15', level: 'beneden' }, { date: '2027-02-15', level: 'beneden' }] });
  });
  it('property: stagnation implies no progress, and any step up within the window is progress', () => {
    const level = fc.constantFrom('beneden' as const, 'benadert' as const, 'volgens' as const, 'overstijgt' as const);
    fc.assert(
      fc.property(fc.array(level, { minLength: 2, maxLength: 8 }), (levels) => {
        const p = at(levels);
        if (p.stagnation) expect(p.noProgress).toBe(true);
        const window = levels.slice(-3).map((l) => ['beneden', 'benadert', 'volgens', 'overstijgt'].indexOf(l));
        if (window[window.length - 1] > window[0]) expect(p.noProgress).toBe(false);
        if (window[window.length - 1] < window[0]) expect(p.noProgress).toBe(true);
      }),
    );
  });
});
