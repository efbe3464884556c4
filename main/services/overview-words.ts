import type { OverviewMeasure } from '../domain/signals/overview';
import type { SchoolLevel } from '../domain/school';
import type { SignalSeverity } from '../domain/signals';
import type { PipelineStep } from '../domain/taskforce/caseload';
import type { EvaluationIndicatorId } from '../domain/signals/evaluation';
import { SIGNAL_LABELS } from '../domain/signals/words';

/**
 * The words of Overzicht's tables, in main because the same table is drawn
 * on the screen and written to CSV and XLSX here: one wording for both.
 */
export type Lang = 'nl' | 'en';

const nl = {
  level: { basis: 'Basisonderwijs', secundair: 'Secundair onderwijs' } as Record<SchoolLevel, string>,
  form: { gewoon: 'gewoon', buitengewoon: 'buitengewoon' } as Record<string, string>,
  measure: {
    preventiveSuspensions: 'Preventieve schorsingen',
    temporaryExclusions: 'Tijdelijke uitsluitingen',
    definitiveExclusions: 'Definitieve uitsluitingen',
    excludedNotReenrolled: 'waarvan niet elders ingeschreven',
  } as Record<OverviewMeasure, string>,
  severity: { severe: 'Ernstig signaal', attention: 'Aandachtspunt', none: 'Geen signaal' } as Record<SignalSeverity, string>,
  step: { referred: 'Doorverwezen', referred2B: 'waarvan na advies 2B', accepted: 'Bestuur aanvaardt', refused: 'Bestuur weigert', withdrawal: 'Intrekkingsprocedure (weigering na 2B)', plansAgreed: 'Plan afgesproken', closed: 'Afgesloten' } as Record<PipelineStep, string>,
  indicator: {
    teaching_time: 'Leerlingen bij de les (%)',
    disciplinary_measures: 'Tucht- en bewarende maatregelen per 100 leerlingen',
    qualified_outflow: 'Gekwalificeerde uitstroom secundair (%)',
    feeling_safe: 'Leerlingen die zich veilig voelen (%)',
  } as Record<EvaluationIndicatorId, string>,
  signalId: SIGNAL_LABELS.nl as Record<string, string>,
  phase: { referred: 'Doorverwezen', accepted: 'Bestuur aanvaardt', refused: 'Bestuur weigert', withdrawal: 'Intrekkingsprocedure', plan_agreed: 'Plan afgesproken', monitoring: 'Opvolging', end_evaluation: 'Eindevaluatie', closed: 'Afgesloten' } as Record<string, string>,
  year: 'Schooljaar',
  school: 'School',
  number: 'Instellingsnummer',
  municipality: 'Gemeente',
  levelForm: 'Niveau',
  pupils: 'Leerlingen',
  schools: 'Scholen',
  count: 'aantal',
  per100: 'per 100 ll.',
  measureCol: 'Maatregel',
  median: 'Mediaan',
  signal: 'Signaal',
  signals: 'Signalen',
  flagged: 'Signalen met een markering',
  value: 'Waarde',
  inspections: 'Inspecties',
  lessons: 'Lessen',
  respondents: 'Bevraagde leerlingen',
  units: 'Rust op',
  onTask: 'Bij de les (%)',
  measures: 'Maatregelen',
  earlyLeavers: 'Vroegtijdige schoolverlaters (%)',
  qualified: 'Gekwalificeerd (%)',
  agree: 'Voelt zich veilig (%)',
  advice: 'Advies',
  referralDate: 'Doorverwezen op',
  phaseCol: 'Fase',
  reportDate: 'Verslag van',
  stepCol: 'Stap',
  indicatorCol: 'Indicator',
  baseline: 'Nulmeting',
  baselineYear: 'Jaar nulmeting',
  latestYear: 'Laatste jaar',
  latest: 'Laatste',
  titles: {
    levels: 'Scholen en leerlingen per niveau in {year}',
    trend: '{level}: aantal en per 100 leerlingen over de jaren',
    distribution: '{level}: spreiding over de scholen in {year} (per 100 leerlingen)',
    severity: 'Scholen per signaal in {year}',
    strongest: 'Scholen met de sterkste signalen in {year}',
    pipeline: 'Task force: van doorverwijzing tot afsluiting',
    evaluation: 'De evaluatie-indicatoren van het plan (§ 6)',
    evaluationSeries: '{indicator} per schooljaar',
    reinspection: 'Nieuwe doorlichting na 2B: advies {advice}',
    averageDays: 'Gemiddelde duur van een afgesloten traject (dagen)',
  },
  drill: {
    level: '{level} in {year}: de scholen',
    measure: '{level}, {measure} in {year}: de scholen',
    severity: '{severity} in {year}: de scholen',
    evaluation: '{indicator} in {year}: de scholen',
    pipeline: 'Task force, {step}: de scholen',
    reinspection: 'Nieuwe doorlichting na 2B met advies {advice}: de scholen',
  },
};

