import { formatDutchDate, formatDutchNumber, PUBLICATION_THRESHOLD } from '../dutch-format';
import type { InspectionReportData } from '../inspection-data';
import { heading, paragraph, type Block } from '../model';

export const ANNEX_TITLE = 'Bijlage: bewijsbasis en werkwijze';

/** Section 6: what the judgements rest on (kinds of source and counts, no personal data) and the method. */
export function annexBlocks(data: InspectionReportData): Block[] {
  const { inspection } = data;
  const evidence = (data.evidence ?? []).filter((e) => e.count > 0);
  const blocks: Block[] = [heading(1, ANNEX_TITLE), heading(2, 'Bewijsbasis')];
  if (evidence.length === 0) {
    blocks.push(paragraph('Er is geen bewijsmateriaal geregistreerd.'));
  } else {
    const total = evidence.reduce((sum, e) => sum + e.count, 0);
    blocks.push({
      kind: 'table',
      header: ['Soort bron', 'Aantal'],
      rows: [...evidence.map((e) => [e.source, formatDutchNumber(e.count, 0)]), ['Totaal', formatDutchNumber(total, 0)]],
      align: ['left', 'right'],
      widths: [4, 1],
      caption: 'Tabel 4. Bewijsmateriaal per soort bron (zonder persoonsgegevens)',
    });
  }
  blocks.push(
    heading(2, 'Werkwijze'),
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
  );
  return blocks;
}
