import type { SchoolLevel } from '../domain/school';

/**
 * Footnote 1 of the action plan "Goed gedragen" (AgODi, 5 February 2025):
 * Flanders-wide counts for 2020-2021 and 2023-2024. The demo data set hits
 * these exactly, so the overview shows the plan's own figures.
 */
export const FOOTNOTE_1 = {
  secundair: {
    preventiveSuspensions: [6821, 19536],
    temporaryExclusions: [4225, 13517],
    definitiveExclusions: [1954, 4528],
    excludedNotReenrolled: [435, 1105],
  },
  basis: {
    preventiveSuspensions: [157, 807],
    temporaryExclusions: [60, 369],
    definitiveExclusions: [38, 110],
    excludedNotReenrolled: [19, 35],
  },
} as const satisfies Record<SchoolLevel, Record<string, readonly [number, number]>>;

export type FootnoteMeasure = keyof (typeof FOOTNOTE_1)['secundair'];
export const FOOTNOTE_YEARS = [2020, 2023] as const;

/**
 * The Flanders-wide total for a school year starting in `startYear`: the
 * footnote's own numbers for 2020 and 2023, a steady (geometric) rise in
 * between and beyond, and 2019-2020 a little above 2020-2021 (the first
 * COVID year had fewer measures than the years before).
 */
export function flandersTotal(level: SchoolLevel, measure: FootnoteMeasure, startYear: number): number {
  const [from, to] = FOOTNOTE_1[level][measure];
  if (startYear === FOOTNOTE_YEARS[0]) return from;
  if (startYear === FOOTNOTE_YEARS[1]) return to;
  if (startYear < FOOTNOTE_YEARS[0]) return Math.round(from * 1.1 ** (FOOTNOTE_YEARS[0] - startYear));
  const step = (startYear - FOOTNOTE_YEARS[0]) / (FOOTNOTE_YEARS[1] - FOOTNOTE_YEARS[0]);
  return Math.round(from * (to / from) ** step);
}
