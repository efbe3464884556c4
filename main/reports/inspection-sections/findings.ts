import { RATING_LABELS_NL } from '../../domain/rating';
import { formatDutchNumber, formatPublishedCount, isPublishable } from '../dutch-format';
import type { InspectionReportData } from '../inspection-data';
import { bold, heading, italic, paragraph, type Block } from '../model';
import { paragraphsOf } from './text';

export const FINDINGS_TITLE = 'Bevindingen';
export const NOT_RATED = 'Nog niet beoordeeld';
export const NO_MOTIVATION = 'Geen motivering';

const DRAFTED_TEXTS = [
  ['strengths', 'Sterktes'],
  ['opportunities', 'Ontwikkelkansen'],
  ['shortcomings', 'Tekort'],
] as const;

type Indicator = InspectionReportData['domains'][number]['indicators'][number];

function indicatorBlocks(indicator: Indicator): Block[] {
  const blocks: Block[] = [heading(3, indicator.title), paragraph(bold('Oordeel: '), indicator.rating ? RATING_LABELS_NL[indicator.rating] : italic(NOT_RATED))];
  const motivation = paragraphsOf(indicator.motivation);
  blocks.push(...(motivation.length ? motivation : [paragraph(italic(NO_MOTIVATION))]));
  for (const [key, label] of DRAFTED_TEXTS) {
    const parts = paragraphsOf(indicator[key]);
    if (parts.length === 0) continue;
    blocks.push(paragraph(bold(`${label}: `), ...parts[0].runs), ...parts.slice(1));
  }
  return blocks;
}

/** A share as "3 van 4 (75 %)"; small counts follow the publication rule. */
function share(part: number, whole: number): string {
  if (!isPublishable(whole)) return `${formatPublishedCount(whole)} dossiers`;
  return `${formatPublishedCount(part)} van ${formatDutchNumber(whole, 0)} (${formatDutchNumber((part / whole) * 100, 0)} %)`;
}

function observationBlocks(data: InspectionReportData): Block[] {
  const blocks: Block[] = [];
  if (data.climate) {
    blocks.push(heading(2, 'Kwadrant van het schoolklimaat'), paragraph(bold(`Kwadrant: ${data.climate.quadrant}. `), data.climate.explanation));
  }
  const classroom = data.classroom;
  if (classroom && classroom.observations > 0) {
    const pct = classroom.sweeps > 0 ? ` In ${formatDutchNumber((classroom.onTask / classroom.sweeps) * 100, 0)} % van ${formatDutchNumber(classroom.sweeps, 0)} tellingen was de klas bij de les (time-on-task).` : '';
    blocks.push(heading(2, 'Klasobservaties'), paragraph(`Het inspectieteam observeerde ${formatDutchNumber(classroom.observations, 0)} ${classroom.observations === 1 ? 'les' : 'lessen'} op rust, routine, regelmaat en relatie.${pct}`));
  }
  const sample = data.disciplinarySample;
  if (sample && sample.files > 0) {
    const missing = sample.shortfalls;
    blocks.push(
      heading(2, 'Steekproef van tuchtdossiers'),
      paragraph('Actie 16: elk tuchtdossier bevat begeleidende maatregelen, of een schriftelijke reden waarom die niet mogelijk waren.'),
      {
        kind: 'bulletList',
        items: [
          [bold('Dossiers volledig in orde: '), { text: share(sample.compliant, sample.files) }],
          [bold('Zonder begeleidende maatregel en zonder reden: '), { text: share(missing.guidance, sample.files) }],
          [bold('Procedure niet gevolgd: '), { text: `verhoor ${formatPublishedCount(missing.hearing)}, klassenraad ${formatPublishedCount(missing.classCouncil)}, CLB ${formatPublishedCount(missing.clb)}` }],
          [bold('Definitieve uitsluitingen zonder gedocumenteerde overdracht van de begeleiding (actie 16 maakt ze mogelijk; geen vereiste): '), { text: formatPublishedCount(missing.handover) }],
        ],
      },
    );
  }
  const surveys = (data.surveys ?? []).filter((s) => s.total > 0);
  if (surveys.length > 0) {
    blocks.push(heading(2, 'Bevragingen'), {
      kind: 'table',
      header: ['Vraag', 'Ja', 'Bevraagd', 'Aandeel'],
      rows: surveys.map((s) => [s.label, formatPublishedCount(s.yes), formatPublishedCount(s.total), isPublishable(s.total) ? `${formatDutchNumber((s.yes / s.total) * 100, 0)} %` : '–']),
      align: ['left', 'right', 'right', 'right'],
      widths: [4, 1, 1, 1],
      caption: 'Tabel 3. Bevragingen van leerlingen en personeel (doelen 1 en 3 van het actieplan)',
    });
  }
  return blocks;
}

/** Section 4: each domain's indicators with rating and texts, then the climate, the sample and the surveys. */
export function findingBlocks(data: InspectionReportData): Block[] {
  const blocks: Block[] = [heading(1, FINDINGS_TITLE)];
  if (data.domains.length === 0) blocks.push(paragraph('Er zijn geen domeinen in focus.'));
  for (const domain of data.domains) {
    blocks.push(heading(2, domain.title));
    if (domain.indicators.length === 0) blocks.push(paragraph(italic('Geen indicatoren in focus.')));
    for (const indicator of domain.indicators) blocks.push(...indicatorBlocks(indicator));
  }
  return [...blocks, ...observationBlocks(data)];
}
