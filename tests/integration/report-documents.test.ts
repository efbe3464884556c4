import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { renderReport } from '../../main/reports';
import type { ReportDocument } from '../../main/reports/model';
import { longReport } from '../helpers/long-report';

/**
 * The long report (60 indicators, 300 evidence items, 8 charts) opened the
 * way a user's tools would: LibreOffice converts the .docx, poppler reads the
 * .pdf. CI installs both; locally a missing tool is named, not skipped quietly.
 */
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const inCi = Boolean(process.env.CI);
for (const tool of ['soffice', 'pdftotext', 'pdffonts', 'pdfinfo']) {
  if (!has(tool)) {
    if (inCi) throw new Error(`${tool} is missing: CI must install libreoffice-writer and poppler-utils`);
    console.warn(`${tool} not found: install libreoffice-writer / poppler-utils to run the document checks`);
  }
}
const tools = has('soffice') && has('pdftotext') && has('pdffonts');

let dir: string;
let doc: ReportDocument;
let docxFile: string;
let pdfFile: string;
const oneLine = (s: string) => s.replace(/\s+/g, ' ');
const xmlAlt = (xml: string) => [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]).join(' ');
const headings = () => doc.blocks.flatMap((b) => (b.kind === 'heading' && b.level <= 2 ? [b.text] : []));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'doorlicht-docs-'));
  doc = longReport();
  docxFile = join(dir, 'verslag.docx');
  pdfFile = join(dir, 'verslag.pdf');
  writeFileSync(docxFile, await renderReport(doc, 'docx'));
  writeFileSync(pdfFile, await renderReport(doc, 'pdf'));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the long report', () => {
  it('has 60 indicators and 11 charts in its model (8 line charts, 2 peer bands and the ratings at a glance)', () => {
    expect(doc.blocks.filter((b) => b.kind === 'heading' && b.level === 3)).toHaveLength(60);
    expect(doc.blocks.filter((b) => b.kind === 'figure')).toHaveLength(11);
  });

  it('docx: 11 images with alt text in the package', async () => {
    const zip = await JSZip.loadAsync(readFileSync(docxFile));
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))).toHaveLength(11);
    expect(xmlAlt(await zip.file('word/document.xml')!.async('string'))).toContain('Staafgrafiek van de oordelen per domein');
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml.match(/<wp:docPr [^>]*descr="Lijngrafiek van/g)).toHaveLength(8);
    expect(xml.match(/<wp:docPr [^>]*descr="Lijngrafiek [^"]*vergelijkbare scholen: mediaan/g)).toHaveLength(2);
  });

  it.skipIf(!tools)('docx: LibreOffice opens and converts it, and every section heading is in the converted text', () => {
    const profile = join(dir, 'lo-profile');
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'lo'), docxFile], { timeout: 180_000, stdio: 'pipe' });
    const converted = oneLine(execFileSync('pdftotext', [join(dir, 'lo', 'verslag.pdf'), '-'], { encoding: 'utf8' }));
    for (const title of headings()) expect(converted, title).toContain(title);
    expect(converted).toContain('Technisch Instituut Sint-Lucas – Campus Oost');
    // No blank page: each page has more than its running header and footer.
    const pages = execFileSync('pdftotext', ['-layout', join(dir, 'lo', 'verslag.pdf'), '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
    pages.forEach((page, i) => {
      const body = page.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !/^Pagina \d+ van \d+$/.test(l) && !l.startsWith('Inspectieverslag'));
      expect(body.length, `page ${i + 1} is blank`).toBeGreaterThan(0);
    });
  }, 200_000);

  it.skipIf(!tools)('pdf: valid, fonts embedded, with an outline, every section heading and a footer on each page', () => {
    const info = execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(20);
    const fonts = execFileSync('pdffonts', [pdfFile], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
    expect(fonts.length).toBeGreaterThan(0);
    // Column "emb" is the third-to-last yes/no column in pdffonts' table.
    for (const line of fonts) expect(line.split(/\s+/).slice(-5, -4)[0], line).toBe('yes');
    const raw = readFileSync(pdfFile).toString('latin1');
    expect(raw).toMatch(/\/Outlines \d+ 0 R/);
    const text = execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' });
    for (const title of headings()) expect(oneLine(text), title).toContain(title);
    expect(text).toContain(`Pagina ${pages} van ${pages}`);
  });

  it.skipIf(!tools)('pdf: no heading stands alone at the foot of a page', () => {
    const all = new Set(doc.blocks.flatMap((b) => (b.kind === 'heading' ? [oneLine(b.text)] : [])));
    const pages = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
    pages.forEach((page, i) => {
      const lines = page.split('\n').map((l) => oneLine(l.replace(/\u00AD/g, ''))).filter((l) => l !== '' && !/^Pagina \d+ van \d+$/.test(l));
      expect(all.has(lines[lines.length - 1]), `page ${i + 1} ends with the heading "${lines[lines.length - 1]}"`).toBe(false);
    });
  });
});
