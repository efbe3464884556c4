import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { heightBound } from '../../../main/reports/pdf-keep';
import { renderPdf } from '../../../main/reports/pdf-renderer';
import { BODY_HEIGHT } from '../../../main/reports/pdf-style';
import { heading, paragraph, type Block, type ReportDocument } from '../../../main/reports/model';

/**
 * pdf-keep.ts keeps headings with what follows in pdfmake's one layout, with
 * unbreakable blocks, which pdfmake drops whole when they are taller than a
 * page. These tests render real PDFs and read them back with poppler.
 */

const dir = mkdtempSync(join(tmpdir(), 'doorlicht-pdf-keep-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

interface Word {
  page: number;
  yMin: number;
  yMax: number;
  text: string;
}

/** Every word of the PDF with its page and vertical place (pdftotext -bbox). */
async function words(doc: ReportDocument): Promise<Word[]> {
  const file = join(dir, `keep-${n++}.pdf`);
  writeFileSync(file, await renderPdf(doc));
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const out: Word[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
    if (m) out.push({ page, yMin: Number(m[1]), yMax: Number(m[2]), text: m[3] });
  }
  return out;
}

const report = (blocks: Block[]): ReportDocument => ({
  meta: { title: 'Proef', subject: 'Bladschikking', author: 'Inspectieteam', language: 'nl-BE', draft: false, createdAt: '2027-03-12T10:00:00.000Z' },
  blocks,
});

/** The first page (not the last) whose lowest word is a heading, or undefined. */
async function headingAtPageFoot(blocks: Block[]): Promise<number | undefined> {
  const all = (await words(report(blocks))).filter((w) => !/^(Pagina|\d+|van|Proef)$/.test(w.text));
  const pages = new Map<number, Word[]>();
  for (const w of all) pages.set(w.page, [...(pages.get(w.page) ?? []), w]);
  const last = Math.max(...pages.keys());
  for (const [page, list] of pages) {
    if (page === last) continue;
    const lowest = list.reduce((a, b) => (b.yMax > a.yMax ? b : a));
    if (/^KOP\d$/.test(lowest.text)) return page;
  }
  return undefined;
}

const WORDS = ['de', 'school', 'leerlingen', 'klasmanagement', 'Schoolveranderingen', 'antipestbeleid', 'één', '90 kalenderdagen', 'Gedragsexpert', 'W', 'mmmm'];
const text = (min: number, max: number) => fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(' '));
const block: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ kind: fc.constant('paragraph' as const), runs: fc.array(fc.record({ text: text(1, 60), bold: fc.boolean() }), { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant('bulletList' as const), items: fc.array(text(1, 30).map((t) => [{ text: t }]), { minLength: 1, maxLength: 12 }) }),
  fc.record({ kind: fc.constant('note' as const), runs: text(1, 80).map((t) => [{ text: t }]) }),
  fc.integer({ min: 2, max: 4 }).chain((columns) =>
    fc.record({
      kind: fc.constant('table' as const),
      header: fc.array(text(1, 2), { minLength: columns, maxLength: columns }),
      rows: fc.array(fc.array(text(1, 25), { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 14 }),
      caption: fc.option(text(2, 6), { nil: undefined }),
    }),
  ),
);

describe('keeping blocks together in the PDF', () => {
  it('never drops a table taller than a page, short in rows or not', async () => {
    const long = 'Het antipestbeleid wordt opgevolgd door een werkgroep die elke maand samenkomt en de meldingen bespreekt. '.repeat(5);
    const rows = Array.from({ length: 14 }, (_, i) => [`Rij${i + 1}`, long]);
    const found = new Set((await words(report([heading(2, 'Tabel'), { kind: 'table', header: ['Nr', 'Toelichting'], rows, caption: 'Een lange tabel' }]))).map((w) => w.text));
    for (const [nr] of rows) expect(found.has(nr), `${nr} is in the PDF`).toBe(true);
  }, 30_000);

  it('bounds every block from above: one kept whole always fits on its page', async () => {
    // The two marks with nothing between them: what their own lines and spacing take.
    const marksOnly = async (blocks: Block[]) => {
      const all = await words(report([paragraph('STARTMARK'), ...blocks, paragraph('ENDMARK')]));
      return { start: all.find((w) => w.text === 'STARTMARK')!, end: all.find((w) => w.text === 'ENDMARK')! };
    };
    const bare = await marksOnly([]);
    const gap = bare.end.yMin - bare.start.yMax;
    await fc.assert(
      fc.asyncProperty(block, async (b) => {
        const { start, end } = await marksOnly([b]);
        const bound = heightBound(b);
        if (bound > BODY_HEIGHT / 2) return;
        expect(end.page, 'a block bounded under half a page fits below the start mark').toBe(start.page);
        expect(end.yMin - start.yMax - gap, 'the block is no taller than its bound').toBeLessThanOrEqual(bound + 0.5);
      }),
      { numRuns: 30 },
    );
  }, 120_000);

  it('keeps a run of headings with a short captioned table below them, also when both are too tall to be kept whole', async () => {
    // Found by the property below in CI (seed 1731908704, shrunk): the table was kept whole on its own, moved on, and left four headings behind.
    const blocks = JSON.parse(String.raw`[{"kind": "table", "header": ["de", "de"], "rows": [["de", "de"], ["Gedragsexpert Gedragsexpert 90 kalenderdagen klasmanagement Schoolveranderingen de klasmanagement mmmm", "de"], ["de", "de"]], "caption": "de de"}, {"kind": "note", "runs": [{"text": "de"}]}, {"kind": "heading", "level": 1, "text": "KOP1"}, {"kind": "heading", "level": 1, "text": "KOP1"}, {"kind": "heading", "level": 1, "text": "KOP1"}, {"kind": "heading", "level": 1, "text": "KOP1"}, {"kind": "table", "header": ["de", "de", "de"], "rows": [["school 90 kalenderdagen de klasmanagement Gedragsexpert de de klasmanagement de Gedragsexpert school", "de", "de"], ["de", "de", "90 kalenderdagen mmmm de leerlingen"], ["mmmm school klasmanagement school mmmm de mmmm de school de", "de", "de"], ["de", "de", "de de leerlingen één 90 kalenderdagen Schoolveranderingen"], ["de", "klasmanagement Schoolveranderingen Schoolveranderingen klasmanagement klasmanagement mmmm Schoolveranderingen Gedragsexpert de", "de"]], "caption": "de de"}, {"kind": "table", "header": ["de", "de"], "rows": [["de", "de"]]}, {"kind": "note", "runs": [{"text": "de"}]}, {"kind": "table", "header": ["de", "de"], "rows": [["de", "de"]]}, {"kind": "table", "header": ["de", "de"], "rows": [["de", "de"]]}, {"kind": "heading", "level": 1, "text": "KOP1"}, {"kind": "bulletList", "items": [[{"text": "de"}]]}]`) as Block[];
    expect(await headingAtPageFoot(blocks)).toBeUndefined();
  }, 30_000);

  it('never leaves a heading, or a run of headings, at the foot of a page', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(block, fc.constantFrom(...[1, 2, 3].map((l) => heading(l as 1 | 2 | 3, `KOP${l}`)))), { minLength: 8, maxLength: 30 }), async (blocks) => {
        expect(await headingAtPageFoot(blocks)).toBeUndefined();
      }),
      { numRuns: 40 },
    );
  }, 300_000);
});
