import { createRequire } from 'node:module';
import { dirname, relative, isAbsolute, resolve } from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { CHART_FONT_FAMILY, renderChartSvg } from './charts';
import { assertNever, DRAFT_MARK, type Block, type ReportDocument, type TableBlock, type TextRun } from './model';
import { captionBound, heightBound, keepsWhole, keepTogether, keepWithNext, PHOTO_FIT, startBound } from './pdf-keep';
import { ACCENT, CELL_PADDING, DEFAULT_STYLE, MARGIN, NOTE_PADDING, RULE, STYLES, TEXT_WIDTH } from './pdf-style';
import { installPdfTagging, type TagPath, type TagStep } from './pdf-tagging';
import { withSafeText } from './safe-text';
import { withDutchTypography } from './typography';

/**
 * Report model → PDF with pdfmake 0.3 (server build). Fonts are the Roboto
 * files pdfmake ships; charts are embedded as vector SVG, so they stay sharp
 * and their text stays selectable.
 */

type FontDescriptors = Record<string, { normal: string; bold: string; italics: string; bolditalics: string }>;

const require = createRequire(import.meta.url);
// pdfmake's own description of its bundled Roboto: absolute paths to the TTFs.
const ROBOTO = require('pdfmake/fonts/Roboto.js') as FontDescriptors;
const FONT_DIR = resolve(dirname(ROBOTO.Roboto.normal));

/**
 * Offline and safe by default: no URL is ever fetched, and the only local
 * files pdfmake may read are the fonts (a deny-all policy blocks those too).
 */
function onlyFontFiles(path: string): boolean {
  const rel = relative(FONT_DIR, resolve(path));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** Runs with the structure they belong to (see pdf-tagging.ts): every run carries its path. */
function runs(items: readonly TextRun[], tag: TagPath): Content[] {
  return items.map((r) => ({ text: r.text, bold: r.bold ?? false, italics: r.italic ?? false, _tag: tag }) as Content);
}

function tagged(text: string, tag: TagPath): Content[] {
  return [{ text, _tag: tag } as Content];
}

/** Relative weights → percentages pdfmake understands. */
function widths(count: number, weights?: readonly number[]): string[] {
  const w = weights && weights.length === count ? weights : Array<number>(count).fill(1);
  const total = w.reduce((a, b) => a + b, 0);
  return w.map((x) => `${((x / total) * 100).toFixed(2)}%`);
}

/** `mayKeepWhole` false: the table may break over pages even when short (a heading run above it already takes the room). */
function table(block: TableBlock, id: string, mayKeepWhole = true): Content {
  const align = (i: number) => block.align?.[i] ?? 'left';
  const root: TagStep = { id, type: 'Table' };
  // A cell's text may carry soft hyphens (typography.ts): its ActualText is the words whole, for reading aloud.
  const cellTag = (r: number, c: number, type: 'TH' | 'TD', text: string): TagPath => [
    root,
    { id: `${id}/r${r}`, type: 'TR' },
    { id: `${id}/r${r}/c${c}`, type, scope: type === 'TH' ? 'Column' : undefined, actual: text.includes('\u00AD') ? text.replace(/\u00AD/g, '') : undefined },
  ];
  const body: TableCell[][] = [
    block.header.map((h, i) => ({ text: tagged(h, cellTag(0, i, 'TH', h)), style: 'tableHeader', alignment: align(i) })),
    ...block.rows.map((row, r) => row.map((c, i) => ({ text: tagged(c, cellTag(r + 1, i, 'TD', c)), alignment: align(i) }))),
  ];
  const grid: Content = {
    style: 'table',
    // headerRows repeats the header on every page; dontBreakRows keeps a year on one page.
    table: { headerRows: 1, dontBreakRows: true, widths: widths(block.header.length, block.widths), body },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => RULE,
      vLineColor: () => RULE,
      fillColor: (row: number) => (row === 0 ? '#e8edf3' : null),
      paddingLeft: () => CELL_PADDING.x,
      paddingRight: () => CELL_PADDING.x,
      paddingTop: () => CELL_PADDING.y,
      paddingBottom: () => CELL_PADDING.y,
    },
  };
  if (!block.caption) return grid;
  const caption = { text: tagged(block.caption, [root, { id: `${id}/caption`, type: 'Caption' }]), style: 'caption', margin: [0, 4, 0, 4] } as Content;
  // A short table stays on one page with its caption; a long one keeps its caption with its first rows (pdf-keep.ts).
  const bare = { ...block, caption: undefined };
  return { stack: keepWithNext([caption], captionBound(block.caption), grid, mayKeepWhole ? heightBound(bare) : Infinity, startBound(bare)) } as Content;
}

