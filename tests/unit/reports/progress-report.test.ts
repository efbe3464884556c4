import { describe, expect, it } from 'vitest';
import { goalProgressAltText, goalProgressChart } from '../../../main/reports/progress-chart';
import { buildProgressReport, PROGRESS_SECTION_TITLES, type ProgressReportData } from '../../../main/reports/progress-report';
import { plainText, type ReportDocument, type TableBlock } from '../../../main/reports/model';

function data(overrides: Partial<ProgressReportData['referral']> = {}): ProgressReportData {
  return {
    school: { name: 'Basisschool De Linde', instellingsnummer: '012345', municipality: 'Gent' },
    referral: {
      advice: '2B',
      referralDate: '2027-03-15',
      earliestNewInspection: '2027-06-10',
      boardAnswer: 'accepts',
      boardAnswerDate: '2027-03-25',
      shortcomings: [{ indicatorId: 'km.1', text: 'Lessen starten laat.' }, { indicatorId: 'tb.2', text: 'Tuchtdossiers zonder begeleidende maatregelen.' }],
      closedOn: null,
      canContinueAlone: null,
      closingMotivation: '',
      ...overrides,
    },
    goals: [
      { title: 'Rust en routines', description: '', shortcomingRefs: [0], timeline: [{ date: '2027-04-10', level: 'beneden' }, { date: '2027-05-20', level: 'volgens' }] },
      { title: 'Tuchtdossiers op orde', description: 'Sjabloon met begeleidende maatregelen.', shortcomingRefs: [1], timeline: [] },
    ],
    actions: [{ goalTitle: 'Rust en routines', description: 'Startroutine afspreken', ownerRole: 'team', dueDate: '2027-04-01', status: 'in_progress', schoolDecision: 'Beslist door de directie', overdue: true }],
    visits: [{ date: '2027-04-10', participants: 'Directie', notes: 'Eerste bezoek.' }],
    milestones: [{ title: 'Routines in alle klassen', dueDate: '2027-05-01', reachedOn: null }],
    generatedAt: '2027-06-01T10:00:00Z',
  };
}

const headings = (doc: ReportDocument) => doc.blocks.flatMap((b) => (b.kind === 'heading' ? [`${b.level}:${b.text}`] : []));
const text = (doc: ReportDocument) => doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [plainText(b.runs)] : [])).join('\n');

