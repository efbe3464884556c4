import type { SchoolYearFigures } from '../../domain/school';
import { formatDutchNumber, formatPublishedCount, PUBLICATION_THRESHOLD, UNKNOWN_FIGURE } from '../dutch-format';
import { chartAltText, DISCIPLINARY_MEASURES, disciplinaryRatesChart, publishedRate } from '../figure-charts';
import type { InspectionReportData } from '../inspection-data';
import { bold, heading, paragraph, type Block } from '../model';
import { count } from './text';

export const CONTEXT_TITLE = 'Schoolgegevens en context';

const PUBLICATION_NOTE: Block = {
  kind: 'note',
  runs: [
    { text: `<${PUBLICATION_THRESHOLD}: minder dan ${PUBLICATION_THRESHOLD} gevallen. ` },
    { text: 'Om leerlingen niet herkenbaar te maken, tonen we dan geen aantal en geen cijfer per 100 leerlingen (–). ' },
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
    caption: 'Tabel 1. Tuchtmaatregelen per schooljaar',
  };
}

/** Absences, school changes and certificates: the figures behind actions 8, 17 and 18. */
function contextTable(years: readonly SchoolYearFigures[]): Block {
  const pct = (v: number | null) => (v === null ? UNKNOWN_FIGURE : `${formatDutchNumber(v, 1)} %`);
  return {
    kind: 'table',
    header: ['Schooljaar', '30+ halve dagen B', 'Boven Z-drempel', 'Naar CLB (Z)', 'Schoolveranderingen', 'B-attesten', 'Strenge clausulering', 'Voelt zich veilig'],
    rows: years.map((f) => [
      f.schoolYear,
      formatPublishedCount(f.problematicAbsence30),
      formatPublishedCount(f.aboveZThreshold),
      formatPublishedCount(f.clbReferredZ),
      formatPublishedCount(f.schoolChanges),
      formatPublishedCount(f.bCertificates),
      formatPublishedCount(f.bCertificatesStrict),
      pct(f.feelSafePct),
    ]),
    align: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    widths: [1.25, 1.1, 1.1, 1, 1.3, 1, 1.2, 1.1],
    caption: 'Tabel 2. Afwezigheden, schoolveranderingen en attestering',
  };
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
      { kind: 'figure', chart, alt: chartAltText(chart), caption: 'Figuur 1. Tuchtmaatregelen per 100 leerlingen per schooljaar. Jaren met minder dan 5 gevallen ontbreken in de lijn.' },
      heading(2, 'Afwezigheden en attestering'),
      contextTable(years),
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
