import { describe, expect, it } from 'vitest';
import { isSchoolYear, schoolYearOf, schoolYearStart } from '../../../main/domain/school';

describe('school years', () => {
  it.each([
    ['2023-2024', 2023],
    ['2019-2020', 2019],
    ['1999-2000', 1999],
    ['0000-0001', 0],
    ['9998-9999', 9998],
  ])('schoolYearStart(%j) = %i', (text, start) => {
    expect(schoolYearStart(text)).toBe(start);
    expect(isSchoolYear(text)).toBe(true);
  });

  it.each([
    '2023-2025', // not consecutive
    '2024-2023', // backwards
    '2023-2023',
    '2023/2024',
    '2023 - 2024',
    ' 2023-2024',
    '2023-2024 ',
    '2023-24',
    '23-24',
    '2023',
    '',
    '9999-10000',
    'abcd-efgh',
    '2023-2024-2025',
    '2023-2024\n',
    '２０２３-２０２４', // full-width digits are not digits here
  ])('schoolYearStart(%j) = null', (text) => {
    expect(schoolYearStart(text)).toBeNull();
    expect(isSchoolYear(text)).toBe(false);
  });

  it.each([
    [2019, '2019-2020'],
    [2023, '2023-2024'],
    [1999, '1999-2000'],
  ])('schoolYearOf(%i) = %s', (start, text) => {
    expect(schoolYearOf(start)).toBe(text);
  });

  it('schoolYearOf and schoolYearStart round-trip', () => {
    for (let y = 1990; y <= 2040; y++) expect(schoolYearStart(schoolYearOf(y))).toBe(y);
  });
});
