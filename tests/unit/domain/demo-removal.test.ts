import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoRemovalPlan, figuresKey, schoolOfFiguresKey } from '../../../main/domain/demo';

/** A record: schools, some marked demo; inspections and figures rows on them, some marked demo. */
const recordArb = fc
  .record({
    schools: fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 15 }),
    demoSchool: fc.array(fc.boolean(), { minLength: 15, maxLength: 15 }),
    inspections: fc.array(fc.record({ school: fc.nat(14), demo: fc.boolean() }), { maxLength: 12 }),
    figures: fc.array(fc.record({ school: fc.nat(14), year: fc.integer({ min: 2019, max: 2024 }), demo: fc.boolean() }), { maxLength: 20 }),
  })
  .map(({ schools, demoSchool, inspections, figures }) => {
    const nr = (i: number) => String(schools[i % schools.length]).padStart(6, '0');
    const allInspections = inspections.map((x, i) => ({ id: `i${i}`, instellingsnummer: nr(x.school), demo: x.demo }));
    const figureRows = [...new Map(figures.map((f) => [figuresKey(nr(f.school), `${f.year}-${f.year + 1}`), f.demo])).entries()];
    return {
      schools: new Set(schools.map((_, i) => nr(i)).filter((_, i) => demoSchool[i])),
      figures: new Set(figureRows.filter(([, demo]) => demo).map(([key]) => key)),
      inspections: new Set(allInspections.filter((i) => i.demo).map((i) => i.id)),
      allInspections,
      allFigures: figureRows.map(([key]) => key),
    };
  });

describe('the demo removal plan', () => {
  it('takes every demo inspection and demo figures row, and never a school that something of the user stands on', () => {
    fc.assert(
      fc.property(recordArb, (state) => {
        const plan = demoRemovalPlan(state);
        expect(new Set(plan.inspections)).toEqual(state.inspections);
        const removed = new Set(plan.schools);
        // Every demo school is either removed or kept, never both; nothing else is either.
        expect(new Set([...plan.schools, ...plan.keptSchools])).toEqual(state.schools);
        expect(plan.keptSchools.filter((s) => removed.has(s))).toEqual([]);
        for (const i of state.allInspections) if (!state.inspections.has(i.id)) expect(removed.has(i.instellingsnummer)).toBe(false);
        for (const key of state.allFigures) if (!state.figures.has(key)) expect(removed.has(schoolOfFiguresKey(key))).toBe(false);
        // Every demo figures row goes: by key, or with its removed school; no real row is named.
        for (const key of state.figures) expect(plan.figures.includes(key) || removed.has(schoolOfFiguresKey(key))).toBe(true);
        for (const key of plan.figures) expect(state.figures.has(key)).toBe(true);
        // A kept school is kept for a reason.
        for (const s of plan.keptSchools) {
          const reason =
            state.allInspections.some((i) => i.instellingsnummer === s && !state.inspections.has(i.id)) ||
            state.allFigures.some((k) => schoolOfFiguresKey(k) === s && !state.figures.has(k));
          expect(reason).toBe(true);
        }
        // The same state, the same plan.
        expect(demoRemovalPlan(state)).toEqual(plan);
      }),
      { numRuns: 2000 },
    );
  });
});
