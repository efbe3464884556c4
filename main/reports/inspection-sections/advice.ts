import { formatDutchDate } from '../dutch-format';
import type { InspectionReportData } from '../inspection-data';
import { bold, heading, italic, paragraph, type Block } from '../model';
import { paragraphsOf } from './text';

export const ADVICE_TITLE = 'Advies';

/** Section 5: the advice with its legal consequences and dates, then every recommendation. */
export function adviceBlocks(data: InspectionReportData): Block[] {
  const blocks: Block[] = [heading(1, ADVICE_TITLE)];
  const advice = data.advice;
  if (!advice) {
    blocks.push(paragraph(italic('Het inspectieteam heeft nog geen advies vastgelegd.')));
  } else {
    blocks.push(
      paragraph(bold(advice.label)),
      paragraph(advice.summary),
      paragraph(bold('Datum van het verslag: '), formatDutchDate(advice.reportDate)),
      heading(2, 'Gevolgen'),
      { kind: 'bulletList', items: advice.consequences.map((c) => [{ text: c }]) },
    );
    if (advice.departsFromProposal && advice.motivation.trim()) {
      blocks.push(heading(2, 'Motivering van het advies'), ...paragraphsOf(advice.motivation));
    }
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
