import type { InspectionReportData } from '../inspection-data';
import { heading, paragraph, type Block } from '../model';

export const SCOPE_TITLE = 'Wat deze inspectie niet onderzocht';

/** Says what was left out, instead of leaving it out silently. */
export function scopeBlocks(data: InspectionReportData): Block[] {
  const blocks: Block[] = [
    heading(1, SCOPE_TITLE),
    paragraph(
      'Deze inspectie onderzocht alleen de domeinen hierboven. Andere kwaliteitsgebieden van het referentiekader voor onderwijskwaliteit (OK), ' +
        'zoals de onderwijsleerpraktijk in de vakken, de resultaten en effecten en de kwaliteitsontwikkeling van de school als geheel, ' +
        'en de basisvoorwaarden rond bekwaamheid, veiligheid en hygiëne van de gebouwen (BVH) vielen buiten dit onderzoek. ' +
        'Dit verslag zegt daar niets over.',
    ),
  ];
  const left = data.notExamined ?? [];
  if (left.length > 0) {
    blocks.push(paragraph('Ook deze domeinen van het referentiekader zelf waren niet in focus:'), { kind: 'bulletList', items: left.map((title) => [{ text: title }]) });
  }
  return blocks;
}
