import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../../main/reports/model';
import { buildProgressReport, PROGRESS_SECTION_TITLES, type ProgressReportData } from '../../../main/reports/progress-report';
import { visitRecordBlocks, visitRecordsReportData } from '../../../main/reports/visit-records-section';

const detail = {
  visits: [
    { id: 'v1', date: '2027-04-10' },
    { id: 'v2', date: '2027-05-20' },
    { id: 'v3', date: '2027-06-01' },
  ],
  attachments: [
    { visitId: 'v1', fileName: 'verslag.pdf', mimeType: 'application/pdf', bytes: 2_400_000, sha256: 'a'.repeat(64) },
    { visitId: 'v1', fileName: 'foto-1.jpg', mimeType: 'image/jpeg', bytes: 300_000, sha256: 'b'.repeat(64) },
    { visitId: 'v2', fileName: 'foto-2.jpg', mimeType: 'image/jpeg', bytes: 500, sha256: 'c'.repeat(64) },
  ],
  contacts: [
    { date: '2027-04-02', channel: 'meeting' as const, people: 'Voorzitter, directeur', summary: 'Plan besproken.', agreements: 'Nascholingsplan tegen 30 april.' },
    { date: '2027-05-02', channel: 'email' as const, people: 'Directeur', summary: 'Planning bevestigd.', agreements: '' },
  ],
};

describe('the visit records in the progress report', () => {
  it('lists the files per visit with their kind, size and hash, counted, and the contact log with its agreements', () => {
    const blocks = visitRecordBlocks(visitRecordsReportData(detail));
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text)).toEqual(['Bijlagen bij de bezoeken', 'Contacten met het bestuur']);
    const [files, contacts] = blocks.filter((b): b is TableBlock => b.kind === 'table');
    expect(files.rows).toEqual([
      ['10 april 2027', 'verslag.pdf', 'Bestand', '2,3 MB', 'aaaaaaaaaaaa'],
      ['10 april 2027', 'foto-1.jpg', 'Foto', '293 kB', 'bbbbbbbbbbbb'],
      ['20 mei 2027', 'foto-2.jpg', 'Foto', '1 kB', 'cccccccccccc'],
    ]);
    expect(JSON.stringify(blocks)).toContain("3 bijlagen bij 2 bezoeken, waarvan 2 foto's.");
    expect(contacts.rows).toEqual([
      ['2 april 2027', 'Gesprek', 'Voorzitter, directeur', 'Plan besproken.', 'Nascholingsplan tegen 30 april.'],
      ['2 mei 2027', 'E-mail', 'Directeur', 'Planning bevestigd.', '–'],
    ]);
    expect(JSON.stringify(blocks.at(-1))).toContain('Laatste afspraken (2 april 2027): ');
    expect(JSON.stringify(blocks.at(-1))).toContain('Nascholingsplan tegen 30 april.');
  });

  it('says so when there is nothing yet, and leaves the report’s sections as they are', () => {
    const empty = visitRecordBlocks(visitRecordsReportData({ visits: detail.visits, attachments: [], contacts: [] }));
    expect(JSON.stringify(empty)).toContain('Geen bijlagen bij de bezoeken.');
    expect(JSON.stringify(empty)).toContain('Geen contacten met het schoolbestuur vastgelegd.');
    expect(visitRecordBlocks(undefined)).toEqual([]);
    const data: ProgressReportData = {
      school: { name: 'De Linde', instellingsnummer: '012345', municipality: 'Gent' },
      referral: { advice: '2B', referralDate: '2027-03-15', earliestNewInspection: null, boardAnswer: 'accepts', boardAnswerDate: '2027-03-25', shortcomings: [], closedOn: null, canContinueAlone: null, closingMotivation: '' },
      goals: [],
      actions: [],
      visits: [],
      milestones: [],
      visitRecords: visitRecordsReportData(detail),
      generatedAt: '2027-06-10T10:00:00.000Z',
    };
    const titles = buildProgressReport(data).blocks.flatMap((b) => (b.kind === 'heading' ? [`${b.level}:${b.text}`] : []));
    expect(titles.filter((h) => h.startsWith('1:'))).toEqual(Object.values(PROGRESS_SECTION_TITLES).map((t) => `1:${t}`));
    // Inside "Bezoeken", before the end evaluation.
    expect(titles.indexOf('2:Contacten met het bestuur')).toBeGreaterThan(titles.indexOf(`1:${PROGRESS_SECTION_TITLES.visits}`));
    expect(titles.indexOf('2:Contacten met het bestuur')).toBeLessThan(titles.indexOf(`1:${PROGRESS_SECTION_TITLES.evaluation}`));
  });
});
