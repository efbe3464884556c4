import { INSPECTION_TYPE_LABELS_NL } from '../domain/inspection';
import { RATING_LABELS_NL, RATING_LEVELS, type RatingLevel } from '../domain/rating';
import type { School } from '../domain/school';
import { formatDutchDate } from './dutch-format';
import type { InspectionReportData } from './inspection-data';
import { ADVICE_TITLE, adviceBlocks } from './inspection-sections/advice';
import { ANNEX_TITLE, annexBlocks } from './inspection-sections/annex';
import { CONTEXT_TITLE, contextBlocks } from './inspection-sections/context';
import { FINDINGS_TITLE, findingBlocks, NO_MOTIVATION, NOT_RATED } from './inspection-sections/findings';
import { count } from './inspection-sections/text';
import { bold, heading, paragraph, type Block, type ReportDocument } from './model';

/**
 * Turns the data of one inspection into the neutral report model. All the
 * Dutch wording of the report lives here; the renderers only draw.
 */

export const SECTION_TITLES = {
  summary: 'Samenvatting',
  context: CONTEXT_TITLE,
  findings: FINDINGS_TITLE,
  advice: ADVICE_TITLE,
  annex: ANNEX_TITLE,
} as const;
export { NO_MOTIVATION, NOT_RATED };

const LEVEL_NAMES = { basis: 'basisonderwijs', secundair: 'secundair onderwijs' } as const;
const FORM_NAMES = { gewoon: 'gewoon', buitengewoon: 'buitengewoon' } as const;

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
      ...contextBlocks(data),
      ...findingBlocks(data),
      ...adviceBlocks(data),
      ...annexBlocks(data),
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
  if (data.advice) {
    blocks.push(paragraph(bold(`${data.advice.label}. `), data.advice.summary));
  }
  const below = rated.filter((i) => i.rating === 'beneden');
  if (below.length > 0) {
    blocks.push(paragraph(`Beneden de verwachting: ${below.map((i) => i.title).join('; ')}. De bevindingen hieronder lichten elk oordeel toe.`));
  }
  return blocks;
}
