import { INSPECTION_TYPE_LABELS_NL } from '../domain/inspection';
import { RATING_LABELS_NL, RATING_LEVELS, type RatingLevel } from '../domain/rating';
import type { School, SchoolYearFigures } from '../domain/school';
import { formatDutchDate, formatDutchNumber, formatPublishedCount, PUBLICATION_THRESHOLD, UNKNOWN_FIGURE } from './dutch-format';
import { chartAltText, DISCIPLINARY_MEASURES, disciplinaryRatesChart, publishedRate } from './figure-charts';
import type { InspectionReportData } from './inspection-data';
import { bold, heading, italic, paragraph, type Block, type ReportDocument } from './model';

/**
 * Turns the data of one inspection into the neutral report model. All the
 * Dutch wording of the report lives here; the renderers only draw.
 */

export const SECTION_TITLES = {
  summary: 'Samenvatting',
  figures: 'Schoolgegevens',
  findings: 'Bevindingen',
  accountability: 'Verantwoording',
} as const;
export const NOT_RATED = 'Nog niet beoordeeld';
export const NO_MOTIVATION = 'Geen motivering';

const LEVEL_NAMES = { basis: 'basisonderwijs', secundair: 'secundair onderwijs' } as const;
const FORM_NAMES = { gewoon: 'gewoon', buitengewoon: 'buitengewoon' } as const;

/** "1 indicator", "3 indicatoren". */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function schoolAddress(school: School): string {
  return `${school.street}, ${school.postcode} ${school.municipality}`;
}

export function buildInspectionReport(data: InspectionReportData): ReportDocument {
  const { school, inspection } = data;
  const typeLabel = INSPECTION_TYPE_LABELS_NL[inspection.type];
  const draft = inspection.status !== 'final';
  return {
    meta: {
      title: `Inspectieverslag ${school.name}`,
      subject: `${typeLabel} – ${formatDutchDate(inspection.startDate)}`,
      author: 'Onderwijsinspectie Vlaanderen',
      language: 'nl-BE',
      draft,
      createdAt: data.generatedAt,
    },
    blocks: [
      ...coverBlocks(data, typeLabel, draft),
      { kind: 'pageBreak' },
      { kind: 'toc', title: 'Inhoud' },
      { kind: 'pageBreak' },
      ...summaryBlocks(data),
      ...figureBlocks(data.figures),
      ...findingBlocks(data),
      ...accountabilityBlocks(data),
    ],
  };
}

function coverBlocks(data: InspectionReportData, typeLabel: string, draft: boolean): Block[] {
  const { school, inspection } = data;
  const blocks: Block[] = [
    {
      kind: 'facts',
      items: [
        { label: 'School', value: school.name },
        { label: 'Instellingsnummer', value: school.instellingsnummer },
        { label: 'Adres', value: schoolAddress(school) },
        { label: 'Onderwijs', value: `${LEVEL_NAMES[school.level]}, ${FORM_NAMES[school.form]}` },
        { label: 'Onderwijsnet', value: school.network },
        { label: 'Schoolbestuur', value: school.board },
        { label: 'Soort inspectie', value: typeLabel },
        { label: 'Startdatum', value: formatDutchDate(inspection.startDate) },
        { label: 'Inspectieteam', value: inspection.team.length > 0 ? inspection.team.join(', ') : 'Niet opgegeven' },
        { label: 'Referentiekader', value: `${inspection.frameworkTitle}, versie ${inspection.frameworkVersion}` },
        { label: 'Versie van het verslag', value: draft ? 'Ontwerp' : 'Definitief' },
        { label: 'Aangemaakt op', value: formatDutchDate(data.generatedAt) },
      ],
    },
  ];
  if (draft) {
    blocks.push({
      kind: 'note',
      runs: [bold('Ontwerpverslag. '), { text: 'De beoordelingen kunnen nog wijzigen; dit verslag is niet bestemd voor publicatie.' }],
    });
  }
  return blocks;
}