describe('buildProgressReport', () => {
  it('has the five sections in order, each goal as a sub-heading, and a draft mark while the guidance runs', () => {
    const doc = buildProgressReport(data());
    expect(headings(doc).filter((h) => h.startsWith('1:'))).toEqual(Object.values(PROGRESS_SECTION_TITLES).map((t) => `1:${t}`));
    expect(headings(doc)).toEqual(expect.arrayContaining(['2:Rust en routines', '2:Tuchtdossiers op orde', '2:Bezoek van 10 april 2027']));
    expect(doc.meta.draft).toBe(true);
    expect(buildProgressReport(data({ closedOn: '2027-12-01', canContinueAlone: true, closingMotivation: 'Zelfstandig.' })).meta.draft).toBe(false);
  });

  it('starts with a summary per goal: where it started, where it is, and the trend', () => {
    const doc = buildProgressReport({ ...data(), goals: data().goals.map((g, i) => ({ ...g, trend: i === 0 ? 'up' : 'unknown' })) });
    const first = doc.blocks.findIndex((b) => b.kind === 'heading' && b.level === 1);
    expect(doc.blocks[first]).toMatchObject({ kind: 'heading', text: PROGRESS_SECTION_TITLES.summary });
    const table = doc.blocks.slice(first).find((b): b is TableBlock => b.kind === 'table')!;
    expect(table.header).toEqual(['Doel', 'Begin', 'Nu', 'Verloop']);
    expect(table.rows).toEqual([
      ['Rust en routines', 'beneden de verwachting (10 april 2027)', 'volgens de verwachting (20 mei 2027)', 'vooruit'],
      ['Tuchtdossiers op orde', 'nog niet beoordeeld', 'nog niet beoordeeld', 'nog niet te zeggen'],
    ]);
    expect(table.caption).toBe('Tabel 1. Voortgang per doel: begin, nu en verloop');
    expect(text(doc)).toContain('1 van de 2 doelen zijn bij een bezoek beoordeeld.');
  });

  it('can be made final while the guidance runs, and prints its document id and version last', () => {
    const interim = buildProgressReport({ ...data(), final: true, exportInfo: { documentId: 'VR-012345-abcd1234-D3', version: 3 } });
    expect(interim.meta.draft).toBe(false);
    const last = interim.blocks[interim.blocks.length - 1];
    expect(last.kind === 'paragraph' && plainText(last.runs)).toContain('VR-012345-abcd1234-D3 · versie 3 (definitief) · aangemaakt op 1 juni 2027');
    const facts = interim.blocks.find((b) => b.kind === 'facts');
    expect(facts?.kind === 'facts' && facts.items.filter((f) => ['Soort rapport', 'Versie'].includes(f.label)).map((f) => f.value)).toEqual(['Tussentijds rapport', '3 (definitief)']);
    const draft = buildProgressReport({ ...data(), exportInfo: { documentId: 'VR-012345-abcd1234-O1', version: 1 } });
    expect(draft.meta.draft).toBe(true);
    expect(text(draft)).toContain('versie 1 (ontwerp)');
  });

  it('links goals to the numbered shortcomings and shows the latest judgement', () => {
    const doc = buildProgressReport(data());
    const body = text(doc);
    expect(body).toContain('Werkt aan: T1');
    expect(body).toContain('Laatste beoordeling: Volgens de verwachting (20 mei 2027)');
    expect(body).toContain('Laatste beoordeling: Nog niet beoordeeld');
    expect(body).toContain('de beslissingen over het beleid blijven bij de school');
  });

  it('marks overdue actions and records the school\'s own decision', () => {
    const table = buildProgressReport(data()).blocks.find((b): b is TableBlock => b.kind === 'table' && b.header[0] === 'Actie')!;
    expect(table.rows[0]).toEqual(['Startroutine afspreken', 'Rust en routines', 'Schoolteam', '1 april 2027', 'Bezig (over tijd)', 'Beslist door de directie']);
  });

  it('states the end evaluation once closed', () => {
    const open = text(buildProgressReport(data()));
    expect(open).toContain('De begeleiding loopt nog.');
    const closed = text(buildProgressReport(data({ closedOn: '2027-12-01', canContinueAlone: false, closingMotivation: 'Nog één jaar nodig.' })));
    expect(closed).toContain('Afgesloten op: 1 december 2027');
    expect(closed).toContain('Kan de school zelfstandig verder? Nee');
  });
});

describe('goalProgressChart', () => {
  it('puts every visit date once on the axis and each goal\'s level (1–4) at its dates, gaps where not judged', () => {
    const spec = goalProgressChart(data().goals);
    expect(spec.categories).toEqual(['10 april 2027', '20 mei 2027']);
    expect(spec.series).toEqual([
      { name: 'Rust en routines', values: [1, 3] },
      { name: 'Tuchtdossiers op orde', values: [null, null] },
    ]);
  });
  it('says in words how each goal moved', () => {
    expect(goalProgressAltText(data().goals)).toBe(
      'Lijngrafiek van de voortgang per doel. Rust en routines: van beneden de verwachting (10 april 2027) naar volgens de verwachting (20 mei 2027). Tuchtdossiers op orde: nog niet beoordeeld.',
    );
    expect(goalProgressAltText([])).toBe('Nog geen voortgang beoordeeld tijdens een bezoek.');
  });
});

describe('a progress report dated before a visit', () => {
  it('announces that visit as planned instead of reporting it as held', () => {
    const report = data();
    report.visits = [...report.visits, { date: '2027-09-20', participants: 'Directie', notes: 'Gepland bezoek.' }];
    const doc = buildProgressReport(report);
    const headings = doc.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    expect(headings).not.toContain('Bezoek van 20 september 2027');
    const texts = doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []));
    expect(texts).toContain('Gepland: bezoek op 20 september 2027.');
    expect(texts.join(' ')).not.toContain('Gepland bezoek.');
  });
});
