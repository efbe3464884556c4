import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays as addDays } from '../../../../main/domain/dates';
import {
  type Trajectory,
  type TrajectoryEvent,
  applyTrajectoryEvent,
  newTrajectory,
  trajectoryInvariantProblems,
  trajectoryProblems,
} from '../../../../main/domain/taskforce/trajectory';

const START = '2027-03-12';

/** Any event at all, allowed or not, with dates around the trajectory's own. */
const anyEvent: fc.Arbitrary<(t: Trajectory) => TrajectoryEvent> = fc
  .record({
    kind: fc.constantFrom('board_answer', 'agree_plan', 'start_monitoring', 'start_end_evaluation', 'resume_monitoring', 'close', 'reopen'),
    shift: fc.integer({ min: -20, max: 60 }),
    answer: fc.constantFrom('accepts', 'declines', 'pbd_plan'),
    text: fc.constantFrom('', '  ', 'Mevr. Peeters, directeur', 'De routines staan.'),
    alone: fc.boolean(),
  })
  .map((r) => (t: Trajectory) => {
    const date = addDays(t.lastDecisionOn, r.shift);
    switch (r.kind) {
      case 'board_answer':
        return { kind: 'board_answer', date, answer: r.answer as 'accepts' | 'declines' | 'pbd_plan' };
      case 'agree_plan':
        return { kind: 'agree_plan', date, signedBy: r.text };
      case 'close':
        return { kind: 'close', date, canContinueAlone: r.alone, motivation: r.text };
      case 'reopen':
        return { kind: 'reopen', date, reason: r.text };
      default:
        return { kind: r.kind, date } as TrajectoryEvent;
    }
  });

describe('the trajectory state machine', () => {
  it('no sequence of operations reaches an invalid state; refused operations change nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom('2A' as const, '2B' as const), fc.array(anyEvent, { maxLength: 40 }), (advice, events) => {
        let t = newTrajectory(advice, START);
        for (const make of events) {
          const event = make(t);
          const problems = trajectoryProblems(t, event);
          if (problems.length > 0) {
            expect(() => applyTrajectoryEvent(t, event)).toThrow();
            continue;
          }
          const next = applyTrajectoryEvent(t, event);
          expect(trajectoryInvariantProblems(next), `${t.phase} --${event.kind}--> ${next.phase}`).toEqual([]);
          expect(next.lastDecisionOn >= t.lastDecisionOn).toBe(true);
          t = next;
        }
      }),
      { numRuns: 600 },
    );
  });

  it('a refusal after 2B leads to the withdrawal procedure, after 2A it is recorded as refused', () => {
    const answer = { kind: 'board_answer', date: '2027-04-01', answer: 'declines' } as const;
    expect(applyTrajectoryEvent(newTrajectory('2B', START), answer).phase).toBe('withdrawal');
    expect(applyTrajectoryEvent(newTrajectory('2A', START), answer).phase).toBe('refused');
  });

  it('runs from referral to closure and reopens where it left off, with the sign-off recorded', () => {
    let t = newTrajectory('2B', START);
    const steps: TrajectoryEvent[] = [
      { kind: 'board_answer', date: '2027-04-01', answer: 'accepts' },
      { kind: 'agree_plan', date: '2027-04-20', signedBy: 'Mevr. Peeters, directeur' },
      { kind: 'start_monitoring', date: '2027-04-21' },
      { kind: 'start_end_evaluation', date: '2027-11-15' },
      { kind: 'close', date: '2027-12-01', canContinueAlone: true, motivation: 'Routines staan.' },
    ];
    for (const s of steps) t = applyTrajectoryEvent(t, s);
    expect(t).toMatchObject({ phase: 'closed', planAgreedBy: 'Mevr. Peeters, directeur', planAgreedOn: '2027-04-20', canContinueAlone: true });
    expect(trajectoryProblems(t, { kind: 'reopen', date: '2027-12-10', reason: ' ' })).toEqual([expect.objectContaining({ code: 'reopen_needs_reason' })]);
    t = applyTrajectoryEvent(t, { kind: 'reopen', date: '2027-12-10', reason: 'Nieuwe incidenten.' });
    expect(t).toMatchObject({ phase: 'monitoring', closedOn: null, canContinueAlone: null, reopenReason: 'Nieuwe incidenten.' });
  });

  it('refuses a decision dated before the previous one, and events the phase does not allow', () => {
    const t = applyTrajectoryEvent(newTrajectory('2A', START), { kind: 'board_answer', date: '2027-04-01', answer: 'accepts' });
    expect(trajectoryProblems(t, { kind: 'agree_plan', date: '2027-03-30', signedBy: 'X' })).toEqual([expect.objectContaining({ code: 'trajectory_date_before_previous' })]);
    expect(trajectoryProblems(t, { kind: 'close', date: '2027-05-01', canContinueAlone: true, motivation: 'x' })).toEqual([expect.objectContaining({ code: 'trajectory_event_not_allowed' })]);
  });
});