function summaryBlocks(data: InspectionReportData): Block[] {
  const indicators = data.domains.flatMap((d) => d.indicators);
  const rated = indicators.filter((i) => i.rating !== null);
  const byLevel = new Map<RatingLevel, number>();
  for (const i of rated) byLevel.set(i.rating!, (byLevel.get(i.rating!) ?? 0) + 1);

  const blocks: Block[] = [heading(1, SECTION_TITLES.summary)];
  if (indicators.length === 0) {
    blocks.push(paragraph('Deze inspectie had geen indicatoren in focus.'));
    return blocks;
  }
  const scope = `${count(indicators.length, 'indicator', 'indicatoren')} in ${count(data.domains.length, 'domein', 'domeinen')}`;
  blocks.push(
    paragraph(
      rated.length === 0
        ? `Het inspectieteam onderzocht ${scope}. Er is nog geen enkele indicator beoordeeld.`
        : `Het inspectieteam onderzocht ${scope} en beoordeelde er ${rated.length} van. ` +
            'Per niveau van de ontwikkelingsschaal zijn dat:',
    ),
  );
  // Highest level first: the reader looks for what goes well and what must improve.
  const items = [...RATING_LEVELS]
    .reverse()
    .filter((level) => byLevel.has(level))
    .map((level) => [bold(RATING_LABELS_NL[level]), { text: `: ${count(byLevel.get(level)!, 'indicator', 'indicatoren')}` }]);
  const unrated = indicators.length - rated.length;
  if (rated.length > 0 && unrated > 0) items.push([bold(NOT_RATED), { text: `: ${count(unrated, 'indicator', 'indicatoren')}` }]);
  if (items.length > 0) blocks.push({ kind: 'bulletList', items });
  const below = rated.filter((i) => i.rating === 'beneden');
  if (below.length > 0) {
    blocks.push(paragraph(`Beneden de verwachting: ${below.map((i) => i.title).join('; ')}. De bevindingen hieronder lichten elk oordeel toe.`));
  }
  return blocks;
}

function figureBlocks(figures: readonly SchoolYearFigures[]): Block[] {
  const blocks: Block[] = [heading(1, SECTION_TITLES.figures)];
  if (figures.length === 0) {
    blocks.push(paragraph('Voor deze school zijn geen schoolgegevens beschikbaar.'));
    return blocks;
  }
  const years = [...figures].sort((a, b) => a.schoolYear.localeCompare(b.schoolYear));
  blocks.push(
    paragraph('Tuchtmaatregelen per schooljaar, als aantal en per 100 leerlingen. Zo zijn jaren met een verschillend leerlingenaantal vergelijkbaar.'),
    {
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
    },
    {
      kind: 'note',
      runs: [
        { text: `<${PUBLICATION_THRESHOLD}: minder dan ${PUBLICATION_THRESHOLD} gevallen. ` },
        { text: `Om leerlingen niet herkenbaar te maken, tonen we dan geen aantal en geen cijfer per 100 leerlingen (–). ` },
        { text: `${UNKNOWN_FIGURE}: niet beschikbaar.` },
      ],
    },
  );
  const chart = disciplinaryRatesChart(years, { publication: true });
  blocks.push({ kind: 'figure', chart, alt: chartAltText(chart), caption: 'Figuur 1. Tuchtmaatregelen per 100 leerlingen per schooljaar. Jaren met minder dan 5 gevallen ontbreken in de lijn.' });
  return blocks;
}

function findingBlocks(data: InspectionReportData): Block[] {
  const blocks: Block[] = [heading(1, SECTION_TITLES.findings)];
  if (data.domains.length === 0) blocks.push(paragraph('Er zijn geen domeinen in focus.'));
  for (const domain of data.domains) {
    blocks.push(heading(2, domain.title));
    if (domain.indicators.length === 0) blocks.push(paragraph(italic('Geen indicatoren in focus.')));
    for (const indicator of domain.indicators) {
      blocks.push(
        heading(3, indicator.title),
        paragraph(bold('Oordeel: '), indicator.rating ? RATING_LABELS_NL[indicator.rating] : italic(NOT_RATED)),
      );
      // Inspectors write motivations with blank lines between paragraphs; keep them.
      const parts = indicator.motivation
        .split(/\n\s*\n/)
        .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
        .filter((p) => p.length > 0);
      if (parts.length === 0) blocks.push(paragraph(italic(NO_MOTIVATION)));
      else blocks.push(...parts.map((p) => paragraph(p)));
    }
  }
  return blocks;
}

function accountabilityBlocks(data: InspectionReportData): Block[] {
  const { inspection } = data;
  return [
    heading(1, SECTION_TITLES.accountability),
    paragraph(
      `Dit verslag steunt op het referentiekader “${inspection.frameworkTitle}” (versie ${inspection.frameworkVersion}). ` +
        'Het inspectieteam verzamelde bewijs uit documenten, gesprekken, klasobservaties en de schoolgegevens, en beoordeelde ' +
        'elke indicator op de ontwikkelingsschaal van de onderwijsinspectie: beneden, benadert, volgens of overstijgt de verwachting.',
    ),
    paragraph(
      `De schoolgegevens komen uit de gegevens die de school en de overheid aanleveren. Aantallen kleiner dan ${PUBLICATION_THRESHOLD} ` +
        'worden niet gepubliceerd, zodat geen enkele leerling herkenbaar is. ' +
        `Het verslag werd aangemaakt op ${formatDutchDate(data.generatedAt)}.`,
    ),
  ];
}
