import { DATA_SIGNALS } from '../framework';
import { ratePer100 } from '../figures';
import type { SchoolYearFigures } from '../school';

type DataSignal = (typeof DATA_SIGNALS)[number];

export interface SignalValue {
  signal: DataSignal;
  schoolYear: string;
  /** A count, or null when the figure is a percentage or unknown. */
  count: number | null;
  /** Per 100 pupils for counts; the percentage itself for percentage figures. */
  rate: number | null;
  unit: 'per100' | 'pct';
}

function countOf(f: SchoolYearFigures, signal: DataSignal): number | null | 'pct' {
  switch (signal) {
    case 'preventive_suspensions':
      return f.preventiveSuspensions;
    case 'temporary_exclusions':
      return f.temporaryExclusions;
    case 'definitive_exclusions':
      return f.definitiveExclusions;
    case 'definitive_exclusions_after_feb1':
      return f.definitiveExclusionsAfterFeb1;
    case 'excluded_not_reenrolled':
      return f.excludedNotReenrolled;
    case 'problematic_absence_30':
      return f.problematicAbsence30;
    case 'above_z_threshold_not_referred':
      return f.aboveZThreshold === null || f.clbReferredZ === null ? null : Math.max(0, f.aboveZThreshold - f.clbReferredZ);
    case 'school_changes':
      return f.schoolChanges;
    case 'b_certificates_strict':
      return f.bCertificatesStrict;
    default:
      return 'pct';
  }
}

function pctOf(f: SchoolYearFigures, signal: DataSignal): number | null {
  if (signal === 'early_leavers') return f.earlyLeaversPct;
  if (signal === 'teacher_turnover') return f.teacherTurnoverPct;
  if (signal === 'feel_safe') return f.feelSafePct;
  return null;
}

/** The school's latest value of each named figure, shown beside the indicators it informs. */
export function latestSignalValues(figures: readonly SchoolYearFigures[], signals: readonly DataSignal[] = DATA_SIGNALS): SignalValue[] {
  const latest = [...figures].sort((a, b) => b.schoolYear.localeCompare(a.schoolYear))[0];
  if (!latest) return [];
  return signals.map((signal) => {
    const count = countOf(latest, signal);
    if (count === 'pct') return { signal, schoolYear: latest.schoolYear, count: null, rate: pctOf(latest, signal), unit: 'pct' as const };
    return { signal, schoolYear: latest.schoolYear, count, rate: ratePer100(count, latest.pupils), unit: 'per100' as const };
  });
}
