import type { SignalId } from './definitions';

/**
 * Each risk signal's name, once: the school list and page (renderer) and Overzicht's tables and their
 * CSV/XLSX (main) print the same words. Typed by SignalId, so a new signal without a name does not compile.
 */
export const SIGNAL_LABELS: Record<'nl' | 'en', Record<SignalId, string>> = {
  nl: {
    preventiveSuspensions: 'Preventieve schorsingen per 100',
    temporaryExclusions: 'Tijdelijke uitsluitingen per 100',
    definitiveExclusions: 'Definitieve uitsluitingen per 100',
    measuresTrend: 'Toename tuchtmaatregelen',
    definitiveAfterFeb1: 'Definitieve uitsluitingen na 1 februari',
    excludedNotReenrolled: 'Uitgesloten, niet elders ingeschreven',
    zNotReferred: 'Z-code niet naar CLB (%)',
    bCertificatesStrict: 'B-attesten met strikte clausulering (%)',
    schoolChanges: 'Schoolveranderingen per 100',
    problematicAbsence: '30+ halve dagen afwezig per 100',
    earlyLeavers: 'Vroegtijdige schoolverlaters (%)',
  },
  en: {
    preventiveSuspensions: 'Preventive suspensions per 100',
    temporaryExclusions: 'Temporary exclusions per 100',
    definitiveExclusions: 'Definitive exclusions per 100',
    measuresTrend: 'Rise in disciplinary measures',
    definitiveAfterFeb1: 'Definitive exclusions after 1 February',
    excludedNotReenrolled: 'Excluded, not re-enrolled elsewhere',
    zNotReferred: 'Z-code not referred to CLB (%)',
    bCertificatesStrict: 'B-certificates with strict clauses (%)',
    schoolChanges: 'School changes per 100',
    problematicAbsence: '30+ half days absent per 100',
    earlyLeavers: 'Early school leavers (%)',
  },
};
