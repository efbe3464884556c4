import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFramework } from '../../../../main/domain/framework';
import { DEFAULT_FOCUS, INSPECTION_TYPES } from '../../../../main/domain/inspection';
import { R_INDICATOR } from '../../../../main/domain/onsite/observations';
import { CLIMATE_INDICATORS } from '../../../../main/domain/onsite/quadrant';
import { SAMPLE_INDICATOR } from '../../../../main/domain/onsite/samples';
import { FRAMEWORK_FILE } from '../../../helpers/services';

const parsed = parseFramework(JSON.parse(readFileSync(FRAMEWORK_FILE, 'utf8')));

describe('the framework file serves the on-site guide', () => {
  it('validates', () => expect(parsed).toMatchObject({ ok: true }));
  const framework = parsed.ok ? parsed.framework : null;
  const indicatorIds = new Set(framework?.domains.flatMap((d) => d.indicators.map((i) => i.id)));

  it.each(['classroom_management', 'behaviour_expert', 'school_contract_safety', 'attendance_policy', 'anti_bullying', 'disciplinary_policy', 'care_continuum', 'school_climate'])(
    'domain %s is present with referenced indicators and look-fors',
    (id) => {
      const domain = framework!.domains.find((d) => d.id === id);
      expect(domain).toBeDefined();
      for (const indicator of domain!.indicators) {
        expect(indicator.references.length).toBeGreaterThan(0);
        expect(indicator.lookFors.length).toBeGreaterThan(0);
      }
    },
  );

  it('names every indicator the guide derives something for', () => {
    for (const id of [...Object.values(R_INDICATOR), ...Object.values(CLIMATE_INDICATORS), SAMPLE_INDICATOR]) expect(indicatorIds.has(id), id).toBe(true);
  });

  it('has every domain of every default focus', () => {
    const domainIds = framework!.domains.map((d) => d.id);
    for (const type of INSPECTION_TYPES) for (const id of DEFAULT_FOCUS[type] ?? []) expect(domainIds, `${type}: ${id}`).toContain(id);
  });

  it('refers to the plan actions the issue names (2 classroom management, 16 disciplinary files)', () => {
    const actions = new Set(framework!.domains.flatMap((d) => d.indicators.flatMap((i) => i.references.map((r) => r.action))));
    for (const a of [2, 5, 6, 8, 10, 14, 15, 16, 17, 18, 21]) expect(actions.has(a), `action ${a}`).toBe(true);
  });
});
