import { describe, expect, it } from 'vitest';
import { buildInspectionReport } from '../../../main/reports/inspection-report';
import { plainText, type Block, type ReportDocument, type TableBlock } from '../../../main/reports/model';
import { fixture } from './fixture';

const text = (doc: ReportDocument) =>
  doc.blocks.flatMap((b) => (b.kind === 'paragraph' || b.kind === 'note' ? [plainText(b.runs)] : b.kind === 'heading' ? [b.text] : b.kind === 'bulletList' ? b.items.map(plainText) : []));
const tables = (doc: ReportDocument) => doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
const after = (doc: ReportDocument, headingText: string): Block[] => doc.blocks.slice(doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === headingText) + 1);

function richData() {
  const data = fixture({ status: 'final' });
  const first = data.domains[0].indicators[0];
  Object.assign(first, {
    strengths: 'Leraren starten elke les met een vaste routine.',
    opportunities: 'Overgangen tussen activiteiten kunnen vlotter.',
    shortcomings: '',
    recommendations: 'Deel de startroutine met nieuwe collega’s.',
  });
  Object.assign(data.domains[1].indicators[0], { shortcomings: 'Meldingen van pesten worden niet opgevolgd.\n\nOuders krijgen geen terugkoppeling.' });
  data.signals = [{ title: 'Preventieve schorsingen', explanation: 'Ruim boven de mediaan van vergelijkbare scholen.', severity: 'hoog', action: 15 }];
  data.climate = { quadrant: 'Autoritatief', explanation: 'Hoge responsiviteit en hoge academische veeleisendheid.' };
  data.disciplinarySample = { files: 8, compliant: 6, shortfalls: { guidance: 1, hearing: 0, classCouncil: 2, clb: 1, handover: 0 } };
  data.surveys = [
    { label: 'Leerlingen die zich veilig en gerespecteerd voelen', yes: 180, total: 240 },
    { label: 'Personeel met genoeg tijd en ruimte om les te geven', yes: 3, total: 4 },
  ];
  data.advice = {
    code: '2A',
    regulation: { '1': 'gunstig advies', '2A': 'gunstig advies met de verplichting om te werken aan de tekorten', '2B': 'ongunstig advies met de mogelijkheid om te verzoeken dat de procedure tot intrekking niet wordt opgestart', '3': 'ongunstig advies' },
    terms: { reactionDays: 14, boardRequestDays: 30, newInspectionMinDays: 90 },
    proposedLabel: 'Advies 2A — gunstig met tekorten',
    reasons: ['Er zijn tekorten die de school moet wegwerken.'],
    boardDeadline: null,
    earliestNewInspection: null,
    nextRegularInspection: '2033-04-02',
    guidanceObliged: false,
    label: 'Advies 2A — gunstig met tekorten',
    summary: 'De school blijft erkend en moet de tekorten wegwerken.',
    departsFromProposal: true,
    motivation: 'Het team heeft al een plan van aanpak.',
    reportDate: '2027-04-02',
    consequences: ['De school blijft erkend.', 'Volgende reguliere doorlichting: 2 april 2033.'],
  };
  data.evidence = [
    { source: 'Documentanalyse', count: 12 },
    { source: 'Klasobservatie', count: 9 },
    { source: 'Gesprek met leerlingen', count: 0 },
  ];
  return data;
}
const rich = () => buildInspectionReport(richData());

