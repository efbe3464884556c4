import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/src/i18n/en';
import { featureMessages } from '../../../renderer/src/i18n/features';
import { nlBE } from '../../../renderer/src/i18n/nl-BE';

/**
 * Dutch first, English second: every text exists in both languages, is not
 * empty, and asks for the same placeholders, so no screen ever shows a raw
 * key or a "{{count}}" that was never filled.
 */

function leaves(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, value);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) for (const [p, s] of leaves(v, path ? `${path}.${k}` : k)) out.set(p, s);
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

const sets: Array<[string, unknown, unknown]> = [['core', nlBE, en], ...Object.entries(featureMessages).map(([ns, m]) => [ns, m.nl, m.en] as [string, unknown, unknown])];

describe.each(sets)('messages of %s', (_name, nl, english) => {
  const dutch = leaves(nl);
  const other = leaves(english);

  it('has the same keys in Dutch and English', () => {
    expect([...other.keys()].sort()).toEqual([...dutch.keys()].sort());
  });

  it('is never empty in one language only, and asks for the same placeholders in both', () => {
    for (const [key, text] of dutch) {
      // Some keys are empty on purpose in both (a state that is never shown); one-sided emptiness is a missing translation.
      expect(text.trim() === '', key).toBe((other.get(key) ?? '').trim() === '');
      expect(placeholders(other.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });
});
