import {
  BODY,
  BULLET,
  CAPTION,
  chartSize,
  columnWidths,
  FACTS,
  HEADINGS,
  NOTE,
  PAGE,
  photoSize,
  RUNNING,
  SINGLE_LINE,
  SUBJECT,
  TABLE_CELL,
  TEXT_WIDTH,
  TITLE,
  TOC,
} from '../docx-style';
import { assertNever, DRAFT_MARK, type Block, type ReportDocument, type ReportMeta, type TextRun } from '../model';
import { lineHeights, type Span } from './line-breaking';
import { type Face, faceOf, learnCharacters, lineHeightOf } from './word-metrics';

/**
 * The report as the boxes Word stacks down its pages, in the order of the
 * document's body: a paragraph is its lines' heights and its spacing and keep
 * settings, a table its rows' heights. Built from the report model with the
 * measures docx-renderer writes (docx-style.ts), in pt.
 */

export interface ParagraphBox {
  kind: 'paragraph';
  lines: number[];
  /** Of each line, the room its multiple spacing adds below the text, which Word lets go below the page's bottom. */
  below: number[];
  before: number;
  after: number;
  keepNext: boolean;
  keepLines: boolean;
  pageBreakBefore: boolean;
  /** A paragraph holding only a page break: the page ends, its empty mark starts the next. */
  pageBreak?: true;
  /** Headings the contents lists, in order. */
  contentsHeading?: true;
}

export interface TableBox {
  kind: 'table';
  rows: number[];
  /** Rows repeated at the top of every page the table runs onto. */
  headerRows: number;
}

export type Box = ParagraphBox | TableBox;

export interface PageFrame {
  /** Height of the body on each page, in pt. */
  bodyHeight: number;
}

const pt = (twips: number) => twips / 20;
const DEFAULT_SIZE = BODY.size / 2;

function spansOf(runs: readonly TextRun[], size: number, face?: Face): Span[] {
  return runs.map((r) => ({ text: r.text, face: face ?? faceOf(r.bold, r.italic), size }));
}

/** Line heights with a "multiple" line spacing (line/240). */
function spacedLines(spans: readonly Span[], widthTwips: number, line: number = BODY.line, markSize: number = DEFAULT_SIZE): number[] {
  return singleLines(spans, widthTwips, markSize).map((h) => (h * line) / SINGLE_LINE);
}

function singleLines(spans: readonly Span[], widthTwips: number, markSize: number = DEFAULT_SIZE): number[] {
  return lineHeights(spans, pt(widthTwips), lineHeightOf('regular', markSize));
}

interface ParagraphSpec {
  spans: Span[];
  width?: number;
  before?: number;
  after?: number;
  line?: number;
  keepNext?: boolean;
  keepLines?: boolean;
  pageBreakBefore?: boolean;
}

function paragraph(spec: ParagraphSpec): ParagraphBox {
  const multiple = (spec.line ?? BODY.line) / SINGLE_LINE;
  const single = singleLines(spec.spans, spec.width ?? TEXT_WIDTH);
  return {
    kind: 'paragraph',
    lines: single.map((h) => h * multiple),
    below: single.map((h) => Math.max(0, h * (multiple - 1))),
    before: pt(spec.before ?? 0),
    after: pt(spec.after ?? BODY.after),
    keepNext: spec.keepNext ?? false,
    keepLines: spec.keepLines ?? false,
    pageBreakBefore: spec.pageBreakBefore ?? false,
  };
}

/**
 * A paragraph holding an inline picture of `heightPx`: the picture stands on
 * the baseline with the font's descent below it, and the line spacing's
 * multiple is not applied to it (as docx's layout measures Word).
 */
function pictureParagraph(heightPx: number, after: number, keepNext: boolean): ParagraphBox {
  const line = lineHeightOf('regular', DEFAULT_SIZE);
  const height = Math.max((heightPx * 72) / 96 + line * DESCENT_SHARE, (line * BODY.line) / SINGLE_LINE);
  return { kind: 'paragraph', lines: [height], below: [0], before: 0, after: pt(after), keepNext, keepLines: false, pageBreakBefore: false };
}
/** Calibri's descent, as a share of its line (500 of 2,500 units). */
const DESCENT_SHARE = 0.2;

