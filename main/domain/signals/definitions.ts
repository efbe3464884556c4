import { ratePer100 } from '../figures';
import type { SchoolYearFigures } from '../school';
import { SIGNAL_SETTINGS } from './settings';

export const SIGNAL_IDS = [
  'preventiveSuspensions',
  'temporaryExclusions',
  'definitiveExclusions',
  'measuresTrend',
  'definitiveAfterFeb1',
  'excludedNotReenrolled',
  'zNotReferred',
  'bCertificatesStrict',
  'schoolChanges',
  'problematicAbsence',
  'earlyLeavers',
] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];

export type SignalUnit = 'per100' | 'pct' | 'count' | 'points';
/** Which side of the peer distribution can raise a signal. */
export type SignalSides = 'high' | 'both';

export interface SignalDefinition {
  id: SignalId;
  /** Dutch label, lower case, used inside sentences: "preventieve schorsingen per 100 leerlingen". */
  label: string;
  unit: SignalUnit;
  sides: SignalSides;
  /** The action of the plan "Goed gedragen" the signal relates to. */
  action: number | null;
  /**
   * The value shown and compared among peers: a rate or share so that school
   * size does not decide, except for rare events the plan wants to see one by one.
   */
  compare(f: SchoolYearFigures, history: ReadonlyMap<string, SchoolYearFigures>): number | null;
  absolute?: { attention: number; severe: number };
}

/** Preventive suspensions + temporary + definitive exclusions per 100 pupils; null when any is unknown. */
export function measuresPer100(f: SchoolYearFigures): number | null {
  if (f.preventiveSuspensions === null || f.temporaryExclusions === null || f.definitiveExclusions === null) return null;
  return ratePer100(f.preventiveSuspensions + f.temporaryExclusions + f.definitiveExclusions, f.pupils);
}

/** "2023-2024" minus n years → "2020-2021". */
function earlierYear(schoolYear: string, n: number): string {
  const start = Number(schoolYear.slice(0, 4)) - n;
  return `${start}-${start + 1}`;
}

/** Change in measures per 100 against `trendYears` earlier, or the oldest earlier year there is. */
function measuresTrend(f: SchoolYearFigures, history: ReadonlyMap<string, SchoolYearFigures>): number | null {
  const now = measuresPer100(f);
  if (now === null) return null;
  for (let back = SIGNAL_SETTINGS.trendYears; back >= 1; back--) {
    const earlier = history.get(earlierYear(f.schoolYear, back));
    const then = earlier ? measuresPer100(earlier) : null;
    if (then !== null) return Math.round((now - then) * 100) / 100;
  }
  return null;
}

function share(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole <= 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}

export const SIGNAL_DEFINITIONS: readonly SignalDefinition[] = [
  {
    id: 'preventiveSuspensions',
    label: 'preventieve schorsingen per 100 leerlingen',
    unit: 'per100',
    sides: 'both',
    action: 15,
    compare: (f) => ratePer100(f.preventiveSuspensions, f.pupils),
  },
  {
    id: 'temporaryExclusions',
    label: 'tijdelijke uitsluitingen per 100 leerlingen',
    unit: 'per100',
    sides: 'both',
    action: 15,
    compare: (f) => ratePer100(f.temporaryExclusions, f.pupils),
  },
  {
    id: 'definitiveExclusions',
    label: 'definitieve uitsluitingen per 100 leerlingen',
    unit: 'per100',
    sides: 'both',
    action: 15,
    compare: (f) => ratePer100(f.definitiveExclusions, f.pupils),
  },
  {
    id: 'measuresTrend',
    label: `toename van tuchtmaatregelen per 100 leerlingen over ${SIGNAL_SETTINGS.trendYears} jaar`,
    unit: 'points',
    sides: 'high',
    action: 15,
    compare: measuresTrend,
  },
  {
    id: 'definitiveAfterFeb1',
    label: 'definitieve uitsluitingen na 1 februari',
    unit: 'count',
    sides: 'high',
    action: 19,
    compare: (f) => f.definitiveExclusionsAfterFeb1,
    absolute: SIGNAL_SETTINGS.absolute.definitiveAfterFeb1,
  },
  {
    id: 'excludedNotReenrolled',
    label: 'uitgesloten leerlingen die niet elders zijn ingeschreven',
    unit: 'count',
    sides: 'high',
    action: 17,
    compare: (f) => f.excludedNotReenrolled,
    absolute: SIGNAL_SETTINGS.absolute.excludedNotReenrolled,
  },
  {
    id: 'zNotReferred',
    label: 'procent leerlingen boven de Z-codedrempel niet doorverwezen naar het CLB',
    unit: 'pct',
    sides: 'high',
    action: 8,
    compare: (f) =>
      f.aboveZThreshold === null || f.clbReferredZ === null ? null : share(f.aboveZThreshold - f.clbReferredZ, f.aboveZThreshold),
    absolute: SIGNAL_SETTINGS.absolute.zNotReferredPct,
  },
  {
    id: 'bCertificatesStrict',
    label: 'procent B-attesten met strikte clausuleringen',
    unit: 'pct',
    sides: 'high',
    action: 18,
    compare: (f) => share(f.bCertificatesStrict, f.bCertificates),
  },
  {
    id: 'schoolChanges',
    label: 'schoolveranderingen tijdens het schooljaar per 100 leerlingen',
    unit: 'per100',
    sides: 'high',
    action: null,
    compare: (f) => ratePer100(f.schoolChanges, f.pupils),
  },
  {
    id: 'problematicAbsence',
    label: 'leerlingen met 30 of meer halve dagen problematische afwezigheid per 100 leerlingen',
    unit: 'per100',
    sides: 'high',
    action: 8,
    compare: (f) => ratePer100(f.problematicAbsence30, f.pupils),
  },
  {
    id: 'earlyLeavers',
    label: 'procent vroegtijdige schoolverlaters',
    unit: 'pct',
    sides: 'high',
    action: null,
    compare: (f) => f.earlyLeaversPct,
  },
];