describe('inspection report sections', () => {
  const doc = rich();

  it('writes the texts drafted beside a rating, each labelled, keeping paragraphs', () => {
    const all = text(doc);
    expect(all).toContain('Sterktes: Leraren starten elke les met een vaste routine.');
    expect(all).toContain('Ontwikkelkansen: Overgangen tussen activiteiten kunnen vlotter.');
    expect(all).toContain('Tekort (bindend): Meldingen van pesten worden niet opgevolgd.');
    expect(all).toContain('Ouders krijgen geen terugkoppeling.');
    expect(all.filter((t) => t.startsWith('Tekort (bindend):'))).toHaveLength(1);
  });

  it('gives the climate quadrant, the file sample as shares and the surveys with small counts hidden', () => {
    const all = text(doc);
    expect(all).toContain('Kwadrant: Autoritatief. Hoge responsiviteit en hoge academische veeleisendheid.');
    expect(all).toContain('Dossiers volledig in orde: 6 van 8 (75 %)');
    // Files are not pupils: the sample is shown as it is, zeros included.
    expect(all).toContain('Zonder begeleidende maatregel en zonder reden: 1 van 8 (13 %)');
    expect(all).toContain('Procedure niet gevolgd: verhoor 0, klassenraad 2, CLB 1 dossiers');
    const survey = tables(doc).find((t) => t.header[0] === 'Vraag')!;
    expect(survey.rows).toEqual([
      ['Leerlingen die zich veilig en gerespecteerd voelen', '180', '240', '75 %'],
      ['Personeel met genoeg tijd en ruimte om les te geven', 'x', 'x', '–'],
    ]);
  });

  it('states the advice with its consequences, the motivation when it departs from the proposal, and every recommendation', () => {
    const section = after(doc, 'Advies');
    const sectionText = section.flatMap((b) => (b.kind === 'paragraph' ? [plainText(b.runs)] : b.kind === 'bulletList' ? b.items.map(plainText) : b.kind === 'heading' ? [b.text] : []));
    expect(sectionText.slice(0, 3)).toEqual([
      'Advies 2A — gunstig met tekorten (gunstig advies met de verplichting om te werken aan de tekorten)',
      'De school blijft erkend en moet de tekorten wegwerken.',
      'Datum van het verslag: 2 april 2027',
    ]);
    expect(sectionText).toContain('Er zijn tekorten die de school moet wegwerken.');
    expect(sectionText).toContain('Volgende reguliere doorlichting: 2 april 2033.');
    expect(sectionText).toContain('Het team heeft al een plan van aanpak.');
    expect(sectionText).toContain('Rust, routine, regelmaat en relatie in de klas: Deel de startroutine met nieuwe collega’s.');
    expect(text(doc)).toContain('Advies 2A — gunstig met tekorten: de school blijft erkend en moet de tekorten wegwerken.');
  });

  it('lists the data signals and the evidence base by kind of source with a total, leaving out kinds without evidence', () => {
    expect(text(doc)).toContain('Preventieve schorsingen (hoog, actie 15). Ruim boven de mediaan van vergelijkbare scholen.');
    const evidence = tables(doc).find((t) => t.header[0] === 'Soort bron')!;
    expect(evidence.rows).toEqual([['Documentanalyse', '12'], ['Klasobservatie', '9'], ['Bewijsstukken samen', '21'], ['Bekeken tuchtdossiers', '8'], ['Bevragingen', '2']]);
  });

  it('lists every binding tekort with its deadline, and only those', () => {
    const table = tables(doc).find((t) => t.header[1] === 'Tekort')!;
    expect(table.rows).toEqual([['Meldprocedure en opvolging van pesten', 'Meldingen van pesten worden niet opgevolgd. Ouders krijgen geen terugkoppeling.', 'bij de volgende doorlichting, uiterlijk 2 april 2033']]);
    expect(table.caption).toMatch(/^Tabel \d+\. Bindende tekorten/);
  });

  it('never prints a tekort under an indicator that only approaches the expectation', () => {
    const data = fixture({ status: 'final' });
    Object.assign(data.domains[0].indicators[0], { rating: 'benadert', shortcomings: 'Dit mag nergens staan.' });
    const all = text(buildInspectionReport(data));
    expect(all.join(' ')).not.toContain('Dit mag nergens staan.');
    expect(all).toContain('Oordeel: Benadert de verwachting (ontwikkelkans)');
  });

  it('states the school’s rights with their term, and explains 2A and 2B in the regulation’s words', () => {
    const all = text(doc).join(' ');
    expect(all).toContain('uiterlijk op 16 april 2027, schriftelijk melden welke feiten in het ontwerpverslag niet kloppen');
    expect(all).toContain('vragen het verslag met het inspectieteam te bespreken');
    expect(all).toContain('“ongunstig advies met de mogelijkheid om te verzoeken dat de procedure tot intrekking niet wordt opgestart”');
  });

  it('takes every term it states from the advice catalogue’s terms, not from its own constants', () => {
    const other = richData();
    other.advice = { ...other.advice!, terms: { reactionDays: 21, boardRequestDays: 45, newInspectionMinDays: 120 } };
    const all = text(buildInspectionReport(other)).join(' ');
    expect(all).toContain('binnen 21 kalenderdagen na de datum van het verslag, dus uiterlijk op 23 april 2027');
    expect(all).toContain('tenzij het schoolbestuur binnen 45 dagen vraagt');
    expect(all).toContain('ten vroegste 120 kalenderdagen na het verslag');
  });

  it('numbers tables and figures in reading order', () => {
    const captions = doc.blocks.flatMap((b) => (b.kind === 'table' && b.caption ? [b.caption] : b.kind === 'figure' ? [b.caption] : []));
    const numbers = (word: string) => captions.filter((c) => c.startsWith(word)).map((c) => Number(/^\w+ (\d+)\./.exec(c)![1]));
    expect(numbers('Tabel')).toEqual(numbers('Tabel').map((_, i) => i + 1));
    expect(numbers('Figuur')).toEqual(numbers('Figuur').map((_, i) => i + 1));
    expect(captions.every((c) => /^(Tabel|Figuur) \d+\. /.test(c))).toBe(true);
  });

  it('says plainly when there is no advice, no signal and no evidence yet', () => {
    const bare = buildInspectionReport(fixture());
    const all = text(bare);
    expect(all).toContain('Het inspectieteam heeft nog geen advies vastgelegd.');
    expect(all).toContain('De gegevens van de school gaven geen opvallende signalen ten opzichte van vergelijkbare scholen.');
    expect(all).toContain('Er is geen bewijsmateriaal geregistreerd.');
    expect(all).toContain('Geen aanbevelingen.');
  });
});