/** Each row's height: its tallest cell, the cell margins and the border above it; the last row has the bottom border too. */
function tableRows(cells: Array<Array<{ spans: Span[]; width: number }>>, margins: { top: number; bottom: number; left: number; right: number }, border: number): number[] {
  return cells.map(
    (row, i) =>
      Math.max(...row.map((c) => spacedLines(c.spans, c.width - margins.left - margins.right).reduce((a, b) => a + b, 0))) +
      pt(margins.top + margins.bottom) +
      border * (i === cells.length - 1 ? 2 : 1),
  );
}

function boxesOf(block: Block, breakBefore: boolean): Box[] {
  switch (block.kind) {
    case 'heading': {
      const h = HEADINGS[block.level];
      return [
        {
          ...paragraph({ spans: [{ text: block.text, face: 'bold', size: h.size / 2 }], before: h.before, after: h.after, keepNext: true, keepLines: true, pageBreakBefore: breakBefore }),
          ...(block.level <= TOC.deepest ? { contentsHeading: true as const } : {}),
        },
      ];
    }
    case 'paragraph':
      return [paragraph({ spans: spansOf(block.runs, DEFAULT_SIZE) })];
    case 'bulletList':
      return block.items.map((item) => paragraph({ spans: spansOf(item, DEFAULT_SIZE), width: TEXT_WIDTH - BULLET.left, after: BULLET.after }));
    case 'table': {
      const widths = columnWidths(block.header.length, block.widths);
      const size = TABLE_CELL.size / 2;
      const rows = [block.header.map((text, i) => ({ spans: [{ text, face: 'bold' as Face, size }], width: widths[i] }))].concat(
        block.rows.map((row) => row.map((text, i) => ({ spans: [{ text, face: 'regular' as Face, size }], width: widths[i] }))),
      );
      const table: TableBox = { kind: 'table', rows: tableRows(rows, TABLE_CELL.margins, TABLE_CELL.border / 8), headerRows: 1 };
      const caption = block.caption ? [paragraph({ spans: [{ text: block.caption, face: 'italic', size: CAPTION.size / 2 }], before: CAPTION.before, after: CAPTION.after, keepNext: true })] : [];
      return [...caption, table];
    }
    case 'facts': {
      const [labelWidth, valueWidth] = columnWidths(2, FACTS.weights);
      const rows = block.items.map((f) => [
        { spans: [{ text: f.label, face: 'bold' as Face, size: DEFAULT_SIZE }], width: labelWidth },
        { spans: [{ text: f.value, face: 'regular' as Face, size: DEFAULT_SIZE }], width: valueWidth },
      ]);
      return [{ kind: 'table', rows: tableRows(rows, FACTS.margins, 0), headerRows: 0 }, paragraph({ spans: [] })];
    }
    case 'figure':
      return [pictureParagraph(chartSize(block.chart).height, BODY.after, true), captionBelow(block.caption)];
    case 'photo':
      return [pictureParagraph(photoSize(block.image).height, BODY.after, true), captionBelow(block.caption)];
    case 'toc':
      // The entries follow from the headings: see contentsEntries.
      return [paragraph({ spans: [{ text: block.title, face: 'bold', size: TOC.titleSize / 2 }], after: TOC.titleAfter })];
    case 'pageBreak':
      return [{ ...paragraph({ spans: [] }), pageBreak: true }];
    case 'note':
      return [paragraph({ spans: spansOf(block.runs, NOTE.size / 2), width: TEXT_WIDTH - NOTE.indentLeft, before: NOTE.before, after: NOTE.after })];
    default:
      return assertNever(block);
  }
}

function captionBelow(text: string): ParagraphBox {
  return paragraph({ spans: [{ text, face: 'italic', size: CAPTION.size / 2 }], before: CAPTION.before, after: CAPTION.after });
}

/** The contents' entries: a line per heading of levels 1–2, its text, a dot leader and its page number. */
export function contentsEntries(headings: readonly { level: number; text: string }[], pageLabel = '88'): ParagraphBox[] {
  return headings.map((h) =>
    paragraph({ spans: [{ text: `${h.text} ${pageLabel}`, face: 'regular', size: DEFAULT_SIZE }], width: TEXT_WIDTH - (h.level - 1) * TOC.levelIndent, after: TOC.entryAfter }),
  );
}

