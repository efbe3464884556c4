export const SCHOOL_LEVELS = ['basis', 'secundair'] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];
export const SCHOOL_FORMS = ['gewoon', 'buitengewoon'] as const;
export type SchoolForm = (typeof SCHOOL_FORMS)[number];

export interface School {
  instellingsnummer: string;
  name: string;
  level: SchoolLevel;
  form: SchoolForm;
  network: string;
  board: string;
  street: string;
  postcode: string;
  municipality: string;
  lop: string;
}

/** The figures a school reports for one school year; optional counts may be unknown (null). */
export interface SchoolYearFigures {
  instellingsnummer: string;
  schoolYear: string;
  pupils: number;
  preventiveSuspensions: number | null;
  temporaryExclusions: number | null;
  definitiveExclusions: number | null;
  definitiveExclusionsAfterFeb1: number | null;
  excludedNotReenrolled: number | null;
  problematicAbsence30: number | null;
  aboveZThreshold: number | null;
  clbReferredZ: number | null;
  schoolChanges: number | null;
  bCertificates: number | null;
  bCertificatesStrict: number | null;
  earlyLeaversPct: number | null;
  teacherTurnoverPct: number | null;
  feelSafePct: number | null;
}

const SCHOOL_YEAR = /^(\d{4})-(\d{4})$/;

/** "2023-2024" → 2023, or null when it is not two consecutive years. */
export function schoolYearStart(schoolYear: string): number | null {
  const match = SCHOOL_YEAR.exec(schoolYear);
  if (!match) return null;
  const start = Number(match[1]);
  return Number(match[2]) === start + 1 ? start : null;
}

export function isSchoolYear(value: string): boolean {
  return schoolYearStart(value) !== null;
}

export function schoolYearOf(start: number): string {
  return `${start}-${start + 1}`;
}