const en: typeof nl = {
  level: { basis: 'Primary education', secundair: 'Secondary education' },
  form: { gewoon: 'mainstream', buitengewoon: 'special needs' },
  measure: { preventiveSuspensions: 'Preventive suspensions', temporaryExclusions: 'Temporary exclusions', definitiveExclusions: 'Definitive exclusions', excludedNotReenrolled: 'of which not re-enrolled elsewhere' },
  severity: { severe: 'Severe signal', attention: 'Point of attention', none: 'No signal' },
  step: { referred: 'Referred', referred2B: 'of which after advice 2B', accepted: 'Board accepts', refused: 'Board refuses', withdrawal: 'Withdrawal procedure (refused after 2B)', plansAgreed: 'Plan agreed', closed: 'Closed' },
  indicator: { teaching_time: 'Pupils on task (%)', disciplinary_measures: 'Disciplinary and order measures per 100 pupils', qualified_outflow: 'Qualified outflow, secondary (%)', feeling_safe: 'Pupils who feel safe (%)' },
  signalId: SIGNAL_LABELS.en as Record<string, string>,
  phase: { referred: 'Referred', accepted: 'Board accepts', refused: 'Board refuses', withdrawal: 'Withdrawal procedure', plan_agreed: 'Plan agreed', monitoring: 'Monitoring', end_evaluation: 'End evaluation', closed: 'Closed' },
  year: 'School year',
  school: 'School',
  number: 'School number',
  municipality: 'Municipality',
  levelForm: 'Level',
  pupils: 'Pupils',
  schools: 'Schools',
  count: 'count',
  per100: 'per 100 pupils',
  measureCol: 'Measure',
  median: 'Median',
  signal: 'Signal',
  signals: 'Signals',
  flagged: 'Flagged signals',
  value: 'Value',
  inspections: 'Inspections',
  lessons: 'Lessons',
  respondents: 'Pupils surveyed',
  units: 'Rests on',
  onTask: 'On task (%)',
  measures: 'Measures',
  earlyLeavers: 'Early school leavers (%)',
  qualified: 'Qualified (%)',
  agree: 'Feels safe (%)',
  advice: 'Advice',
  referralDate: 'Referred on',
  phaseCol: 'Phase',
  reportDate: 'Report of',
  stepCol: 'Step',
  indicatorCol: 'Indicator',
  baseline: 'Baseline',
  baselineYear: 'Baseline year',
  latestYear: 'Latest year',
  latest: 'Latest',
  titles: {
    levels: 'Schools and pupils per level in {year}',
    trend: '{level}: count and per 100 pupils over the years',
    distribution: '{level}: spread across schools in {year} (per 100 pupils)',
    severity: 'Schools per signal in {year}',
    strongest: 'Schools with the strongest signals in {year}',
    pipeline: 'Task force: from referral to closure',
    evaluation: 'The plan’s evaluation indicators (§ 6)',
    evaluationSeries: '{indicator} per school year',
    reinspection: 'New inspection after 2B: advice {advice}',
    averageDays: 'Average length of a closed trajectory (days)',
  },
  drill: {
    level: '{level} in {year}: the schools',
    measure: '{level}, {measure} in {year}: the schools',
    severity: '{severity} in {year}: the schools',
    evaluation: '{indicator} in {year}: the schools',
    pipeline: 'Task force, {step}: the schools',
    reinspection: 'New inspection after 2B with advice {advice}: the schools',
  },
};

export const OVERVIEW_WORDS = { nl, en };

/** `{name}` placeholders filled in. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}
