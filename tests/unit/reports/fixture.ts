import type { SchoolYearFigures } from '../../../main/domain/school';
import type { InspectionReportData } from '../../../main/reports/inspection-data';

const NR = '045678';

function year(schoolYear: string, pupils: number, prev: number | null, temp: number | null, def: number | null): SchoolYearFigures {
  return {
    instellingsnummer: NR,
    schoolYear,
    pupils,
    preventiveSuspensions: prev,
    temporaryExclusions: temp,
    definitiveExclusions: def,
    definitiveExclusionsAfterFeb1: null,
    excludedNotReenrolled: null,
    problematicAbsence30: 14,
    aboveZThreshold: 3,
    clbReferredZ: 2,
    schoolChanges: 21,
    bCertificates: 40,
    bCertificatesStrict: 6,
    earlyLeaversPct: 7.5,
    teacherTurnoverPct: 11.2,
    feelSafePct: 81.5,
  };
}

export const MOTIVATION_CLASSROOM =
  'In de geobserveerde lessen zijn rust en regelmaat duidelijk aanwezig. Leraren hanteren gedeelde routines; de relatie met leerlingen is warm en respectvol.';
export const MOTIVATION_BULLYING =
  'Het antipestbeleid is op papier uitgewerkt, maar leerlingen kennen de meldprocedure nauwelijks.\n\nDe ‘vertrouwenspersoon’ is onvoldoende zichtbaar; ook de opvolging van meldingen (één register per graad) is niet sluitend. Leerlingen uit de eerste graad noemen de speelplaats een plek waar ze zich niet veilig voelen — zie de bevraging van naïeve en kwetsbare leerlingen.';

/** A realistic secondary school, one year unrated, with Dutch diacritics in every text field. */
export function fixture(overrides: Partial<InspectionReportData['inspection']> = {}): InspectionReportData {
  return {
    school: {
      instellingsnummer: NR,
      name: 'Sint-Jozefsinstituut Kortrijk – Zuid',
      level: 'secundair',
      form: 'gewoon',
      network: 'Katholiek Onderwijs Vlaanderen',
      board: 'vzw Scholengroep Zuidwest-Vlaanderen',
      street: 'Rijselsestraat 12',
      postcode: '8500',
      municipality: 'Kortrijk',
      lop: 'LOP Kortrijk SO',
    },
    // Deliberately not in chronological order: the report must sort.
    figures: [
      year('2021-2022', 845, 31, 9, 3),
      year('2019-2020', 812, 24, 7, 2),
      year('2020-2021', 830, 18, 4, null),
      year('2022-2023', 861, 38, 12, 6),
      year('2023-2024', 874, 42, 15, 4),
    ],
    inspection: {
      id: 'insp-2027-0042',
      type: 'full',
      status: 'deciding',
      startDate: '2027-03-12',
      frameworkTitle: 'Referentiekader gedrag en welbevinden',
      frameworkVersion: '1.2.0',
      endDate: '2027-03-14',
      team: [
        { name: 'Ann Peeters', role: 'teamleider' },
        { name: 'Jeroen Vandenbroucke', role: 'inspecteur' },
        { name: 'Inès De Smedt', role: 'inspecteur' },
      ],
      ...overrides,
    },
    domains: [
      {
        id: 'classroom_management',
        title: 'Klasmanagement',
        indicators: [
          { id: 'cm.1', title: 'Rust, routine, regelmaat en relatie in de klas', rating: 'volgens', motivation: MOTIVATION_CLASSROOM },
          { id: 'cm.2', title: 'Gedeelde afspraken over gedrag (één lijn)', rating: null, motivation: '' },
        ],
      },
      {
        id: 'anti_bullying',
        title: 'Antipestbeleid – preventie en opvolging',
        indicators: [{ id: 'ab.1', title: 'Meldprocedure en opvolging van pesten', rating: 'beneden', motivation: MOTIVATION_BULLYING }],
      },
    ],
    generatedAt: '2027-04-02T09:15:00Z',
  };
}
