import { describe, expect, it } from 'vitest';
import { isRatingLevel, RATING_LABELS_NL, RATING_LEVELS, ratingScore } from '../../../main/domain/rating';

describe('rating scale', () => {
  it('has the four levels of the ontwikkelingsschaal, lowest first', () => {
    expect([...RATING_LEVELS]).toEqual(['beneden', 'benadert', 'volgens', 'overstijgt']);
  });

  it.each([
    ['beneden', 1],
    ['benadert', 2],
    ['volgens', 3],
    ['overstijgt', 4],
  ] as const)('ratingScore(%s) = %i', (level, score) => {
    expect(ratingScore(level)).toBe(score);
  });

  it.each([
    ['beneden', true],
    ['benadert', true],
    ['volgens', true],
    ['overstijgt', true],
    ['Volgens', false],
    [' volgens', false],
    ['volgens ', false],
    ['goed', false],
    ['', false],
    [null, false],
    [undefined, false],
    [3, false],
    [['volgens'], false],
    [{ level: 'volgens' }, false],
    ['toString', false],
    ['constructor', false],
  ] as const)('isRatingLevel(%j) = %s', (value, expected) => {
    expect(isRatingLevel(value)).toBe(expected);
  });

  it.each([
    ['beneden', 'Beneden de verwachting'],
    ['benadert', 'Benadert de verwachting'],
    ['volgens', 'Volgens de verwachting'],
    ['overstijgt', 'Overstijgt de verwachting'],
  ] as const)('Dutch label of %s', (level, label) => {
    expect(RATING_LABELS_NL[level]).toBe(label);
  });

  it('labels exactly the levels of the scale', () => {
    expect(Object.keys(RATING_LABELS_NL).sort()).toEqual([...RATING_LEVELS].sort());
  });
});
