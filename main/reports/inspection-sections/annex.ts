import { formatDutchDate, formatDutchNumber } from '../dutch-format';
import type { InspectionReportData } from '../inspection-data';
import { bold, heading, paragraph, type Block } from '../model';
import { frameworkPlace } from './cover';

export const ANNEX_TITLE = 'Bijlage: bewijsbasis en werkwijze';

/** The evidence photos as thumbnails, each a figure with its caption; what was left out is said. */
function photoBlocks(data: InspectionReportData): Block[] {
  const photos = data.photos;
  if (!photos || photos.items.length + photos.left + photos.unreadable === 0) return [];
  const blocks: Block[] = [heading(2, 'Foto’s bij het bewijs')];
  blocks.push(
    paragraph(
      'De foto’s zijn verkleind opgenomen; gegevens over plaats, tijdstip en toestel zijn eruit verwijderd. ' +
        (photos.left > 0 ? `Nog ${formatDutchNumber(photos.left, 0)} foto’s staan in het dossier van de inspectie en niet in dit verslag. ` : '') +
        (photos.unreadable > 0 ? `${formatDutchNumber(photos.unreadable, 0)} foto’s zijn niet opgenomen: het bestand is niet meer wat werd vastgelegd.` : ''),
    ),
  );
  photos.items.forEach((p, i) => blocks.push({ kind: 'photo', image: p.image, alt: p.alt, caption: `Foto ${i + 1}. ${p.caption}` }));
  return blocks;
}

/** What the judgements rest on (kinds of source and counts, no personal data), the method, and the document's identity. */
export function annexBlocks(data: InspectionReportData): Block[] {
  const evidence = (data.evidence ?? []).filter((e) => e.count > 0);
  const blocks: Block[] = [heading(1, ANNEX_TITLE), heading(2, 'Bewijsbasis')];
  const extra: string[][] = [];
  if (data.classroom && data.classroom.observations > 0) extra.push(['Geobserveerde lessen', formatDutchNumber(data.classroom.observations, 0)]);
  if (data.disciplinarySample && data.disciplinarySample.files > 0) extra.push(['Bekeken tuchtdossiers', formatDutchNumber(data.disciplinarySample.files, 0)]);
  const surveyGroups = (data.surveys ?? []).filter((s) => s.total > 0).length;
  if (surveyGroups > 0) extra.push(['Bevragingen', formatDutchNumber(surveyGroups, 0)]);
  if (evidence.length === 0 && extra.length === 0) {
    blocks.push(paragraph('Er is geen bewijsmateriaal geregistreerd.'));
  } else {
    const total = evidence.reduce((sum, e) => sum + e.count, 0);
    blocks.push({
      kind: 'table',
      header: ['Soort bron', 'Aantal'],
      rows: [...evidence.map((e) => [e.source, formatDutchNumber(e.count, 0)]), ...(evidence.length ? [['Bewijsstukken samen', formatDutchNumber(total, 0)]] : []), ...extra],
      align: ['left', 'right'],
      widths: [4, 1],
      caption: 'Bewijsmateriaal per soort bron (aantallen, zonder persoonsgegevens)',
    });
  }
  blocks.push(...photoBlocks(data));
  blocks.push(
    heading(2, 'Werkwijze'),
    paragraph(
      `Dit verslag steunt op het ${frameworkPlace(data.inspection)} ` +
        'Het inspectieteam verzamelde bewijs uit documenten, gesprekken, klasobservaties en de schoolgegevens, en beoordeelde ' +
        'elke indicator op de ontwikkelingsschaal van de onderwijsinspectie: beneden, benadert, volgens of overstijgt de verwachting.',
    ),
    paragraph(
      'De schoolgegevens komen uit de gegevens die de school en de overheid aanleveren. Aantallen van 1 tot 4 leerlingen worden niet gepubliceerd (x), ' +
        'en evenmin een aantal waaruit zo’n klein aantal af te leiden is door op te tellen of af te trekken, zodat geen enkele leerling herkenbaar is.',
    ),
  );
  if (data.exportInfo) {
    const final = data.inspection.status === 'final';
    blocks.push(
      heading(2, 'Over dit document'),
      paragraph(
        bold('Document: '),
        `${data.exportInfo.documentId} · versie ${data.exportInfo.version} (${final ? 'definitief' : 'ontwerp'}) · aangemaakt op ${formatDutchDate(data.generatedAt)}. ` +
          'Het exportregister van de inspectie bewaart bij dit nummer de SHA-256-vingerafdruk van het bestand.',
      ),
    );
  }
  return blocks;
}
