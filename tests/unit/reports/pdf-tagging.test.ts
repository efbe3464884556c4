import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInspectionReport } from '../../../main/reports/inspection-report';
import type { ReportDocument } from '../../../main/reports/model';
import { renderPdf } from '../../../main/reports/pdf-renderer';
import { actualTexts, altTexts, structureWithText, xmp } from '../../helpers/pdf-structure';
import { fixture } from './fixture';

const tools = ['pdfinfo', 'qpdf'].every((t) => spawnSync('sh', ['-c', `command -v ${t}`]).status === 0);
if (!tools && process.env.CI) throw new Error('pdfinfo (poppler-utils) and qpdf must be installed in CI');
// Soft hyphens are where the PDF may break a word (typography.ts); the words are whole without them.
const squash = (s: string) => s.replace(/\u00AD/g, '').replace(/\s+/g, ' ').trim();

describe.skipIf(!tools)('the PDF is tagged with a real structure tree', () => {
  const dir = mkdtempSync(join(tmpdir(), 'doorlicht-tagged-'));
  let model: ReportDocument;
  let draftFile: string;
  let finalFile: string;

  beforeAll(async () => {
    model = buildInspectionReport(fixture());
    draftFile = join(dir, 'draft.pdf');
    finalFile = join(dir, 'final.pdf');
    writeFileSync(draftFile, await renderPdf(model));
    writeFileSync(finalFile, await renderPdf(buildInspectionReport(fixture({ status: 'final' }))));
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says so, and in Dutch (Belgium) with its title', () => {
    const info = execFileSync('pdfinfo', [draftFile], { encoding: 'utf8' });
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Inspectieverslag/m);
    expect(info).toMatch(/^PDF version:\s+1\.7$/m);
  });

  it('lists every heading of the model as H1–H3, in reading order, after the title', () => {
    const tree = structureWithText(draftFile);
    const headings = tree.filter((n) => /^H[1-3]$/.test(n.type)).map((n) => `${n.type} ${squash(n.text)}`);
    const expected = [
      `H1 ${model.meta.title}`,
      ...model.blocks.flatMap((b) => (b.kind === 'heading' ? [`H${b.level} ${b.text}`] : b.kind === 'toc' ? [`H1 ${b.title}`] : [])),
    ];
    expect(headings).toEqual(expected);
  });

  it('has paragraphs with the text, lists with items, tables with header cells and a TOC', () => {
    const tree = structureWithText(draftFile);
    const types = new Set(tree.map((n) => n.type));
    for (const type of ['Document', 'P', 'L', 'LI', 'LBody', 'Table', 'TR', 'TH', 'TD', 'Caption', 'TOC', 'TOCI', 'Figure']) expect(types, type).toContain(type);
    const paragraphs = tree.filter((n) => n.type === 'P').map((n) => squash(n.text));
    const modelParagraphs = model.blocks.flatMap((b) => (b.kind === 'paragraph' ? [squash(b.runs.map((r) => r.text).join(''))] : []));
    for (const text of modelParagraphs) expect(paragraphs).toContain(text);
    const tocEntries = tree.filter((n) => n.type === 'TOCI').map((n) => squash(n.text).replace(/\s*\d+$/, ''));
    expect(tocEntries).toEqual(model.blocks.flatMap((b) => (b.kind === 'heading' && b.level <= 2 ? [b.text] : [])));
  });

  it('gives every chart a Figure with the model’s alt text', () => {
    const figures = model.blocks.flatMap((b) => (b.kind === 'figure' ? [b.alt] : []));
    expect(figures.length).toBeGreaterThan(0);
    expect(altTexts(draftFile, 'Figure')).toEqual(figures);
  });

  it('keeps running header, footer and the draft watermark out of the structure (artifacts)', () => {
    const all = structureWithText(draftFile).map((n) => n.text).join(' ');
    expect(all).not.toContain('ONTWERP');
    expect(all).not.toMatch(/Pagina \d+ van/);
  });

  it('reads hyphenated table cells whole (ActualText without the soft hyphens), each header once', () => {
    const headers = actualTexts(draftFile, 'TH');
    // Tables 1 and 2 each have one "Schooljaar" column header: a header row repeated on a later page is not read again.
    expect(headers.filter((t) => t === 'Schooljaar')).toHaveLength(2);
    expect(headers).toContain('Schoolveranderingen');
    expect(headers.every((t) => t === null || !t.includes('\u00AD'))).toBe(true);
  });

  it('identifies a final report as PDF/A-2a and a draft as PDF/UA in its XMP metadata', () => {
    const final = xmp(finalFile);
    expect(final).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(final).toMatch(/<pdfaid:conformance>A<\/pdfaid:conformance>/);
    expect(xmp(draftFile)).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
  });
});
