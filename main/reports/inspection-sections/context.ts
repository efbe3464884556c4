import type { SchoolYearFigures } from '../../domain/school';
import { formatDutchNumber, formatPublishedCount, HIDDEN_COUNT, UNKNOWN_FIGURE } from '../dutch-format';
import { chartAltText, DISCIPLINARY_MEASURES, disciplinaryRatesChart, hasPeerBand, peerBandAltText, peerBandRatesChart, publishedRate, type PeerRates } from '../figure-charts';
import type { InspectionReportData } from '../inspection-data';
import { bold, heading, paragraph, type Block } from '../model';
import { publishCounts } from '../published-counts';
import { count } from './text';

export const CONTEXT_TITLE = 'Schoolgegevens en context';

const PUBLICATION_NOTE: Block = {
  kind: 'note',
  runs: [
    { text: `${HIDDEN_COUNT}: niet gepubliceerd. Aantallen van 1 tot 4 en aantallen waaruit zo’n klein aantal af te leiden is, tonen we niet, ` },
    { text: 'en dan ook geen cijfer per 100 leerlingen (–), zodat geen leerling herkenbaar is. ' },
    { text: `${UNKNOWN_FIGURE}: niet beschikbaar.` },
  ],
};

function disciplinaryTable(years: readonly SchoolYearFigures[]): Block {
  return {
    kind: 'table',
    header: ['Schooljaar', 'Leerlingen', ...DISCIPLINARY_MEASURES.flatMap((m) => [m.label, 'per 100 lln.'])],
    rows: years.map((f) => [
      f.schoolYear,
      formatDutchNumber(f.pupils, 0),
      ...DISCIPLINARY_MEASURES.flatMap((m) => {
        const value = f[m.key];
        const rate = publishedRate(value, f.pupils);
        return [formatPublishedCount(value), rate !== null ? formatDutchNumber(rate, 2) : value === null ? UNKNOWN_FIGURE : '–'];
      }),
    ]),
    align: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    widths: [1.25, 1.05, 1.3, 0.85, 1.3, 0.85, 1.3, 0.85],
    caption: 'Tuchtmaatregelen per schooljaar',
  };
}

/** A difference of two known counts, else unknown. */
const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

/**
 * Absences, school changes and certificates: the figures behind actions 8, 17
 * and 18. "Naar CLB" is part of "boven de Z-drempel" and strict clauses are
 * part of the B-certificates, so the differences are pupils too.
 */
function contextTable(years: readonly SchoolYearFigures[]): Block {
  const pct = (v: number | null) => (v === null ? UNKNOWN_FIGURE : `${formatDutchNumber(v, 1)} %`);
  const columns = ['absent30', 'aboveZ', 'clbZ', 'changes', 'b', 'bStrict'] as const;
  return {
    kind: 'table',
    header: ['Schooljaar', '30+ halve dagen B', 'Boven Z-drempel', 'Naar CLB (Z)', 'Schoolveranderingen', 'B-attesten', 'Strenge clausulering', 'Voelt zich veilig'],
    rows: years.map((f) => {
      const counts = publishCounts({
        printed: { absent30: f.problematicAbsence30, aboveZ: f.aboveZThreshold, clbZ: f.clbReferredZ, changes: f.schoolChanges, b: f.bCertificates, bStrict: f.bCertificatesStrict },
        implicit: { notReferred: minus(f.aboveZThreshold, f.clbReferredZ), bOther: minus(f.bCertificates, f.bCertificatesStrict) },
        relations: [
          { total: 'aboveZ', parts: ['clbZ', 'notReferred'] },
          { total: 'b', parts: ['bStrict', 'bOther'] },
        ],
      });
      return [f.schoolYear, ...columns.map((c) => counts.text(c)), pct(f.feelSafePct)];
    }),
    align: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    widths: [1.25, 1.1, 1.1, 1, 1.3, 1, 1.2, 1.1],
    caption: 'Afwezigheden, schoolveranderingen en attestering per schooljaar',
  };
}

/**
 * The comparison with similar schools: per measure, the school's rate
 * against the middle half of schools of the same level and form (the peer
 * band) and their median. A measure without any peer band is left out, and
 * the text says so when none has one.
 */
function peerBandBlocks(years: readonly SchoolYearFigures[], peers: PeerRates): Block[] {
  const measures = DISCIPLINARY_MEASURES.filter((m) => hasPeerBand(peers, m.key));
  if (measures.length === 0) return [paragraph('Voor deze schooljaren zijn er te weinig vergelijkbare scholen om de cijfers mee te vergelijken.')];
  return [
    paragraph(
      'Vergelijking met scholen van hetzelfde niveau en dezelfde onderwijsvorm: de lijn van deze school tegenover de mediaan van die scholen en hun middelste helft (van het 25e tot het 75e percentiel, de grijze band).',
    ),
    ...measures.map((m): Block => {
      const chart = peerBandRatesChart(years, peers, m, { publication: true });
      return { kind: 'figure', chart, alt: peerBandAltText(chart), caption: `${m.label} per 100 leerlingen tegenover vergelijkbare scholen (middelste helft en mediaan).` };
    }),
  ];
}

/** Section 3: the school's figures over the years and the data signals the inspection looked into. */
export function contextBlocks(data: InspectionReportData): Block[] {
  const blocks: Block[] = [heading(1, CONTEXT_TITLE)];
  if (data.figures.length === 0) {
    blocks.push(paragraph('Voor deze school zijn geen schoolgegevens beschikbaar.'));
  } else {
    const years = [...data.figures].sort((a, b) => a.schoolYear.localeCompare(b.schoolYear));
    const latest = years[years.length - 1];
    blocks.push(
      paragraph(`In ${latest.schoolYear} telde de school ${formatDutchNumber(latest.pupils, 0)} leerlingen (februaritelling).`),
      heading(2, 'Schorsingen en uitsluitingen'),
      paragraph('Tuchtmaatregelen per schooljaar, als aantal en per 100 leerlingen. Zo zijn jaren met een verschillend leerlingenaantal vergelijkbaar.'),
      disciplinaryTable(years),
      PUBLICATION_NOTE,
    );
    const chart = disciplinaryRatesChart(years, { publication: true });
    blocks.push(
      { kind: 'figure', chart, alt: chartAltText(chart), caption: 'Tuchtmaatregelen per 100 leerlingen per schooljaar. Een jaar met 1 tot 4 gevallen is niet gepubliceerd en ontbreekt in de lijn.' },
      ...peerBandBlocks(years, data.peers ?? {}),
      heading(2, 'Afwezigheden en attestering'),
      contextTable(years),
      PUBLICATION_NOTE,
    );
  }
  const signals = data.signals ?? [];
  blocks.push(heading(2, 'Signalen uit de gegevens'));
  if (signals.length === 0) {
    blocks.push(paragraph('De gegevens van de school gaven geen opvallende signalen ten opzichte van vergelijkbare scholen.'));
  } else {
    blocks.push(
      paragraph(`Het inspectieteam onderzocht ${count(signals.length, 'signaal', 'signalen')} uit de gegevens, in vergelijking met scholen van hetzelfde niveau en dezelfde onderwijsvorm:`),
      { kind: 'bulletList', items: signals.map((s) => [bold(`${s.title} (${s.severity}${s.action ? `, actie ${s.action}` : ''}). `), { text: s.explanation }]) },
    );
  }
  return blocks;
}
