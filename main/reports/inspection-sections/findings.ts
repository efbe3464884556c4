import { findingKind } from '../../domain/findings';
import { RATING_LABELS_NL } from '../../domain/rating';
import { formatDutchNumber } from '../dutch-format';
import type { InspectionReportData } from '../inspection-data';
import { bold, heading, italic, paragraph, type Block } from '../model';
import { publishCounts } from '../published-counts';
import { groupFindings, KIND_SINGULAR, type ReportIndicator } from './grouping';
import { count, paragraphsOf } from './text';

export const FINDINGS_TITLE = 'Bevindingen per domein';
export const NOT_RATED = 'Nog niet beoordeeld';
export const NO_MOTIVATION = 'Geen motivering';

function indicatorBlocks(indicator: ReportIndicator): Block[] {
  const kind = findingKind(indicator.rating);
  const verdict = indicator.rating ? `${RATING_LABELS_NL[indicator.rating]} (${KIND_SINGULAR[kind!]})` : null;
  const blocks: Block[] = [heading(3, indicator.title), paragraph(bold('Oordeel: '), verdict ?? italic(NOT_RATED))];
  const motivation = paragraphsOf(indicator.motivation);
  blocks.push(...(motivation.length ? motivation : [paragraph(italic(NO_MOTIVATION))]));
  // What the inspector drafted, under the heading its rating allows: a tekort only under "beneden".
  const drafted: Array<[string | undefined, string]> = [
    [indicator.strengths, 'Sterktes'],
    [indicator.opportunities, 'Ontwikkelkansen'],
    [kind === 'tekort' ? indicator.shortcomings : undefined, 'Tekort (bindend)'],
  ];
  for (const [text, label] of drafted) {
    const parts = paragraphsOf(text);
    if (parts.length === 0) continue;
    blocks.push(paragraph(bold(`${label}: `), ...parts[0].runs), ...parts.slice(1));
  }
  return blocks;
}

/** The domain's conclusion in a sentence or two, from its ratings. */
function domainConclusion(domain: InspectionReportData['domains'][number]): Block {
  const groups = groupFindings({ domains: [domain] } as InspectionReportData);
  const rated = domain.indicators.filter((i) => i.rating !== null).length;
  if (rated === 0) return paragraph(bold('Conclusie: '), italic('dit domein is nog niet beoordeeld.'));
  const parts = [
    groups.sterkte.length ? count(groups.sterkte.length, 'sterkte', 'sterktes') : null,
    groups.ontwikkelkans.length ? count(groups.ontwikkelkans.length, 'ontwikkelkans', 'ontwikkelkansen') : null,
    groups.tekort.length ? count(groups.tekort.length, 'tekort', 'tekorten') : null,
  ].filter((p): p is string => p !== null);
  const verdict = groups.tekort.length
    ? 'De school moet in dit domein tekorten wegwerken.'
    : groups.ontwikkelkans.length
      ? 'Het domein benadert de verwachting op enkele punten; de school kan hier verder groeien.'
      : 'De school realiseert in dit domein wat verwacht wordt.';
  return paragraph(bold('Conclusie: '), `${verdict} Van de ${count(domain.indicators.length, 'indicator', 'indicatoren')} zijn er ${parts.join(', ')}.`);
}

/** Files in a sample are not pupils: shown as they are, "2 van 4 (50 %)". */
function share(part: number, whole: number): string {
  return `${formatDutchNumber(part, 0)} van ${formatDutchNumber(whole, 0)} (${formatDutchNumber((part / whole) * 100, 0)} %)`;
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
      paragraph(`Actie 16: elk tuchtdossier bevat begeleidende maatregelen, of een schriftelijke reden waarom die niet mogelijk waren. Het inspectieteam bekeek ${count(sample.files, 'dossier', 'dossiers')}.`),
      {
        kind: 'bulletList',
        items: [
          [bold('Dossiers volledig in orde: '), { text: share(sample.compliant, sample.files) }],
          [bold('Zonder begeleidende maatregel en zonder reden: '), { text: share(missing.guidance, sample.files) }],
          [bold('Procedure niet gevolgd: '), { text: `verhoor ${missing.hearing}, klassenraad ${missing.classCouncil}, CLB ${missing.clb} dossiers` }],
          [bold('Definitieve uitsluitingen zonder gedocumenteerde overdracht van de begeleiding (actie 16 maakt ze mogelijk; geen vereiste): '), { text: `${missing.handover} ${missing.handover === 1 ? 'dossier' : 'dossiers'}` }],
        ],
      },
    );
  }
  const surveys = (data.surveys ?? []).filter((s) => s.total > 0);
  if (surveys.length > 0) {
    blocks.push(heading(2, 'Bevragingen'), {
      kind: 'table',
      header: ['Vraag', 'Ja', 'Bevraagd', 'Aandeel'],
      rows: surveys.map((s) => {
        // Those who said no are printed nowhere, but "asked − yes" gives them: they count as a hidden part.
        const counts = publishCounts({ printed: { yes: s.yes, total: s.total }, implicit: { no: s.total - s.yes }, relations: [{ total: 'total', parts: ['yes', 'no'] }] });
        const pct = counts.shown('yes') && counts.shown('total') ? `${formatDutchNumber((s.yes / s.total) * 100, 0)} %` : '–';
        return [s.label, counts.text('yes'), counts.text('total'), pct];
      }),
      align: ['left', 'right', 'right', 'right'],
      widths: [4, 1, 1, 1],
      caption: 'Bevragingen van leerlingen en personeel (doelen 1 en 3 van het actieplan)',
    });
  }
  return blocks;
}

/** Per domain a conclusion, then each indicator with its rating and texts; then the climate, the sample and the surveys. */
export function findingBlocks(data: InspectionReportData): Block[] {
  const blocks: Block[] = [heading(1, FINDINGS_TITLE)];
  if (data.domains.length === 0) blocks.push(paragraph('Er zijn geen domeinen in focus.'));
  for (const domain of data.domains) {
    blocks.push(heading(2, domain.title));
    if (domain.indicators.length === 0) {
      blocks.push(paragraph(italic('Geen indicatoren in focus.')));
      continue;
    }
    blocks.push(domainConclusion(domain));
    for (const indicator of domain.indicators) blocks.push(...indicatorBlocks(indicator));
  }
  return [...blocks, ...observationBlocks(data)];
}
