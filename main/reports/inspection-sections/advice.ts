import { addCalendarDays } from '../../domain/dates';
import { formatDutchDate } from '../dutch-format';
import type { InspectionReportData } from '../inspection-data';
import { bold, heading, italic, paragraph, type Block } from '../model';
import { bindingShortcomings } from './grouping';
import { paragraphsOf } from './text';

export const ADVICE_TITLE = 'Advies';
export const RIGHTS_TITLE = 'Rechten van de school';

/** How the regulation words each advice, so the reader can place the label. */

type Advice = NonNullable<InspectionReportData['advice']>;

/** By when a binding tekort must be gone, as the advice sets it. */
export function shortcomingDeadline(advice: Advice): string {
  if (advice.earliestNewInspection) return `vóór de nieuwe doorlichting, ten vroegste op ${formatDutchDate(advice.earliestNewInspection)}`;
  if (advice.code === '3') return 'de procedure tot intrekking start';
  if (advice.nextRegularInspection) return `bij de volgende doorlichting, uiterlijk ${formatDutchDate(advice.nextRegularInspection)}`;
  return 'zo snel mogelijk';
}

function explanationBlocks(advice: Advice): Block[] {
  // The terms are the advice catalogue's (2B's own), so a change of the regulation changes the report with it.
  const { boardRequestDays, newInspectionMinDays } = advice.terms;
  const boardDays = boardRequestDays === null ? '' : ` binnen ${boardRequestDays} dagen`;
  const newInspection = newInspectionMinDays === null ? '' : ` Een nieuwe doorlichting volgt ten vroegste ${newInspectionMinDays} kalenderdagen na het verslag.`;
  return [
    heading(2, 'Wat de adviezen 2A en 2B betekenen'),
    paragraph(
      bold('Advies 2A '),
      `is volgens de regelgeving een “${advice.regulation['2A']}”: de school blijft erkend, maar moet de vastgestelde tekorten wegwerken. ` +
        'Gaan de tekorten over klasmanagement of gedragsbeleid, dan kan de inspectie externe begeleiding verplichten, bijvoorbeeld door de task force.',
    ),
    paragraph(
      bold('Advies 2B '),
      `is een “${advice.regulation['2B']}”: de erkenning wordt ingetrokken, tenzij het schoolbestuur${boardDays} vraagt ` +
        `de procedure niet op te starten en de begeleiding door de task force aanvaardt.${newInspection}`,
    ),
  ];
}

function rightsBlocks(reportDate: string, reactionDays: number): Block[] {
  const until = formatDutchDate(addCalendarDays(reportDate, reactionDays));
  return [
    heading(2, RIGHTS_TITLE),
    {
      kind: 'bulletList',
      items: [
        [bold('Reageren op feitelijke onjuistheden. '), { text: `De school kan binnen ${reactionDays} kalenderdagen na de datum van het verslag, dus uiterlijk op ${until}, schriftelijk melden welke feiten in het ontwerpverslag niet kloppen.` }],
        [bold('Een bespreking vragen. '), { text: `Binnen dezelfde termijn (uiterlijk op ${until}) kan de school vragen het verslag met het inspectieteam te bespreken.` }],
        [bold('Een klacht indienen. '), { text: 'Is de school het niet eens met de manier waarop de inspectie verliep, dan kan ze een klacht indienen bij de onderwijsinspectie.' }],
      ],
    },
  ];
}

/** The advice, why, every binding tekort with its deadline, what follows with its dates, and what the school may do. */
export function adviceBlocks(data: InspectionReportData): Block[] {
  const blocks: Block[] = [heading(1, ADVICE_TITLE)];
  const advice = data.advice;
  if (!advice) {
    blocks.push(paragraph(italic('Het inspectieteam heeft nog geen advies vastgelegd.')));
  } else {
    const wording = advice.regulation[advice.code];
    blocks.push(
      paragraph(bold(advice.label), wording ? ` (${wording})` : ''),
      paragraph(advice.summary),
      paragraph(bold('Datum van het verslag: '), formatDutchDate(advice.reportDate)),
      heading(2, 'Redenen'),
      paragraph(
        advice.departsFromProposal
          ? `De adviesregels stelden ${advice.proposedLabel} voor, om deze redenen:`
          : 'Het advies volgt het voorstel van de adviesregels, om deze redenen:',
      ),
      { kind: 'bulletList', items: advice.reasons.map((r) => [{ text: r }]) },
    );
    if (advice.departsFromProposal) {
      const motivation = paragraphsOf(advice.motivation);
      blocks.push(paragraph(bold('Het inspectieteam koos een ander advies, omdat: ')), ...(motivation.length ? motivation : [paragraph(italic('Geen motivering.'))]));
    }
    const tekorten = bindingShortcomings(data);
    blocks.push(heading(2, 'Tekorten die de school moet wegwerken'));
    if (tekorten.length === 0) {
      blocks.push(paragraph('Het inspectieteam stelde geen tekorten vast.'));
    } else {
      // Each tekort's own deadline as recorded; the advice's date only where none was (older records).
      const fallback = shortcomingDeadline(advice);
      blocks.push({
        kind: 'table',
        header: ['Indicator', 'Tekort', 'Termijn'],
        rows: tekorten.map((t) => [t.title, t.shortcomings!.trim().replace(/\s*\n\s*/g, ' '), t.shortcomingDeadline ? `uiterlijk ${formatDutchDate(t.shortcomingDeadline)}` : fallback]),
        widths: [2.2, 3.6, 1.8],
        caption: 'Bindende tekorten met hun termijn',
      });
    }
    blocks.push(heading(2, 'Gevolgen'), { kind: 'bulletList', items: advice.consequences.map((c) => [{ text: c }]) });
    blocks.push(...rightsBlocks(advice.reportDate, advice.terms.reactionDays));
    blocks.push(...explanationBlocks(advice));
  }
  const recommendations = data.domains.flatMap((d) => d.indicators.filter((i) => (i.recommendations ?? '').trim() !== '').map((i) => ({ title: i.title, text: i.recommendations!.trim() })));
  blocks.push(heading(2, 'Aanbevelingen'));
  blocks.push(
    recommendations.length === 0
      ? paragraph(italic('Geen aanbevelingen.'))
      : { kind: 'bulletList', items: recommendations.map((r) => [bold(`${r.title}: `), { text: r.text.replace(/\s*\n\s*/g, ' ') }]) },
  );
  return blocks;
}
