import { describe, expect, it } from 'vitest';
import { findPersonalData, isValidNationalRegisterNumber, personalDataKinds } from '../../../main/domain/privacy';

describe('isValidNationalRegisterNumber (mod 97)', () => {
  it.each([
    ['85073003328', true], // born 1985: 97 - 850730033 mod 97 = 28
    ['01020312345', true], // born 2001: 97 - (2 followed by 010203123) mod 97 = 45
    ['85073003327', false],
    ['01020312344', false],
    ['8507300332', false],
    ['850730033281', false],
    ['abcdefghijk', false],
  ])('%s → %s', (digits, expected) => {
    expect(isValidNationalRegisterNumber(digits)).toBe(expected);
  });
});

describe('findPersonalData', () => {
  it.each([
    'De leerling (85.07.30-033.28) werd geschorst.',
    'rijksregisternummer 85073003328',
    'RRN 85 07 30 033 28 in het dossier',
    'nr. 01.02.03-123.45',
  ])('finds a national register number in %j', (text) => {
    expect(personalDataKinds(text)).toEqual(['national_register_number']);
  });

  it.each([
    'De school telt 85073003327 euro aan kosten', // fails the check
    'Instellingsnummer 045678, 874 leerlingen, 12,5 %',
    'Telefoon 056 12 34 56',
    'schooljaar 2023-2024, 1.234.567 leerlingen',
    '123456789012', // twelve digits
  ])('stays quiet on %j', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  it('finds e-mail addresses, and masks what it found', () => {
    const hits = findPersonalData('Mail de directie: an.peeters@school.be of ann+inspectie@sub.example.org.');
    expect(hits.map((h) => h.kind)).toEqual(['email', 'email']);
    expect(hits[0].masked).toMatch(/^•+be$/);
    expect(hits[0].masked).not.toContain('peeters');
  });

  it('reports both kinds in order of appearance', () => {
    expect(personalDataKinds('x@y.be en 85.07.30-033.28')).toEqual(['email', 'national_register_number']);
    expect(personalDataKinds('')).toEqual([]);
  });
});
