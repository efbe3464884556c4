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
