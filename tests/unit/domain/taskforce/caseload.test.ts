import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../../../main/domain/dates';
import { type TrajectoryFollowUp, agenda, caseloadFigures, closingChecklist, closingProblems, endOfWeek } from '../../../../main/domain/taskforce/caseload';
import { TRAJECTORY_PHASES } from '../../../../main/domain/taskforce/trajectory';

const base: TrajectoryFollowUp = {
  phase: 'referred',
  advice: '2B',
  boardDeadline: '2027-04-11',
  planDueOn: '2027-04-30',
  earliestNewInspection: '2027-06-10',
  goals: [],
  actions: [{ id: 'a1', goalId: null, description: 'Startroutine', ownerRole: 'team', dueDate: '2027-04-05', status: 'planned' }],
  visits: [{ id: 'v1', date: '2027-04-14', held: false, progress: [] }],
  milestones: [{ id: 'm1', title: 'Routine overal', dueDate: '2027-04-09', reachedOn: null }],
};

describe('the caseload’s deadlines', () => {
  it('the week runs Monday to Sunday', () => {
    expect(endOfWeek('2027-04-05')).toBe('2027-04-11'); // Monday
    expect(endOfWeek('2027-04-11')).toBe('2027-04-11'); // Sunday
    expect(endOfWeek('2027-04-08')).toBe('2027-04-11');
  });
  it('while referred: the board’s answer first; overdue items are actions, milestones and the trajectory’s own deadlines', () => {
    const f = caseloadFigures(base, '2027-04-06');
    expect(f.nextDeadline).toMatchObject({ kind: 'milestone', date: '2027-04-09' });
    expect(f.overdue.map((i) => i.kind)).toEqual(['action']);
    expect(f.dueThisWeek.map((i) => i.kind)).toEqual(['milestone', 'board_answer']);
    expect(f.nextVisit).toBe('2027-04-14');
    const later = caseloadFigures(base, '2027-04-12');
    expect(later.overdue.map((i) => i.kind)).toEqual(['action', 'milestone', 'board_answer']);
  });
  it('after the plan is agreed the board and plan deadlines are gone; after a refusal after 2B no new inspection is planned', () => {
    expect(agenda({ ...base, phase: 'monitoring' }).map((i) => i.kind)).toEqual(['action', 'milestone', 'visit', 'new_inspection']);
    expect(agenda({ ...base, phase: 'withdrawal' }).map((i) => i.kind)).toEqual(['action', 'milestone', 'visit']);
  });
  it('property: a closed trajectory shows nothing, an open one counts every overdue item once', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TRAJECTORY_PHASES), fc.integer({ min: -30, max: 90 }), (phase, shift) => {
        const today = addCalendarDays('2027-04-01', shift);
        const f = caseloadFigures({ ...base, phase }, today);
        if (phase === 'closed') {
          expect(f).toMatchObject({ open: false, nextVisit: null, nextDeadline: null, overdue: [], dueThisWeek: [], overdueActions: 0, overdueMilestones: 0 });
        } else {
          expect(f.overdue.every((i) => i.date < today)).toBe(true);
          expect(f.dueThisWeek.every((i) => i.date >= today && i.date <= endOfWeek(today))).toBe(true);
          expect(f.overdueActions).toBe(today > '2027-04-05' ? 1 : 0);
        }
      }),
    );
  });
  it('closing needs overdue actions and milestones settled and planned visits held; goals without progress need a look', () => {
    const list = closingChecklist({ ...base, phase: 'end_evaluation' }, '2027-04-10');
    expect(closingProblems(list, false).map((p) => p.code)).toEqual(['closing_overdue_actions', 'closing_overdue_milestones', 'closing_planned_visits']);
    const settled = closingChecklist(
      {
        ...base,
        phase: 'end_evaluation',
        goals: [{ id: 'g', title: 'Doel' }],
        actions: [{ ...base.actions[0], status: 'done' }],
        milestones: [{ ...base.milestones[0], reachedOn: '2027-04-08' }],
        visits: [{ id: 'v', date: '2027-03-01', held: true, progress: [{ goalId: 'g', level: 'beneden' }] }, { id: 'w', date: '2027-04-01', held: true, progress: [{ goalId: 'g', level: 'beneden' }] }],
      },
      '2027-04-10',
    );
    expect(closingProblems(settled, false).map((p) => p.code)).toEqual(['closing_goals_without_progress']);
    expect(closingProblems(settled, true)).toEqual([]);
  });
});

describe('the task-force pipeline', () => {
  it('counts each step and the average duration of closed trajectories', async () => {
    const { taskforcePipeline } = await import('../../../../main/domain/taskforce/caseload');
    const p = taskforcePipeline([
      { advice: '2B', boardAnswer: 'accepts', referralDate: '2027-01-01', planAgreedOn: '2027-02-01', closedOn: '2027-07-20', phase: 'closed' },
      { advice: '2A', boardAnswer: 'pbd_plan', referralDate: '2027-01-01', planAgreedOn: '2027-02-01', closedOn: '2027-03-02', phase: 'closed' },
      { advice: '2B', boardAnswer: 'declines', referralDate: '2027-03-01', planAgreedOn: null, closedOn: null, phase: 'withdrawal' },
      { advice: '2A', boardAnswer: 'pending', referralDate: '2027-03-01', planAgreedOn: null, closedOn: null, phase: 'referred' },
    ]);
    // 200 and 60 days: 130 on average.
    expect(p).toEqual({ referred: 4, referred2B: 2, accepted: 2, refused: 1, withdrawal: 1, plansAgreed: 2, closed: 2, averageDays: 130 });
  });
});