function blockToPdf(block: Block, index: number, outline: { parents: string[]; next: number }, mayKeepWhole = true): Content {
  const id = `b${index}`;
  switch (block.kind) {
    case 'heading': {
      // Bookmarks nest like the headings: a level-2 heading hangs under the last level-1 one.
      const id = `heading-${outline.next++}`;
      outline.parents[block.level - 1] = id;
      outline.parents.length = block.level;
      return {
        text: tagged(block.text, [{ id, type: `H${block.level}` }]),
        outlineText: block.text.replace(/\u00AD/g, ''),
        style: `h${block.level}`,
        id,
        // The contents stays proportionate: levels 1 and 2 only.
        tocItem: block.level <= 2,
        tocStyle: block.level === 1 ? 'tocLevel1' : 'tocLevel',
        tocMargin: [(block.level - 1) * 14, block.level === 1 ? 5 : 1, 0, 0],
        outline: true,
        outlineParentId: block.level > 1 ? outline.parents[block.level - 2] : undefined,
        headlineLevel: block.level,
      } as Content;
    }
    case 'paragraph':
      return { text: runs(block.runs, [{ id, type: 'P' }]), style: 'paragraph' };
    case 'bulletList': {
      const list: TagStep = { id, type: 'L' };
      return {
        ul: block.items.map((item, k) => ({ text: runs(item, [list, { id: `${id}/li${k}`, type: 'LI' }, { id: `${id}/li${k}/body`, type: 'LBody' }]) })),
        style: 'list',
      };
    }
    case 'table':
      return table(block, id, mayKeepWhole);
    case 'facts': {
      const root: TagStep = { id, type: 'Table' };
      const row = (r: number): TagStep => ({ id: `${id}/r${r}`, type: 'TR' });
      return {
        table: {
          widths: ['30%', '70%'],
          body: block.items.map((f, r) => [
            { text: tagged(f.label, [root, row(r), { id: `${id}/r${r}/th`, type: 'TH', scope: 'Row' }]), bold: true, color: '#555555' },
            { text: tagged(f.value, [root, row(r), { id: `${id}/r${r}/td`, type: 'TD' }]) },
          ]),
        },
        layout: 'noBorders',
        margin: [0, 0, 0, 16],
      };
    }
    case 'figure':
      return {
        stack: [
          { svg: renderChartSvg(block.chart), fit: [Math.min(TEXT_WIDTH, block.chart.width * 0.75), 10_000], alignment: 'center', _tag: [{ id, type: 'Figure', alt: block.alt }] },
          { text: tagged(block.caption, [{ id: `${id}/caption`, type: 'P' }]), style: 'caption', margin: [0, 6, 0, 12] },
        ],
        unbreakable: true,
      } as Content;
    case 'photo': {
      const data = `data:image/${block.image.format};base64,${Buffer.from(block.image.data).toString('base64')}`;
      return {
        stack: [
          { image: data, fit: [PHOTO_FIT.width, PHOTO_FIT.height], _tag: [{ id, type: 'Figure', alt: block.alt }] },
          { text: tagged(block.caption, [{ id: `${id}/caption`, type: 'P' }]), style: 'caption', alignment: 'left', margin: [0, 4, 0, 10] },
        ],
        unbreakable: true,
      } as Content;
    }
    case 'toc':
      return { toc: { title: { text: tagged(block.title, [{ id, type: 'H1' }]), style: 'tocTitle' }, numberStyle: 'tocNumber' } } as Content;
    case 'pageBreak':
      return { text: '', pageBreak: 'after' };
    case 'note':
      return {
        table: { widths: ['*'], body: [[{ text: runs(block.runs, [{ id, type: 'P' }]), style: 'note' }]] },
        layout: {
          hLineWidth: () => 0,
          vLineWidth: (i: number) => (i === 0 ? 3 : 0),
          vLineColor: () => ACCENT,
          fillColor: () => '#f2f4f7',
          paddingLeft: () => NOTE_PADDING.left,
          paddingTop: () => NOTE_PADDING.y,
          paddingBottom: () => NOTE_PADDING.y,
        },
        margin: [0, 4, 0, 12],
      };
    default:
      return assertNever(block);
  }
}

