import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evidenceBlockers, motivationWarnings, type MotivatedIndicator } from '../../../main/domain/report-checks';
import { RATING_LEVELS } from '../../../main/domain/rating';

const indicator = (indicatorId: string, motivation: string, level: MotivatedIndicator['level'] = 'volgens'): MotivatedIndicator => ({ indicatorId, level, motivation });

describe('report checks for the finalize check list', () => {
  it('flags an empty motivation of a rated indicator, not of an unrated one', () => {
    const problems = motivationWarnings([indicator('km.1', '  '), indicator('km.2', '', null), indicator('km.3', 'Eigen tekst.')]);
    expect(problems).toEqual([{ code: 'motivation_empty', field: 'ratings.km.1.motivation', params: { indicatorId: 'km.1' } }]);
  });

  it('flags every indicator whose motivation repeats another, whatever the case or spacing', () => {
    const problems = motivationWarnings([indicator('a', 'De documenten bevestigen dit.'), indicator('b', 'de documenten  bevestigen dit'), indicator('c', 'Iets anders.')]);
    expect(problems.map((p) => [p.code, p.field, p.params.others])).toEqual([
      ['motivation_repeated', 'ratings.a.motivation', 'b'],
      ['motivation_repeated', 'ratings.b.motivation', 'a'],
    ]);
  });

  it('property: an indicator is flagged as repeated exactly when another rated indicator has the same text', () => {
    const texts = ['Eén.', 'Twee.', 'Drie.'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...texts), fc.constantFrom(null, ...RATING_LEVELS)), { maxLength: 12 }), (rows) => {
        const list = rows.map(([text, level], i) => indicator(`i${i}`, text, level));
        const flagged = new Set(motivationWarnings(list).filter((p) => p.code === 'motivation_repeated').map((p) => p.params.indicatorId));
        for (const item of list) {
          const twin = list.some((o) => o !== item && o.level !== null && o.motivation === item.motivation);
          expect(flagged.has(item.indicatorId)).toBe(item.level !== null && twin);
        }
      }),
    );
  });

  it('blocks a final report without evidence', () => {
    expect(evidenceBlockers(0)).toEqual([{ code: 'final_without_evidence', field: 'evidence', params: { count: 0 } }]);
    expect(evidenceBlockers(3)).toEqual([]);
  });
});
