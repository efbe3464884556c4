import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../main/reports/docx-renderer';
import { buildInspectionReport, SECTION_TITLES } from '../../../main/reports/inspection-report';
import { fixture, MOTIVATION_CLASSROOM } from './fixture';

async function open(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const text = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} missing from the docx`);
    return file.async('string');
  };
  return { zip, text };
}

/** Assertions on whole XML parts that report the needle, not 100 kB of XML, when they fail. */
function has(xml: string, needle: string | RegExp, expected = true): void {
  const found = typeof needle === 'string' ? xml.includes(needle) : needle.test(xml);
  expect(found, `${expected ? 'expected' : 'did not expect'} to find ${String(needle)}`).toBe(expected);
}

/** The text Word shows, without the XML around it. */
const visible = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('renderDocx', () => {
  let draft: Awaited<ReturnType<typeof open>>;
  let final: Awaited<ReturnType<typeof open>>;
  let documentXml: string;

  beforeAll(async () => {
    const buffer = await renderDocx(buildInspectionReport(fixture()));
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    draft = await open(buffer);
    final = await open(await renderDocx(buildInspectionReport(fixture({ status: 'final' }))));
    documentXml = await draft.text('word/document.xml');
  }, 30_000);

  it('contains the school name, Dutch date and motivations as text', () => {
    const text = visible(documentXml);
    has(text, 'Sint-Jozefsinstituut Kortrijk – Zuid');
    has(text, '12 maart 2027');
    has(text, MOTIVATION_CLASSROOM);
    has(text, 'Inès De Smedt');
    has(text, 'Nog niet beoordeeld');
  });

  it("uses Word's heading styles, so the navigation pane and TOC work", () => {
    has(documentXml, '<w:pStyle w:val="Title"/>');
    for (const level of [1, 2, 3]) has(documentXml, `<w:pStyle w:val="Heading${level}"/>`);
    const heading1 = [...documentXml.matchAll(/<w:pStyle w:val="Heading1"\/>.*?<\/w:p>/g)].map((m) => visible(m[0]));
    expect(heading1).toEqual(Object.values(SECTION_TITLES));
  });

  it('has a table of contents field over heading levels 1–2, which Word updates on opening', async () => {
    has(documentXml, /<w:instrText[^>]*>\s*TOC [^<]*\\o &quot;1-2&quot;/);
    const settings = await draft.text('word/settings.xml');
    has(settings, /<w:updateFields( w:val="(true|1)")?\/>/);
    has(settings, /<w:autoHyphenation( w:val="(true|1)")?\/>/);
    has(documentXml, '<w:docPartGallery w:val="Table of Contents"/>');
    // Filled in already (page numbers estimated), so readers see a TOC before Word updates fields.
    has(documentXml, /PAGEREF _Toc\d+/);
    const toc = /<w:sdt>.*?<\/w:sdt>/s.exec(documentXml)?.[0] ?? '';
    const entries = [...toc.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((p) => visible(p[0])).filter((t) => t.trim());
    expect(entries.length).toBeGreaterThan(5);
    for (const entry of entries) expect(entry, 'a contents entry with its page number').toMatch(/\D\d+$/);
  });

  it('draws the figures table with a repeating header row and the hidden counts', () => {
    has(documentXml, '<w:tblHeader/>');
    const text = visible(documentXml);
    has(text, 'Preventieve schorsingen');
    has(documentXml, /<w:t[^>]*>x<\/w:t>/); // hidden counts, all with the one mark
    has(text, '2,96');
  });

  it('embeds the chart as a PNG with alt text', async () => {
    const media = Object.keys(draft.zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(2); // the ratings at a glance and the disciplinary rates
    expect(media[0]).toMatch(/\.png$/);
    const png = await draft.zip.file(media[0])!.async('nodebuffer');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const docPr = [...documentXml.matchAll(/<wp:docPr [^>]*>/g)].map((m) => m[0]).find((d) => d.includes('Tuchtmaatregelen')) ?? '';
    expect(docPr).toContain('title="Tuchtmaatregelen per 100 leerlingen"');
    expect(docPr).toMatch(/descr="Lijngrafiek van tuchtmaatregelen[^"]*2,96/);
    const rels = await draft.text('word/_rels/document.xml.rels');
    expect(rels).toContain(media[0].replace('word/', ''));
  });

  it('puts the title and page numbers "Pagina X van Y" in header and footer', async () => {
    const header = await draft.text('word/header1.xml');
    expect(visible(header)).toContain('Inspectieverslag Sint-Jozefsinstituut Kortrijk – Zuid');
    const footer = await draft.text('word/footer1.xml');
    expect(visible(footer)).toMatch(/^Pagina .*van/);
    has(footer, />\s*PAGE\s*</);
    has(footer, />\s*NUMPAGES\s*</);
  });

  it('marks a draft "ONTWERP" in the header, and a final report not', async () => {
    has(await draft.text('word/header1.xml'), 'ONTWERP');
    has(await final.text('word/header1.xml'), 'ONTWERP', false);
    has(visible(documentXml), 'ONTWERP', false); // the mark is in the header, not in the body text
  });

  it('is in Dutch (Belgium) and carries the document properties', async () => {
    has(await draft.text('word/styles.xml'), '<w:lang w:val="nl-BE"/>');
    const core = await draft.text('docProps/core.xml');
    expect(core).toContain('<dc:title>Inspectieverslag Sint-Jozefsinstituut Kortrijk – Zuid</dc:title>');
    expect(core).toContain('<dc:subject>Doorlichting – 12 maart 2027</dc:subject>');
    expect(core).toContain('<dc:creator>Onderwijsinspectie Vlaanderen</dc:creator>');
  });
});