/**
 * The blocks in order, each heading (or run of headings: a domain and its
 * first indicator) kept on the page with the start of what follows it, so no
 * heading stands alone at the foot of a page (pdf-keep.ts).
 */
function bodyContent(blocks: readonly Block[], outline: { parents: string[]; next: number }): Content[] {
  const out: Content[] = [];
  for (let i = 0; i < blocks.length; ) {
    if (blocks[i].kind !== 'heading') {
      out.push(blockToPdf(blocks[i], i, outline));
      i++;
      continue;
    }
    const headings: Content[] = [];
    let height = 0;
    for (; blocks[i]?.kind === 'heading'; i++) {
      headings.push(blockToPdf(blocks[i], i, outline));
      height += heightBound(blocks[i]);
    }
    const next = blocks[i];
    if (next === undefined || next.kind === 'pageBreak' || next.kind === 'toc') {
      out.push(...keepTogether(headings, height));
      continue;
    }
    // When the headings and the block are too tall to be one unbreakable block, the headings keep room for the
    // block's start only; a table kept whole inside it (a short captioned one) would then move on without them.
    const whole = keepsWhole(height + heightBound(next));
    out.push(...keepWithNext(headings, height, blockToPdf(next, i, outline, whole), heightBound(next), startBound(next)));
    i++;
  }
  return out;
}

function docDefinition(doc: ReportDocument): TDocumentDefinitions {
  const { meta } = doc;
  const outline = { parents: [] as string[], next: 0 };
  return {
    pageSize: 'A4',
    pageMargins: [MARGIN.side, MARGIN.top, MARGIN.side, MARGIN.bottom],
    language: meta.language,
    displayTitle: true,
    // A real structure tree (pdf-tagging.ts); final reports are archived as PDF/A-2a, drafts declare PDF/UA.
    tagged: true,
    version: '1.7',
    subset: meta.draft ? 'PDF/UA' : 'PDF/A-2a',
    // The export time, not "now": the same model then gives the same bytes, so export hashes are reproducible.
    info: { title: meta.title, author: meta.author, subject: meta.subject, creator: 'Doorlicht', producer: 'Doorlicht (pdfmake)', creationDate: new Date(meta.createdAt) },
    watermark: meta.draft ? { text: DRAFT_MARK, color: '#b00020', opacity: 0.07, bold: true } : undefined,
    header: () => ({
      margin: [MARGIN.side, 28, MARGIN.side, 0],
      columns: [
        { text: meta.title, style: 'pageHeader' },
        { text: meta.draft ? DRAFT_MARK : '', style: 'pageHeader', bold: true, color: '#b00020', alignment: 'right', width: 'auto' },
      ],
    }),
    footer: (currentPage: number, pageCount: number) => ({
      text: `Pagina ${currentPage} van ${pageCount}`,
      style: 'pageHeader',
      alignment: 'right',
      margin: [MARGIN.side, 20, MARGIN.side, 0],
    }),
    content: [
      { text: tagged(meta.title, [{ id: 'title', type: 'H1' }]), style: 'title' },
      { text: tagged(meta.subject, [{ id: 'subtitle', type: 'P' }]), style: 'subtitle' },
      ...bodyContent(doc.blocks, outline),
    ],
    defaultStyle: { font: CHART_FONT_FAMILY, ...DEFAULT_STYLE },
    // pdfmake's types want its style dictionary mutable; it only reads it.
    styles: structuredClone(STYLES) as unknown as TDocumentDefinitions['styles'],
  } as TDocumentDefinitions;
}

export async function renderPdf(unsafeDoc: ReportDocument): Promise<Buffer> {
  // Text from the record may hold characters no XML/PDF string may carry: see safe-text.ts.
  const doc = withDutchTypography(withSafeText(unsafeDoc), { hyphenate: true });
  installPdfTagging();
  // pdfmake's export is one shared instance: set everything before each use.
  pdfmake.setFonts(structuredClone(ROBOTO));
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(onlyFontFiles);
  return pdfmake.createPdf(docDefinition(doc)).getBuffer();
}
