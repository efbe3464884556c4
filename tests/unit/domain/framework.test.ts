import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findIndicator, parseFramework } from '../../../main/domain/framework';
import { FRAMEWORK_FILE } from '../../helpers/services';

const text = (s: string) => ({ nl: `${s} (nl)`, en: `${s} (en)` });

function indicator(id: string) {
  return {
    id,
    title: text(`title ${id}`),
    guidance: text('guidance'),
    lookFors: [text('look-for')],
    evidenceSources: ['classroom_observation', 'data'],
    carePhase: null,
    dataSignals: ['preventive_suspensions'],
    references: [{ action: 2 }],
  };
}

/** The smallest framework the schema accepts: one domain, two indicators. */
function minimal(): any {
  return {
    id: 'test-kader',
    version: '1.0',
    title: text('kader'),
    source: 'test',
    domains: [
      {
        id: 'classroom_management',
        title: text('km'),
        summary: text('summary'),
        indicators: [indicator('km.1'), indicator('km.2')],
      },
    ],
  };
}

function problemsOf(data: unknown): string[] {
  const result = parseFramework(data);
  if (result.ok) throw new Error('expected the framework to be refused');
  return result.problems;
}

describe('parseFramework', () => {
  it('accepts a valid minimal framework and returns it unchanged', () => {
    const data = minimal();
    const result = parseFramework(data);
    expect(result).toEqual({ ok: true, framework: data });
  });

  it('accepts the shipped framework file', () => {
    const result = parseFramework(JSON.parse(readFileSync(FRAMEWORK_FILE, 'utf8')));
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.framework.id).toBe('goed-gedragen');
    expect(result.framework.domains.map((d) => d.id)).toContain('classroom_management');
  });

  it.each([
    { name: 'a section reference', refs: [{ section: '3.2' }] },
    { name: 'care phase 2', carePhase: 2 },
    { name: 'a three-part version', version: '1.2.3' },
  ])('accepts $name', (variant) => {
    const data = minimal();
    if (variant.refs) data.domains[0].indicators[0].references = variant.refs;
    if (variant.carePhase !== undefined) data.domains[0].indicators[0].carePhase = variant.carePhase;
    if (variant.version) data.version = variant.version;
    expect(parseFramework(data).ok).toBe(true);
  });

  it('refuses a duplicate indicator id within a domain, naming the second one', () => {
    const data = minimal();
    data.domains[0].indicators[1].id = 'km.1';
    const problems = problemsOf(data);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^domains\.0\.indicators\.1\.id: /);
    expect(problems[0]).toContain('km.1');
  });

  it('refuses a duplicate indicator id across domains', () => {
    const data = minimal();
    data.domains.push({ id: 'anti_bullying', title: text('ap'), summary: text('s'), indicators: [indicator('ap.1'), indicator('km.2')] });
    const problems = problemsOf(data);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^domains\.1\.indicators\.1\.id: /);
  });

  type Case = { name: string; mutate: (d: any) => void; path: string };
  const cases: Case[] = [
    { name: 'missing indicator id', mutate: (d) => delete d.domains[0].indicators[1].id, path: 'domains.0.indicators.1.id' },
    { name: 'missing framework title', mutate: (d) => delete d.title, path: 'title' },
    { name: 'missing English title of a domain', mutate: (d) => delete d.domains[0].title.en, path: 'domains.0.title.en' },
    { name: 'missing look-fors', mutate: (d) => delete d.domains[0].indicators[0].lookFors, path: 'domains.0.indicators.0.lookFors' },
    { name: 'empty look-fors', mutate: (d) => (d.domains[0].indicators[0].lookFors = []), path: 'domains.0.indicators.0.lookFors' },
    { name: 'empty domains', mutate: (d) => (d.domains = []), path: 'domains' },
    {
      name: 'unknown evidence source',
      mutate: (d) => (d.domains[0].indicators[1].evidenceSources = ['data', 'gossip']),
      path: 'domains.0.indicators.1.evidenceSources.1',
    },
    {
      name: 'unknown data signal',
      mutate: (d) => (d.domains[0].indicators[0].dataSignals = ['horoscope']),
      path: 'domains.0.indicators.0.dataSignals.0',
    },
    { name: 'care phase 3', mutate: (d) => (d.domains[0].indicators[0].carePhase = 3), path: 'domains.0.indicators.0.carePhase' },
    { name: 'action 41', mutate: (d) => (d.domains[0].indicators[0].references = [{ action: 41 }]), path: 'domains.0.indicators.0.references.0.action' },
    { name: 'empty reference', mutate: (d) => (d.domains[0].indicators[0].references = [{}]), path: 'domains.0.indicators.0.references.0' },
    { name: 'bad version', mutate: (d) => (d.version = 'v1'), path: 'version' },
    { name: 'upper-case indicator id', mutate: (d) => (d.domains[0].indicators[0].id = 'KM.1'), path: 'domains.0.indicators.0.id' },
    { name: 'empty Dutch text', mutate: (d) => (d.domains[0].summary.nl = ''), path: 'domains.0.summary.nl' },
    { name: 'unknown key in an indicator', mutate: (d) => (d.domains[0].indicators[0].colour = 'red'), path: 'domains.0.indicators.0' },
  ];

  it.each(cases)('refuses $name with a problem naming $path', ({ mutate, path }) => {
    const data = minimal();
    mutate(data);
    const problems = problemsOf(data);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((p) => p.startsWith(`${path}: `))).toBe(true);
  });

  it.each([
    [null],
    ['framework'],
    [[]],
    [42],
  ])('refuses %j at the root', (data) => {
    const problems = problemsOf(data);
    expect(problems[0]).toMatch(/^\(root\): /);
  });
});

describe('findIndicator', () => {
  it('finds an indicator with its domain, and null for an unknown id', () => {
    const data = minimal();
    data.domains.push({ id: 'anti_bullying', title: text('ap'), summary: text('s'), indicators: [indicator('ap.1')] });
    const result = parseFramework(data);
    if (!result.ok) throw new Error(result.problems.join());
    expect(findIndicator(result.framework, 'ap.1')?.domain.id).toBe('anti_bullying');
    expect(findIndicator(result.framework, 'km.2')?.indicator.id).toBe('km.2');
    expect(findIndicator(result.framework, 'km.9')).toBeNull();
    expect(findIndicator(result.framework, '')).toBeNull();
  });
});
