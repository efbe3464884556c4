import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAdviceCatalogue } from '../../../../main/domain/advice/catalogue';
import { proposeAdvice } from '../../../../main/domain/advice/propose';
import { parseFramework } from '../../../../main/domain/framework';
import { canFinalize, finalizeChecklist } from '../../../../main/domain/rules/checklist';
import type { InspectionFacts } from '../../../../main/domain/rules/facts';
import { FRAMEWORK_FILE } from '../../../helpers/services';

const catalogue = (() => {
  const r = parseAdviceCatalogue(JSON.parse(readFileSync('resources/advice/catalogue.v1.json', 'utf8')));
  if (!r.ok) throw new Error(r.problems.join('; '));
  return r.catalogue;
})();
const framework = (() => {
  const r = parseFramework(JSON.parse(readFileSync(FRAMEWORK_FILE, 'utf8')));
  if (!r.ok) throw new Error(r.problems.join('; '));
  return r.framework;
})();

const ALL = framework.domains.flatMap((d) => d.indicators.map((i) => ({ id: i.id, domainId: d.id, inForceFrom: i.inForceFrom })));
const LEVELS = ['beneden', 'benadert', 'volgens', 'overstijgt', null] as const;
const CODES = ['1', '2A', '2B', '3'] as const;

/** Mostly the record of a finished visit, then a few random slips: both sides of every rule get reached. */
const factsArb: fc.Arbitrary<InspectionFacts> = fc
  .record({
    type: fc.constantFrom('full' as const, 'unannounced' as const),
    startDate: fc.constantFrom('2026-03-02', '2027-03-01'),
    focusDomains: fc.subarray(framework.domains.map((d) => d.id), { minLength: 1, maxLength: 3 }),
    levels: fc.array(fc.constantFrom('beneden', 'benadert', 'volgens', 'volgens', 'overstijgt'), { minLength: ALL.length, maxLength: ALL.length }),
    evidenceCount: fc.constantFrom(0, 1, 2, 2, 2),
    openConflicts: fc.constantFrom(0, 0, 0, 0, 1),
    decide: fc.constantFrom('proposal', 'proposal', 'proposal', 'other', 'none'),
    other: fc.record({ chosen: fc.constantFrom(...CODES), motivation: fc.constantFrom('', 'Zo beslist.'), guidanceObliged: fc.boolean(), stale: fc.constantFrom(...CODES) }),
    slips: fc.array(
      fc.record({ at: fc.nat(ALL.length - 1), level: fc.constantFrom(...LEVELS), shortcomings: fc.constantFrom('', 'Er ontbreekt iets.'), deadline: fc.constantFrom(null, '2028-01-01', '2020-01-01'), motivation: fc.constantFrom('', 'x') }),
      { maxLength: 2 },
    ),
  })
  .map((g) => {
    const ratings: InspectionFacts['ratings'][number][] = ALL.filter((i) => g.focusDomains.includes(i.domainId)).map((i, n) => {
      const inForce = !i.inForceFrom || g.startDate >= `${i.inForceFrom.slice(0, 4)}-09-01`;
      const level = g.levels[n] === 'beneden' && !inForce ? 'benadert' : (g.levels[n] as InspectionFacts['ratings'][number]['level']);
      return { indicatorId: i.id, level, motivation: `Gezien bij ${i.id}.`, shortcomings: level === 'beneden' ? 'Er ontbreekt iets.' : '', shortcomingDeadline: level === 'beneden' ? '2028-01-01' : null };
    });
    for (const slip of g.slips) {
      const i = ALL[slip.at];
      const rest = ratings.filter((r) => r.indicatorId !== i.id);
      ratings.splice(0, ratings.length, ...rest, { indicatorId: i.id, level: slip.level, motivation: slip.motivation, shortcomings: slip.shortcomings, shortcomingDeadline: slip.deadline });
    }
    const base = { type: g.type, status: 'deciding' as const, startDate: g.startDate, focusDomains: g.focusDomains, framework, ratings, evidenceCount: g.evidenceCount, openConflicts: g.openConflicts, sourceKinds: {}, decision: null };
    const proposal = proposal_(base);
    const decision =
      g.decide === 'none'
        ? null
        : g.decide === 'proposal'
          ? { proposed: proposal.advice, chosen: proposal.advice, motivation: '', guidanceObliged: proposal.guidance === 'obliged' || (proposal.advice === '2B'), reportDate: '2027-03-20' }
          : { proposed: g.other.stale, chosen: g.other.chosen, motivation: g.other.motivation, guidanceObliged: g.other.guidanceObliged, reportDate: '2027-03-20' };
    return { ...base, decision };
  });

