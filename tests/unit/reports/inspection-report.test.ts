import { describe, expect, it } from 'vitest';
import { buildInspectionReport, NO_MOTIVATION, NOT_RATED } from '../../../main/reports/inspection-report';
import { plainText, type Block, type FactsBlock, type FigureBlock, type ReportDocument, type TableBlock } from '../../../main/reports/model';
import { fixture, MOTIVATION_CLASSROOM } from './fixture';

const of = <K extends Block['kind']>(doc: ReportDocument, kind: K) =>
  doc.blocks.filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);
const texts = (doc: ReportDocument) =>
  doc.blocks.flatMap((b) => (b.kind === 'paragraph' || b.kind === 'note' ? [plainText(b.runs)] : b.kind === 'heading' ? [b.text] : []));

describe('buildInspectionReport', () => {
  const doc = buildInspectionReport(fixture());

  it('fills the meta data, in Dutch, and marks an unfinished inspection as draft', () => {
    expect(doc.meta.title).toBe('Inspectieverslag Sint-Jozefsinstituut Kortrijk – Zuid');
    expect(doc.meta.subject).toBe('Doorlichting – 12 maart 2027');
    expect(doc.meta.language).toBe('nl-BE');
    expect(doc.meta.draft).toBe(true);
    expect(doc.meta.createdAt).toBe('2027-04-02T09:15:00Z');
    expect(buildInspectionReport(fixture({ status: 'final' })).meta.draft).toBe(false);
    expect(buildInspectionReport(fixture({ status: 'on_site' })).meta.draft).toBe(true);
  });

  it('has the sections of a published doorlichtingsverslag in order, after a table of contents', () => {
    const level1 = of(doc, 'heading').filter((h) => h.level === 1).map((h) => h.text);
    expect(level1).toEqual([
      'Samenvatting',
      'Samenvatting voor ouders',
      'Schoolgegevens en context',
      'Bevindingen per domein',
      'Advies',
      'Wat deze inspectie niet onderzocht',
      'Bijlage: bewijsbasis en werkwijze',
    ]);
    const kinds = doc.blocks.map((b) => b.kind);
    expect(kinds.indexOf('toc')).toBeGreaterThan(kinds.indexOf('facts'));
    expect(kinds.indexOf('toc')).toBeLessThan(kinds.indexOf('heading'));
  });

  it('puts the cover facts first, with Dutch dates and the framework version', () => {
    const facts = Object.fromEntries((doc.blocks[0] as FactsBlock).items.map((f) => [f.label, f.value]));
    expect(facts).toMatchObject({
      School: 'Sint-Jozefsinstituut Kortrijk – Zuid',
      Instellingsnummer: '045678',
      Adres: 'Rijselsestraat 12, 8500 Kortrijk',
      'Soort inspectie': 'Doorlichting',
      'Periode van de inspectie': '12 maart 2027 tot 14 maart 2027',
      Inspectieteam: 'Ann Peeters (teamleider), Jeroen Vandenbroucke (inspecteur), Inès De Smedt (inspecteur)',
      'Datum van het verslag': '2 april 2027',
      'Versie van het verslag': 'Ontwerp',
    });
    expect(facts.Referentiekader).toMatch(/^Referentiekader gedrag en welbevinden \(versie 1\.2\.0\)\. .*referentiekader voor onderwijskwaliteit \(OK\)/);
  });

  it('warns on a draft cover, and not on a final one', () => {
    expect(texts(doc).some((t) => t.startsWith('Ontwerpverslag'))).toBe(true);
    const final = buildInspectionReport(fixture({ status: 'final' }));
    expect(texts(final).some((t) => t.startsWith('Ontwerpverslag'))).toBe(false);
  });

  it('summarises up front: the scope, a chart of all ratings by domain, and the findings grouped by the domain rule', () => {
    expect(texts(doc)).toContain('Het inspectieteam onderzocht 3 indicatoren in 2 domeinen en beoordeelde er 2 van op de ontwikkelingsschaal.');
    const chart = (of(doc, 'figure') as FigureBlock[]).find((f) => f.chart.kind === 'bar')!;
    expect(chart.chart.categories).toEqual(['Klasmanagement', 'Antipestbeleid – preventie en opvolging']);
    const byLevel = Object.fromEntries(chart.chart.series.map((s) => [s.name, s.values]));
    expect(byLevel).toMatchObject({ 'Volgens de verwachting': [1, 0], 'Beneden de verwachting': [0, 1], 'Benadert de verwachting': [0, 0] });
    expect(chart.alt).toContain('Klasmanagement: 1 volgens de verwachting');
    const summary = doc.blocks.slice(0, doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Samenvatting voor ouders'));
    const lists = summary.filter((b) => b.kind === 'bulletList').map((b) => (b as { items: Parameters<typeof plainText>[0][] }).items.map(plainText));
    expect(lists).toEqual([['Rust, routine, regelmaat en relatie in de klas (Klasmanagement)'], ['Meldprocedure en opvolging van pesten (Antipestbeleid – preventie en opvolging)']]);
    expect(texts(doc)).toContain('Geen ontwikkelkansen.');
  });

  it('lists the school years oldest first, with counts under 5 hidden and their rates withheld', () => {
    const table = of(doc, 'table')[0] as TableBlock;
    expect(table.header).toHaveLength(8);
    expect(table.rows.map((r) => r[0])).toEqual(['2019-2020', '2020-2021', '2021-2022', '2022-2023', '2023-2024']);
    const byYear = Object.fromEntries(table.rows.map((r) => [r[0], r]));
    // 2019-2020: 812 pupils, 24 / 7 / 2 → 2,96 and 0,86 per 100; 2 is hidden.
    expect(byYear['2019-2020']).toEqual(['2019-2020', '812', '24', '2,96', '7', '0,86', 'x', '–']);
    // 2020-2021: 4 temporary exclusions hidden, definitive exclusions unknown.
    expect(byYear['2020-2021']).toEqual(['2020-2021', '830', '18', '2,17', 'x', '–', 'n.b.', 'n.b.']);
    expect(byYear['2022-2023'].slice(6)).toEqual(['6', '0,70']);
    expect(table.rows.flat().join(' ')).not.toMatch(/NaN|null|undefined|\d\.\d{2}\b/);
    expect(table.align).toHaveLength(8);
  });

  it('charts the three rates per 100 pupils without the hidden years', () => {
    const figure = (of(doc, 'figure') as FigureBlock[]).find((f) => f.chart.kind === 'line')!;
    expect(figure.chart.kind).toBe('line');
    expect(figure.chart.categories).toEqual(['2019-2020', '2020-2021', '2021-2022', '2022-2023', '2023-2024']);
    expect(figure.chart.series.map((s) => s.name)).toEqual(['Preventieve schorsingen', 'Tijdelijke uitsluitingen', 'Definitieve uitsluitingen']);
    expect(figure.chart.series[0].values).toEqual([2.96, 2.17, 3.67, 4.41, 4.81]);
    expect(figure.chart.series[1].values[1]).toBeNull(); // 4 exclusions: would give the count away
    expect(figure.chart.series[2].values).toEqual([null, null, null, 0.7, null]);
    expect(figure.alt).toContain('Preventieve schorsingen: van 2,96 in 2019-2020 naar 4,81 in 2023-2024');
    expect(figure.caption.length).toBeGreaterThan(10);
  });

  it('reports findings per domain and indicator, with defaults for missing ratings and motivations', () => {
    const headings = of(doc, 'heading').map((h) => `${h.level} ${h.text}`);
    const findings = headings.slice(headings.indexOf('1 Bevindingen per domein') + 1, headings.indexOf('1 Advies'));
    expect(findings).toEqual([
      '2 Klasmanagement',
      '3 Rust, routine, regelmaat en relatie in de klas',
      '3 Gedeelde afspraken over gedrag (één lijn)',
      '2 Antipestbeleid – preventie en opvolging',
      '3 Meldprocedure en opvolging van pesten',
    ]);
    const all = texts(doc);
    expect(all).toContain('Oordeel: Volgens de verwachting (sterkte)');
    expect(all).toContain('Oordeel: Beneden de verwachting (tekort)');
    expect(all.some((t) => t.startsWith('Conclusie: De school moet in dit domein tekorten wegwerken.'))).toBe(true);
    expect(all).toContain(`Oordeel: ${NOT_RATED}`);
    expect(all).toContain(NO_MOTIVATION);
    expect(all).toContain(MOTIVATION_CLASSROOM);
    // The unrated indicator is followed by its defaults, not by another indicator's text.
    const i = all.indexOf('Gedeelde afspraken over gedrag (één lijn)');
    expect(all.slice(i + 1, i + 3)).toEqual([`Oordeel: ${NOT_RATED}`, NO_MOTIVATION]);
  });

  it('keeps the paragraphs of a motivation apart', () => {
    const all = texts(doc);
    const start = all.indexOf('Oordeel: Beneden de verwachting (tekort)');
    expect(all[start + 1]).toBe('Het antipestbeleid is op papier uitgewerkt, maar leerlingen kennen de meldprocedure nauwelijks.');
    expect(all[start + 2]).toMatch(/^De ‘vertrouwenspersoon’ is onvoldoende zichtbaar/);
  });

  it('closes with the annex: evidence base and a method naming the framework', () => {
    const all = texts(doc);
    const after = all.slice(all.indexOf('Werkwijze') + 1);
    expect(after[0]).toContain('Dit verslag steunt op het Referentiekader gedrag en welbevinden (versie 1.2.0)');
    expect(after.join(' ')).toContain('Aantallen van 1 tot 4 leerlingen worden niet gepubliceerd');
  });

  it('copes with a school without figures and an inspection without ratings', () => {
    const data = fixture();
    data.figures = [];
    data.domains = data.domains.map((d) => ({ ...d, indicators: d.indicators.map((i) => ({ ...i, rating: null })) }));
    const bare = buildInspectionReport(data);
    expect(of(bare, 'table')).toHaveLength(0);
    expect(of(bare, 'figure')).toHaveLength(0);
    expect(texts(bare)).toContain('Voor deze school zijn geen schoolgegevens beschikbaar.');
    expect(texts(bare).some((t) => t.includes('beoordeelde er 0 van'))).toBe(true);
    expect(of(bare, 'bulletList')).toHaveLength(0);
  });

  it('is plain data that survives a JSON round trip (no functions, no dates)', () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});
