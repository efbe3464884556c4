import fc from 'fast-check';
import JSZip from 'jszip';
import { layoutDocument } from 'docx/layout';
import { describe, expect, it } from 'vitest';
import { docxDocument, renderDocx, typesetForWord } from '../../../main/reports/docx-renderer';
import { pageFrame, reportBoxes } from '../../../main/reports/docx-pages/boxes';
import { reportPages } from '../../../main/reports/docx-pages/estimator';
import { paginate } from '../../../main/reports/docx-pages/paginate';
import { buildInspectionReport } from '../../../main/reports/inspection-report';
import type { Block, ReportDocument, TextRun } from '../../../main/reports/model';
import { longReport } from '../../helpers/long-report';
import { fixture } from './fixture';

/**
 * The contents' page numbers come from a layout of the report model
 * (docx-pages/), not from docx's layout of the written file. These tests hold
 * the two to the same pages: every paragraph and table of the body starts on
 * the page docx's layout (which follows Word) starts it on.
 */

/**
 * The page (from 1) docx's layout starts each block of the body on, by body
 * index. Where it stops (it has no guess for a few things, such as a table row
 * across pages whose line spacing goes below the page), or says that from a
 * page on its lines may not be Word's (a guess, such as at a table row taller
 * than a page), the blocks from there are left out: there is nothing sure to
 * compare them with. Its guess at Word's own hyphenation is not such a page:
 * it leaves hyphenation out, and so does ours.
 */
function docxPages(doc: ReportDocument): { pages: number[]; complete: boolean } {
  const pages: number[] = [];
  const layout = layoutDocument(docxDocument(doc), { guess: true });
  const unsure = layout.pages.findIndex((page) => (page.guesses ?? []).some((g) => !/may hyphenate/.test(g)));
  const sure = unsure === -1 ? layout.pages : layout.pages.slice(0, unsure);
  sure.forEach((page, p) => {
    for (const block of page.body) pages[block.index] ??= p + 1;
  });
  const complete = !layout.stoppedAt && unsure === -1;
  if (!complete) pages.pop();
  return { pages, complete };
}

/** The first block the two layouts start on different pages, or -1. */
function firstDifference(doc: ReportDocument): { at: number; ours?: number; theirs?: number } {
  const theirs = docxPages(doc);
  const ours = ourPages(doc);
  if (theirs.complete) expect(ours.length, 'one box per paragraph or table of the body').toBe(theirs.pages.length);
  const at = theirs.pages.findIndex((page, i) => page !== ours[i]);
  return { at, ours: ours[at], theirs: theirs.pages[at] };
}

const asWritten = typesetForWord;

function ourPages(doc: ReportDocument): number[] {
  const written = asWritten(doc);
  return paginate(reportBoxes(written), pageFrame(written.meta)).pages;
}

describe('the contents page layout', () => {
  it.each([
    ['the long report (draft, 40 pages, charts, tables split over pages)', () => longReport()],
    ['a draft inspection report', () => buildInspectionReport(fixture())],
    ['a final inspection report', () => buildInspectionReport(fixture({ status: 'final' }))],
  ])('starts every block of %s on the page docx lays it out on', (_name, make) => {
    const difference = firstDifference(make());
    expect(difference.at, `block ${difference.at} starts on page ${difference.ours}, docx: ${difference.theirs}`).toBe(-1);
  }, 60_000);

  it('writes the page numbers of the long report’s contents as docx’s layout finds its headings', async () => {
    const doc = longReport();
    const zip = await JSZip.loadAsync(await renderDocx(doc));
    const xml = await zip.file('word/document.xml')!.async('string');
    const toc = /<w:sdt>.*?<\/w:sdt>/s.exec(xml)![0];
    const written = [...toc.matchAll(/PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t[^>]*>(\d+)</g)].map((m) => Number(m[1]));
    const theirs = docxPages(doc).pages;
    const boxes = reportBoxes(asWritten(doc));
    const headingPages = boxes.flatMap((box, i) => (box.kind === 'paragraph' && box.contentsHeading ? [theirs[i]] : []));
    expect(written.length).toBeGreaterThan(15);
    expect(written).toEqual(headingPages);
    expect(reportPages(asWritten(doc)).pageCount).toBe(Math.max(...theirs));
  }, 60_000);
});

