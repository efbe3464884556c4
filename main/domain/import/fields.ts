import type { School, SchoolYearFigures } from '../school';

export type ImportKind = 'schools' | 'figures';
export const IMPORT_KINDS = ['schools', 'figures'] as const;

export type FieldType = 'instellingsnummer' | 'text' | 'level' | 'form' | 'schoolYear' | 'count' | 'pct';

export interface FieldSpec<Key extends string = string> {
  /** The column name in the template. */
  column: string;
  /** The domain field it fills. */
  key: Key;
  type: FieldType;
  required: boolean;
  /** Other names seen in real exports; matched after normalisation. */
  synonyms: readonly string[];
}

const nr: readonly string[] = ['instellingsnr', 'instelnr', 'instellingnummer', 'nr instelling', 'schoolnummer', 'instelling'];

export const SCHOOL_FIELDS: readonly FieldSpec<keyof School>[] = [
  { column: 'instellingsnummer', key: 'instellingsnummer', type: 'instellingsnummer', required: true, synonyms: nr },
  { column: 'naam', key: 'name', type: 'text', required: true, synonyms: ['naam school', 'schoolnaam', 'naam instelling', 'instellingsnaam', 'name'] },
  { column: 'niveau', key: 'level', type: 'level', required: true, synonyms: ['onderwijsniveau', 'level'] },
  { column: 'onderwijsvorm', key: 'form', type: 'form', required: true, synonyms: ['vorm', 'type onderwijs', 'form'] },
  { column: 'net', key: 'network', type: 'text', required: false, synonyms: ['onderwijsnet', 'koepel', 'network'] },
  { column: 'schoolbestuur', key: 'board', type: 'text', required: false, synonyms: ['bestuur', 'inrichtende macht', 'board'] },
  { column: 'straat', key: 'street', type: 'text', required: false, synonyms: ['adres', 'straat en nummer', 'street'] },
  { column: 'postcode', key: 'postcode', type: 'text', required: false, synonyms: ['postnummer', 'post code', 'zip'] },
  { column: 'gemeente', key: 'municipality', type: 'text', required: false, synonyms: ['plaats', 'stad', 'woonplaats', 'municipality'] },
  { column: 'lop', key: 'lop', type: 'text', required: false, synonyms: ['lokaal overlegplatform', 'lop gebied'] },
];

export const FIGURE_FIELDS: readonly FieldSpec<keyof SchoolYearFigures>[] = [
  { column: 'instellingsnummer', key: 'instellingsnummer', type: 'instellingsnummer', required: true, synonyms: nr },
  { column: 'schooljaar', key: 'schoolYear', type: 'schoolYear', required: true, synonyms: ['school jaar', 'jaar', 'school year'] },
  { column: 'leerlingen', key: 'pupils', type: 'count', required: true, synonyms: ['aantal leerlingen', 'leerlingenaantal', 'lln', 'aantal lln', 'leerlingen februari', 'leerlingen 1 februari', 'pupils'] },
  { column: 'preventieve_schorsingen', key: 'preventiveSuspensions', type: 'count', required: false, synonyms: ['preventieve schorsing', 'aantal preventieve schorsingen'] },
  { column: 'tijdelijke_uitsluitingen', key: 'temporaryExclusions', type: 'count', required: false, synonyms: ['tijdelijke uitsluiting', 'aantal tijdelijke uitsluitingen'] },
  { column: 'definitieve_uitsluitingen', key: 'definitiveExclusions', type: 'count', required: false, synonyms: ['definitieve uitsluiting', 'aantal definitieve uitsluitingen'] },
  { column: 'definitieve_uitsluitingen_na_1_februari', key: 'definitiveExclusionsAfterFeb1', type: 'count', required: false, synonyms: ['definitieve uitsluitingen na 1 feb', 'def uitsluitingen na 1 februari'] },
  { column: 'uitgesloten_niet_heringeschreven', key: 'excludedNotReenrolled', type: 'count', required: false, synonyms: ['niet heringeschreven', 'uitgesloten en niet heringeschreven'] },
  { column: 'leerlingen_30_halve_dagen_b', key: 'problematicAbsence30', type: 'count', required: false, synonyms: ['30 halve dagen b', 'problematische afwezigheid', 'leerlingen met 30 halve dagen b'] },
  { column: 'leerlingen_boven_z_drempel', key: 'aboveZThreshold', type: 'count', required: false, synonyms: ['boven z drempel', 'z drempel'] },
  { column: 'clb_ingeschakeld_z', key: 'clbReferredZ', type: 'count', required: false, synonyms: ['clb ingeschakeld', 'clb z'] },
  { column: 'schoolveranderingen', key: 'schoolChanges', type: 'count', required: false, synonyms: ['schoolverandering', 'aantal schoolveranderingen'] },
  { column: 'b_attesten', key: 'bCertificates', type: 'count', required: false, synonyms: ['b attest', 'aantal b attesten', 'battesten'] },
  { column: 'b_attesten_strenge_clausulering', key: 'bCertificatesStrict', type: 'count', required: false, synonyms: ['b attesten strenge clausule', 'strenge clausulering'] },
  { column: 'vroegtijdige_schoolverlaters_pct', key: 'earlyLeaversPct', type: 'pct', required: false, synonyms: ['vroegtijdige schoolverlaters', 'vroegtijdige schoolverlaters %', 'vsv', 'vsv pct'] },
  { column: 'personeelsverloop_pct', key: 'teacherTurnoverPct', type: 'pct', required: false, synonyms: ['personeelsverloop', 'personeelsverloop %', 'verloop personeel'] },
  { column: 'leerlingen_voelen_zich_veilig_pct', key: 'feelSafePct', type: 'pct', required: false, synonyms: ['voelt zich veilig', 'leerlingen voelen zich veilig', 'veiligheidsgevoel', 'veilig pct'] },
];

export function fieldsOf(kind: ImportKind): readonly FieldSpec[] {
  return kind === 'schools' ? SCHOOL_FIELDS : FIGURE_FIELDS;
}
