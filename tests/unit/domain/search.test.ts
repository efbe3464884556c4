import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesSearch, searchKey } from '../../../main/domain/search';

const DASH_VARIANTS = ['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63', '\uFF0D'];
const SINGLE_VARIANTS = ["'", '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC'];
const DOUBLE_VARIANTS = ['"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB'];

describe('searchKey: what is typed meets what is stored', () => {
  it.each([
    ['Ter Heide – OV3', 'Ter Heide - OV3'],
    ['Sint‑Jozefsinstituut', 'sint-jozefsinstituut'],
    ['’s Gravenwezel', "'s gravenwezel"],
    ['“De Regenboog”', '"de regenboog"'],
    ['Basisschool Sint-Égide', 'basisschool sint-egide'],
    ['GO!  Atheneum\tBrugge', 'go! atheneum brugge'],
  ])('%j is found by %j', (stored, typed) => {
    expect(matchesSearch(stored, typed)).toBe(true);
    expect(searchKey(stored)).toBe(searchKey(typed));
  });

  it('does not make different names equal', () => {
    expect(matchesSearch('Ter Heide – OV3', 'Ter Heide OV3')).toBe(false);
    expect(matchesSearch('De Klimop', 'Klimaat')).toBe(false);
  });

  it('any dash or quote variant in a name is found by the plain one, and the other way round', () => {
    const part = fc.string({ unit: fc.constantFrom('a', 'b', 'é', 'Z', ' ', '3'), maxLength: 6 });
    fc.assert(
      fc.property(part, part, fc.constantFrom(...DASH_VARIANTS), fc.constantFrom(...SINGLE_VARIANTS), fc.constantFrom(...DOUBLE_VARIANTS), (a, b, dash, single, double) => {
        const stored = `${a}${dash}${b}${single}${a}${double}`;
        const typed = `${a}-${b}'${a}"`;
        expect(searchKey(stored)).toBe(searchKey(typed));
        expect(matchesSearch(stored, typed)).toBe(true);
      }),
    );
  });

  it('is idempotent and an empty query matches everything', () => {
    fc.assert(fc.property(fc.string(), (s) => searchKey(searchKey(s)) === searchKey(s)));
    expect(matchesSearch('Wat dan ook', '   ')).toBe(true);
  });
});
