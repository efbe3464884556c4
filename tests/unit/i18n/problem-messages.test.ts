import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROBLEM_MESSAGES, problemMessage } from '../../../main/api/problem-messages';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every code a rule or service answers with problem('…'). */
const used = new Set(
  sources('main').flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/problem\('([a-z_]+)'/g)].map((m) => m[1])),
);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('problem messages', () => {
  it('word every code the rules can answer', () => {
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((code) => !(code in PROBLEM_MESSAGES))).toEqual([]);
  });

  it('say the same things in Dutch and English', () => {
    for (const [code, words] of Object.entries(PROBLEM_MESSAGES)) expect(placeholders(words.en), code).toEqual(placeholders(words.nl));
  });

  it('fill the parameters and never lose an unknown code', () => {
    expect(problemMessage({ code: 'override_needs_motivation', params: { chosen: '2B', proposed: '2A' } })).toBe('U kiest advies 2B in plaats van het voorgestelde advies 2A: geef een motivering.');
    expect(problemMessage({ code: 'override_needs_motivation', params: { chosen: '2B', proposed: '2A' } }, 'en')).toContain('You choose advice 2B instead of the proposed advice 2A');
    expect(problemMessage({ code: 'no_such_code' })).toBe('no_such_code');
  });
});
