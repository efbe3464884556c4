import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInspectionReport, SECTION_TITLES } from '../../../main/reports/inspection-report';
import { renderPdf } from '../../../main/reports/pdf-renderer';
import { fixture, MOTIVATION_BULLYING, MOTIVATION_CLASSROOM } from './fixture';

/** poppler-utils (pdftotext, pdfinfo): `apt-get install -y --no-install-recommends poppler-utils`. */
function hasPoppler(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const poppler = hasPoppler();
if (!poppler && process.env.CI) throw new Error('pdftotext (poppler-utils) is missing: CI must install it');
if (!poppler) console.warn('pdftotext not found: the PDF text tests are skipped (install poppler-utils)');

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('renderPdf', () => {
  const dir = mkdtempSync(join(tmpdir(), 'doorlicht-pdf-'));
  let draft: Buffer;
  let final: Buffer;
  const pdfText = (pdf: Buffer, name: string, layout = false) => {
    const file = join(dir, `${name}.pdf`);
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', ...(layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' });
  };

  beforeAll(async () => {
    draft = await renderPdf(buildInspectionReport(fixture()));
    final = await renderPdf(buildInspectionReport(fixture({ status: 'final' })));
  }, 30_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is a PDF', () => {
    expect(draft.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(draft.subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/);
  });

  it('is reproducible: the same model gives the same bytes (export hashes can be checked)', async () => {
    const again = await renderPdf(buildInspectionReport(fixture()));
    expect(again.equals(draft)).toBe(true);
    expect(again.equals(final)).toBe(false);
  });

  it('declares its language, shows its title and has nested bookmarks', () => {
    const raw = draft.toString('latin1'); // object dictionaries are not compressed
    expect(raw).toContain('/Lang (nl-BE)');
    expect(raw).toContain('/DisplayDocTitle true');
    expect(raw).toMatch(/\/Outlines \d+ 0 R/);
    expect(raw).toContain('/Title (Samenvatting)');
    expect(raw).toContain('/Title (Klasmanagement)');
  });

  it.skipIf(!poppler)('contains the school, the motivations and every section heading as text', () => {
    const text = oneLine(pdfText(draft, 'draft'));
    expect(text).toContain('Sint-Jozefsinstituut Kortrijk – Zuid');
    expect(text).toContain(oneLine(MOTIVATION_CLASSROOM));
    expect(text).toContain('naïeve en kwetsbare leerlingen');
    expect(text).toContain(oneLine(MOTIVATION_BULLYING.split('\n\n')[0]));
    for (const title of Object.values(SECTION_TITLES)) expect(text).toContain(title);
    expect(text).toContain('12 maart 2027');
    expect(text).toContain('Nog niet beoordeeld');
  });

  it.skipIf(!poppler)('has a table of contents with page numbers, and "Pagina X van Y" footers', () => {
    // -layout keeps each TOC entry on one line with its page number (the watermark scatters plain output).
    const pages = pdfText(draft, 'toc', true).split('\f').filter((p) => p.trim().length > 0);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, i) => expect(page).toContain(`Pagina ${i + 1} van ${pages.length}`));
    const tocPage = pages.find((p) => /^\s*Inhoud\s*$/m.test(p));
    expect(tocPage, 'a page with the table of contents').toBeDefined();
    const entries = [...tocPage!.matchAll(/^\s*(\S.*?)\s{2,}(\d+)\s*$/gm)].map((m) => ({ title: m[1], page: Number(m[2]) }));
    // Levels 1 and 2 only: the contents stays proportionate.
    const doc = buildInspectionReport(fixture());
    expect(entries.map((e) => e.title)).toEqual(doc.blocks.flatMap((b) => (b.kind === 'heading' && b.level <= 2 ? [b.text] : [])));
    // Each entry points at the page its heading is really on.
    const tocPageNumber = pages.indexOf(tocPage!) + 1;
    for (const e of entries) {
      expect(e.page, `${e.title} must not point at the contents page`).not.toBe(tocPageNumber);
      expect(pages[e.page - 1], `${e.title} on page ${e.page}`).toContain(e.title);
    }
  });

  it.skipIf(!poppler)('shows the figures table with hidden small counts and the chart text (vector SVG)', () => {
    const text = oneLine(pdfText(draft, 'figures'));
    expect(text).toMatch(/2019-2020 812 24 2,96 7 0,86 x –/);
    // The chart's title, axis label and legend are real text, not pixels.
    expect(text).toContain('Tuchtmaatregelen per 100 leerlingen');
    expect(text).toContain('Aantal per 100 leerlingen');
  });

  it.skipIf(!poppler)('marks a draft ONTWERP and a final report not, with document info set', () => {
    expect(pdfText(draft, 'd')).toContain('ONTWERP');
    expect(pdfText(final, 'f')).not.toContain('ONTWERP');
    const file = join(dir, 'info.pdf');
    writeFileSync(file, final);
    const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
    expect(info).toMatch(/^Title:\s+Inspectieverslag Sint-Jozefsinstituut Kortrijk – Zuid$/m);
    expect(info).toMatch(/^Author:\s+Onderwijsinspectie Vlaanderen$/m);
    expect(info).toMatch(/^Subject:\s+Doorlichting – 12 maart 2027$/m);
    expect(info).toMatch(/^CreationDate:.*Apr.*2027/m); // the export time from the model, not the clock
  });
});
