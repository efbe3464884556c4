import type { RatingLevel } from '../../main/domain/rating';
import type { SchoolYearFigures } from '../../main/domain/school';
import { buildInspectionReport } from '../../main/reports/inspection-report';
import type { InspectionReportData } from '../../main/reports/inspection-data';
import type { ReportDocument } from '../../main/reports/model';

const LEVELS: RatingLevel[] = ['beneden', 'benadert', 'volgens', 'overstijgt'];
const SOURCES = ['Documentanalyse', 'Gesprek met leerlingen', 'Gesprek met leraren', 'Gesprek met ouders', 'Gesprek met directie', 'Klasobservatie', 'Gegevens'];

/**
 * The long report of issue 6: 60 indicators with all their texts, 300
 * evidence items, 8 line charts and 2 peer bands. Deterministic, so tests and the benchmark
 * render the same document.
 */
export function longReportData(): InspectionReportData {
  const figures: SchoolYearFigures[] = [2019, 2020, 2021, 2022, 2023].map((y, i) => ({
    instellingsnummer: '123456',
    schoolYear: `${y}-${y + 1}`,
    pupils: 900 + i * 12,
    preventiveSuspensions: 20 + i * 9,
    temporaryExclusions: 8 + i * 4,
    definitiveExclusions: 3 + i,
    definitiveExclusionsAfterFeb1: 1,
    excludedNotReenrolled: 1,
    problematicAbsence30: 30 + i,
    aboveZThreshold: 12,
    clbReferredZ: 9,
    schoolChanges: 25,
    bCertificates: 60,
    bCertificatesStrict: 14,
    earlyLeaversPct: 8.5,
    teacherTurnoverPct: 12,
    feelSafePct: 78,
  }));
  const text = (n: number, what: string) => `${what} ${n}: de school werkt hier planmatig aan, met afspraken die het team kent en toepast. Leerlingen en ouders bevestigen dit in de gesprekken; de documenten tonen een consequente opvolging over de schooljaren heen.`;
  return {
    school: { instellingsnummer: '123456', name: 'Technisch Instituut Sint-Lucas – Campus Oost', level: 'secundair', form: 'gewoon', network: 'Katholiek Onderwijs Vlaanderen', board: 'vzw KOG', street: 'Schoolstraat 1', postcode: '9000', municipality: 'Gent', lop: 'LOP Gent' },
    figures,
    inspection: { id: 'long', type: 'full', status: 'deciding', startDate: '2027-03-12', frameworkTitle: 'Goed gedragen', frameworkVersion: '1.0', endDate: null, team: [{ name: 'An Peeters', role: 'teamleider' }, { name: 'Jan Claes', role: 'inspecteur' }, { name: 'Inès Dubois', role: 'inspecteur' }] },
    domains: Array.from({ length: 6 }, (_, d) => ({
      id: `domain_${d}`,
      title: `Domein ${d + 1}: gedrag, klasmanagement en welbevinden`,
      indicators: Array.from({ length: 10 }, (_, i) => {
        const n = d * 10 + i + 1;
        return {
          id: `i.${n}`,
          title: `Indicator ${n}: afspraken over gedrag zijn gekend en worden consequent toegepast`,
          rating: LEVELS[n % 4],
          motivation: `${text(n, 'Motivering')}\n\n${text(n, 'Aanvulling')}`,
          strengths: text(n, 'Sterkte'),
          opportunities: text(n, 'Ontwikkelkans'),
          shortcomings: n % 4 === 0 ? text(n, 'Tekort') : '',
          recommendations: n % 3 === 0 ? text(n, 'Aanbeveling') : '',
        };
      }),
    })),
    // Similar schools for two of the three measures: the report draws a peer band for each of those.
    peers: {
      preventiveSuspensions: Object.fromEntries(figures.map((f, i) => [f.schoolYear, { median: 2.4 + i * 0.2, p25: 1.6 + i * 0.1, p75: 3.9 + i * 0.2 }])),
      temporaryExclusions: Object.fromEntries(figures.map((f) => [f.schoolYear, { median: 0.9, p25: 0.5, p75: 1.4 }])),
    },
    evidence: SOURCES.map((source, i) => ({ source, count: i === 0 ? 300 - 6 * 43 : 43 })),
    generatedAt: '2027-04-02T09:00:00Z',
  };
}

/** The long report's document: the built report plus seven more charts (8 in all). */
export function longReport(): ReportDocument {
  const doc = buildInspectionReport(longReportData());
  const figure = doc.blocks.find((b) => b.kind === 'figure' && b.chart.kind === 'line')!;
  if (figure.kind !== 'figure') throw new Error('the report has no chart');
  // Each chart distinct (its own title), so the docx holds eight images and not one shared.
  const extra = Array.from({ length: 7 }, (_, i) => ({
    ...figure,
    chart: { ...figure.chart, title: `${figure.chart.title} – domein ${i + 1}` },
    caption: `Figuur ${i + 2}. Tuchtmaatregelen per 100 leerlingen (domein ${i + 1}).`,
  }));
  return { ...doc, blocks: [...doc.blocks, ...extra] };
}
