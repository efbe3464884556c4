import type { BoardContactChannel } from '../domain/taskforce/plan';
import { formatDutchDate } from './dutch-format';
import { bold, heading, italic, paragraph, type Block } from './model';

/**
 * The visit records in the progress report: the files and photos kept with
 * each visit, and the contact log with the school board. A section of its
 * own (inside "Bezoeken"), so the report's other sections stay as they are.
 */
export interface VisitRecordsReportData {
  /** The visits that have files, in date order, each with its files. */
  visits: Array<{ date: string; files: Array<{ fileName: string; photo: boolean; bytes: number; sha256: string }> }>;
  contacts: Array<{ date: string; channel: BoardContactChannel; people: string; summary: string; agreements: string }>;
}

export const CHANNEL_LABELS_NL: Record<BoardContactChannel, string> = { meeting: 'Gesprek', phone: 'Telefoon', email: 'E-mail', letter: 'Brief' };

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`);
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The plan page's visits and board contacts, as the report names them (what a reader needs, no ids). */
export function visitRecordsReportData(detail: {
  visits: ReadonlyArray<{ id: string; date: string }>;
  attachments: ReadonlyArray<{ visitId: string; fileName: string; mimeType: string; bytes: number; sha256: string }>;
  contacts: ReadonlyArray<{ date: string; channel: BoardContactChannel; people: string; summary: string; agreements: string }>;
}): VisitRecordsReportData {
  return {
    visits: detail.visits
      .map((v) => ({
        date: v.date,
        files: detail.attachments.filter((a) => a.visitId === v.id).map((a) => ({ fileName: a.fileName, photo: /^image\//i.test(a.mimeType), bytes: a.bytes, sha256: a.sha256 })),
      }))
      .filter((v) => v.files.length > 0),
    contacts: detail.contacts.map(({ date, channel, people, summary, agreements }) => ({ date, channel, people, summary, agreements })),
  };
}

export function visitRecordBlocks(data: VisitRecordsReportData | undefined): Block[] {
  if (!data) return [];
  const files = data.visits.flatMap((v) => v.files.map((f) => ({ ...f, visitDate: v.date })));
  const photos = files.filter((f) => f.photo).length;
  const blocks: Block[] = [heading(2, 'Bijlagen bij de bezoeken')];
  if (files.length === 0) blocks.push(paragraph(italic('Geen bijlagen bij de bezoeken.')));
  else {
    blocks.push(
      paragraph(`${count(files.length, 'bijlage', 'bijlagen')} bij ${count(data.visits.length, 'bezoek', 'bezoeken')}, waarvan ${count(photos, 'foto', "foto's")}. Elke bijlage is bewaard met haar SHA-256; de eerste tekens staan erbij.`),
      {
        kind: 'table',
        header: ['Bezoek', 'Bestand', 'Soort', 'Grootte', 'SHA-256 (begin)'],
        rows: files.map((f) => [formatDutchDate(f.visitDate), f.fileName, f.photo ? 'Foto' : 'Bestand', size(f.bytes), f.sha256.slice(0, 12)]),
        widths: [2.6, 3, 1.1, 1.1, 1.8],
        caption: 'Tabel 3. Bijlagen per bezoek',
      },
    );
  }
  blocks.push(heading(2, 'Contacten met het bestuur'));
  if (data.contacts.length === 0) return [...blocks, paragraph(italic('Geen contacten met het schoolbestuur vastgelegd.'))];
  blocks.push({
    kind: 'table',
    header: ['Datum', 'Kanaal', 'Wie', 'Samenvatting', 'Afspraken voor de opvolging'],
    rows: data.contacts.map((c) => [formatDutchDate(c.date), CHANNEL_LABELS_NL[c.channel], c.people, c.summary, c.agreements.trim() || '–']),
    widths: [2.6, 1.2, 2.2, 2.8, 2.6], // "15 september 2026" on one line, as in the actions table
    caption: 'Tabel 4. Contacten met het schoolbestuur',
  });
  const open = data.contacts.filter((c) => c.agreements.trim());
  const latest = open[open.length - 1];
  if (latest) blocks.push(paragraph(bold(`Laatste afspraken (${formatDutchDate(latest.date)}): `), latest.agreements.trim()));
  return blocks;
}