/** Every character of the report by face, so their widths are learnt in one go. */
function learnReport(doc: ReportDocument): void {
  const needed = new Map<Face, Set<string>>();
  const add = (face: Face, text: string) => {
    let set = needed.get(face);
    if (!set) needed.set(face, (set = new Set()));
    for (const c of text) if (c !== '\u00AD') set.add(c);
    set.add('-');
  };
  add('bold', doc.meta.title + ` ${DRAFT_MARK}`);
  add('regular', doc.meta.title + doc.meta.subject + '0123456789 ');
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'heading':
      case 'toc':
        add('bold', block.kind === 'heading' ? block.text : block.title);
        if (block.kind === 'heading') add('regular', block.text);
        break;
      case 'paragraph':
      case 'note':
        for (const r of block.runs) add(faceOf(r.bold, r.italic), r.text);
        break;
      case 'bulletList':
        for (const item of block.items) for (const r of item) add(faceOf(r.bold, r.italic), r.text);
        break;
      case 'table':
        block.header.forEach((h) => add('bold', h));
        block.rows.forEach((row) => row.forEach((c) => add('regular', c)));
        if (block.caption) add('italic', block.caption);
        break;
      case 'facts':
        block.items.forEach((f) => (add('bold', f.label), add('regular', f.value)));
        break;
      case 'figure':
      case 'photo':
        add('italic', block.caption);
        break;
      case 'pageBreak':
        break;
      default:
        assertNever(block);
    }
  }
  learnCharacters(needed);
}

/**
 * The body's boxes, as docx-renderer writes the report: the title, the
 * subject, then each block (a page break before a heading is the heading's).
 * The contents' entries come right after the contents' title.
 */
export function reportBoxes(doc: ReportDocument): Box[] {
  learnReport(doc);
  const { meta, blocks } = doc;
  const headings = blocks.flatMap((b) => (b.kind === 'heading' && b.level <= TOC.deepest ? [b] : []));
  const boxes: Box[] = [
    paragraph({ spans: [{ text: meta.title, face: 'bold', size: TITLE.size / 2 }], after: TITLE.after, line: TITLE.line }),
    paragraph({ spans: [{ text: meta.subject, face: 'regular', size: SUBJECT.size / 2 }], after: SUBJECT.after }),
  ];
  blocks.forEach((block, i) => {
    if (block.kind === 'pageBreak' && blocks[i + 1]?.kind === 'heading') return;
    boxes.push(...boxesOf(block, blocks[i - 1]?.kind === 'pageBreak'));
    // The contents field ends in a paragraph of its own; without entries it begins in one too.
    if (block.kind === 'toc') boxes.push(...(headings.length > 0 ? contentsEntries(headings) : [paragraph({ spans: [] })]), paragraph({ spans: [] }));
  });
  return boxes;
}

/**
 * The body's height on a page: the header (the report's title, on a draft with
 * the draft mark at the right and the watermark's paragraph below it) and the
 * footer stand in the margins, and a taller header pushes the body down.
 */
export function pageFrame(meta: Pick<ReportMeta, 'title' | 'draft'>): PageFrame {
  const line = (size: number) => (lineHeightOf('regular', size) * BODY.line) / SINGLE_LINE;
  const size = RUNNING.size / 2;
  const titleLines = paragraph({ spans: [{ text: meta.title, face: 'regular', size }, ...(meta.draft ? [{ text: ` ${DRAFT_MARK}`, face: 'bold' as Face, size }] : [])] }).lines;
  const headerHeight = titleLines.reduce((a, b) => a + b, 0) + pt(BODY.after) + RUNNING.ruleSize / 8 + RUNNING.ruleSpace + (meta.draft ? line(DEFAULT_SIZE) + pt(BODY.after) : 0);
  const footerHeight = line(size) + pt(BODY.after);
  const top = Math.max(pt(PAGE.top), pt(PAGE.header) + headerHeight);
  const bottom = Math.max(pt(PAGE.bottom), pt(PAGE.footer) + footerHeight);
  return { bodyHeight: pt(PAGE.height) - top - bottom };
}
