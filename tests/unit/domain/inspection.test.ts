import { describe, expect, it } from 'vitest';
import { DEFAULT_FOCUS, defaultFocus, INSPECTION_TYPE_LABELS_NL, INSPECTION_TYPES, type InspectionType } from '../../../main/domain/inspection';

const ALL = [
  'classroom_management',
  'behaviour_expert',
  'school_contract_safety',
  'attendance_policy',
  'anti_bullying',
  'disciplinary_policy',
  'care_continuum',
  'school_climate',
];

describe('defaultFocus', () => {
  it.each<[InspectionType, string[]]>([
    ['full', ALL],
    ['unannounced', ['classroom_management', 'school_climate']],
    ['reinspection_2b', ['classroom_management', 'disciplinary_policy', 'anti_bullying']],
    ['taskforce_followup', ['classroom_management', 'disciplinary_policy']],
  ])('%s with every domain present', (type, expected) => {
    expect(defaultFocus(type, ALL)).toEqual(expected);
  });

  it.each<[InspectionType, string[], string[]]>([
    ['unannounced', ['anti_bullying', 'school_climate'], ['school_climate']],
    ['reinspection_2b', ['anti_bullying', 'school_climate'], ['anti_bullying']],
    ['taskforce_followup', ['disciplinary_policy'], ['disciplinary_policy']],
    ['full', [], []],
    ['full', ['x', 'y'], ['x', 'y']],
  ])('%s keeps only domains the framework has (%j)', (type, domains, expected) => {
    expect(defaultFocus(type, domains)).toEqual(expected);
  });

  it('returns a fresh array the caller may change', () => {
    const domains = [...ALL];
    const focus = defaultFocus('full', domains);
    focus.push('extra');
    expect(domains).toEqual(ALL);
    const unannounced = defaultFocus('unannounced', ALL);
    unannounced.push('extra');
    expect(defaultFocus('unannounced', ALL)).toEqual(['classroom_management', 'school_climate']);
    expect(DEFAULT_FOCUS.unannounced).toEqual(['classroom_management', 'school_climate']);
  });

  it('every inspection type has a default focus and a Dutch label', () => {
    for (const type of INSPECTION_TYPES) {
      expect(DEFAULT_FOCUS).toHaveProperty(type);
      expect(INSPECTION_TYPE_LABELS_NL[type]).toMatch(/\S/);
    }
    expect(Object.keys(DEFAULT_FOCUS).sort()).toEqual([...INSPECTION_TYPES].sort());
  });
});
