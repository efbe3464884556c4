import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber, parseNumberByRules } from '../../../main/domain/import/values';

describe('parseNumber: the fast paths agree with the general rules', () => {
  const numberish = fc.string({ unit: fc.constantFrom('0', '1', '2', '5', '9', '.', ',', ' ', '-', '+', '%', "'", 'a'), maxLength: 12 });
  it('for any short string of digits and separators, whole numbers and decimals alike', () => {
    fc.assert(
      fc.property(numberish, fc.boolean(), (raw, whole) => {
        expect(parseNumber(raw, whole)).toEqual(parseNumberByRules(raw, whole));
      }),
      { numRuns: 20_000 },
    );
  });

  it.each([
    ['1104', true, 1104],
    ['007', true, 7],
    ['12,5', false, 12.5],
    ['12.5', false, 12.5],
    ['1.104', true, 1104],
    ['12.500', false, 12.5],
  ])('%s (whole number: %s) is %d', (raw, whole, value) => {
    expect(parseNumber(raw, whole)).toEqual({ ok: true, value });
  });
});