// Words as reports have them: short and long, hyphenated, with numbers, dashes, quotes and diacritics.
const WORDS = [
  'de', 'school', 'leerlingen', 'het', 'team', 'Schoolveranderingen', 'Gedragsexpert', 'klasmanagement', 'antipestbeleid',
  'Sint-Jozefsinstituut', 'CLB-medewerker', '90 kalenderdagen', '15 september 2026', '12,5 %', '–', '‘vertrouwenspersoon’',
  'één', 'naïeve', 'coördinatie', 'e-mail', 'zorg- en leerlingbegeleiding', 'x', '(n = 4)', 'Overstijgt', 'beneden',
  'Gesprek met directie', 'ontwikkelingsschaal', 'onderwijsinspectie.be/doorlichting', 'A'.repeat(70),
];
const text = (min: number, max: number) => fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(' '));
const runs: fc.Arbitrary<TextRun[]> = fc.array(fc.record({ text: text(1, 40), bold: fc.boolean(), italic: fc.boolean() }), { minLength: 1, maxLength: 3 }).map((rs) =>
  rs.map((r, i) => ({ ...r, text: i === 0 ? r.text : ` ${r.text}` })),
);
// A 1×1 PNG: the layout only needs the size it is drawn at.
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));

const block: fc.Arbitrary<Block> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('heading' as const), level: fc.constantFrom(1 as const, 2 as const, 3 as const), text: text(1, 12) }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('paragraph' as const), runs }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('bulletList' as const), items: fc.array(runs, { minLength: 1, maxLength: 8 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('note' as const), runs }) },
  {
    weight: 2,
    arbitrary: fc.integer({ min: 2, max: 5 }).chain((columns) =>
      fc.record({
        kind: fc.constant('table' as const),
        header: fc.array(text(1, 3), { minLength: columns, maxLength: columns }),
        rows: fc.array(fc.array(text(1, 10), { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 25 }),
        widths: fc.option(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: columns, maxLength: columns }), { nil: undefined }),
        caption: fc.option(text(2, 8), { nil: undefined }),
      }),
    ),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('facts' as const), items: fc.array(fc.record({ label: text(1, 3), value: text(1, 20) }), { minLength: 1, maxLength: 8 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('photo' as const),
      image: fc.record({ data: fc.constant(PNG), format: fc.constant('png' as const), width: fc.integer({ min: 40, max: 2000 }), height: fc.integer({ min: 40, max: 2000 }) }),
      alt: fc.constant('Foto'),
      caption: text(2, 10),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'pageBreak' as const }) },
);

const report: fc.Arbitrary<ReportDocument> = fc
  .record({ title: text(2, 14), subject: text(2, 10), draft: fc.boolean(), toc: fc.boolean(), blocks: fc.array(block, { minLength: 3, maxLength: 30 }) })
  .map(({ title, subject, draft, toc, blocks }) => ({
    meta: { title, subject, author: 'Inspectieteam', language: 'nl-BE' as const, draft, createdAt: '2027-03-12T10:00:00.000Z' },
    blocks: toc ? [{ kind: 'toc' as const, title: 'Inhoud' }, { kind: 'pageBreak' as const }, ...blocks] : blocks,
  }));

describe('the contents page layout, on any report', () => {
  it('starts every paragraph and table on the page docx lays it out on', () => {
    fc.assert(
      fc.property(report, (doc) => {
        const difference = firstDifference(doc);
        expect(difference.at, `block ${difference.at} starts on page ${difference.ours}, docx: ${difference.theirs}`).toBe(-1);
      }),
      { numRuns: 60 },
    );
  }, 300_000);
});