function proposal_(f: Pick<InspectionFacts, 'focusDomains' | 'ratings'>) {
  const inFocus = ALL.filter((i) => f.focusDomains.includes(i.domainId));
  const level = (id: string) => f.ratings.find((r) => r.indicatorId === id)?.level ?? null;
  const tekorten = f.ratings
    .filter((r) => r.level === 'beneden' && r.shortcomings.trim() !== '')
    .flatMap((r) => inFocus.filter((i) => i.id === r.indicatorId).map((i) => ({ indicatorId: i.id, domainId: i.domainId })));
  return proposeAdvice({ indicators: inFocus.map((i) => ({ indicatorId: i.id, domainId: i.domainId, level: level(i.id) })), shortcomings: tekorten }, catalogue);
}

/**
 * The advice rules a final report must satisfy, stated once more from the
 * facts in plain terms — independent of the check list under test.
 */
function violations(f: InspectionFacts): string[] {
  const out: string[] = [];
  const inFocus = ALL.filter((i) => f.focusDomains.includes(i.domainId));
  const level = (id: string) => f.ratings.find((r) => r.indicatorId === id)?.level ?? null;
  if (inFocus.some((i) => level(i.id) === null)) out.push('unrated');
  for (const r of f.ratings) {
    const text = r.shortcomings.trim() !== '';
    const indicator = inFocus.find((i) => i.id === r.indicatorId);
    if (r.level === 'beneden' && !text) out.push('beneden without text');
    if (r.level !== 'beneden' && text) out.push('text without beneden');
    if (r.level === 'beneden' && !indicator) out.push('tekort outside focus');
    if (r.level === 'beneden' && indicator?.inForceFrom && f.startDate < `${indicator.inForceFrom.slice(0, 4)}-09-01`) out.push('not in force');
    if (r.level === 'beneden' && indicator && text && r.shortcomingDeadline === null) out.push('no deadline');
    if (r.shortcomingDeadline !== null && r.level !== 'beneden') out.push('deadline without tekort');
    if (r.shortcomingDeadline !== null && r.shortcomingDeadline < f.startDate) out.push('deadline in the past');
  }
  if (f.openConflicts > 0) out.push('conflicts');
  if (f.evidenceCount === 0) out.push('no evidence');
  if (!f.decision) return [...out, 'no decision'];
  const tekorten = f.ratings
    .filter((r) => r.level === 'beneden' && r.shortcomings.trim() !== '')
    .flatMap((r) => inFocus.filter((i) => i.id === r.indicatorId).map((i) => ({ indicatorId: i.id, domainId: i.domainId })));
  const proposal = proposal_(f);
  const d = f.decision;
  if (d.proposed !== proposal.advice) out.push('decided on another proposal');
  if (d.chosen !== proposal.advice && d.motivation.trim() === '') out.push('override without motivation');
  if (d.chosen === '1' && tekorten.length) out.push('favourable with tekorten');
  if (d.chosen !== '1' && !tekorten.length) out.push('unfavourable without tekorten');
  if (d.chosen === '2A' && proposal.guidance === 'obliged' && !d.guidanceObliged) out.push('action 18 guidance missing');
  if (d.chosen === '2A' && proposal.guidance === 'none' && d.guidanceObliged) out.push('guidance without grounds');
  if ((d.chosen === '1' || d.chosen === '3') && d.guidanceObliged) out.push('guidance with 1 or 3');
  return out;
}

describe('the finalize check list', () => {
  it('lets a report through only when every advice rule holds, and blocks it whenever one does not', () => {
    let passed = 0;
    fc.assert(
      fc.property(factsArb, (facts) => {
        const items = finalizeChecklist(facts, catalogue);
        const broken = violations(facts);
        if (broken.length === 0) passed++;
        expect(canFinalize(items, true), JSON.stringify({ broken, items: items.map((i) => i.code) })).toBe(broken.length === 0);
      }),
      { numRuns: 20_000, seed: 1202 },
    );
    // Both sides of the equivalence must be reached for it to mean anything.
    expect(passed).toBeGreaterThan(50);
  });

  it('puts blocking items before warnings, and warnings alone need an acknowledgement', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const items = finalizeChecklist(facts, catalogue);
        const firstWarning = items.findIndex((i) => i.severity === 'warning');
        if (firstWarning >= 0) expect(items.slice(firstWarning).every((i) => i.severity === 'warning')).toBe(true);
        if (!items.some((i) => i.severity === 'blocking') && firstWarning >= 0) expect(canFinalize(items, false)).toBe(false);
      }),
      { numRuns: 2_000, seed: 7 },
    );
  });
});
