import type { Content } from 'pdfmake/interfaces';
import { assertNever, plainText, type Block, type TextRun } from './model';
import { BODY_HEIGHT, CELL_PADDING, DEFAULT_STYLE, LIST_INDENT, NOTE_PADDING, STYLES, TEXT_WIDTH } from './pdf-style';

/**
 * Keeping things together on a PDF page in the one layout pdfmake does.
 *
 * pdfmake has no "keep with next". Its `pageBreakBefore` hook can move a
 * heading on, but each move lays the whole document out again (four layouts
 * for the long report, a quarter of the export's time). Its `unbreakable`
 * moves a block to the next page when it does not fit, in the same layout,
 * but a block taller than a page is dropped whole, silently. So:
 *
 * - a heading (or a run of headings) and the block after it are one
 *   unbreakable block when that is sure to be well under a page (its height
 *   is bounded from above, below);
 * - otherwise the heading is unbreakable together with an empty space as
 *   tall as the start of the next block (its first two lines, a table's
 *   header and first row), and a negative space as tall takes that room back:
 *   the heading goes to the next page unless its next block can start below it.
 *
 * The same holds a caption to its table, and decides whether a short table
 * may be kept on one page.
 */

/** Nothing taller than this is ever unbreakable: twice what any estimate can be short by. */
const KEEP_LIMIT = BODY_HEIGHT / 2;
/** An upper bound of a character's width in Roboto, in em (its widest letters are about 0.9, text averages about 0.5). */
const CHAR_EM = 0.62;

/** Lines a text takes at most: words wrapped greedily with every character as wide as CHAR_EM. */
export function linesBound(text: string, fontSize: number, width: number): number {
  const charWidth = CHAR_EM * fontSize;
  let lines = 0;
  for (const paragraph of text.replace(/\u00AD/g, '').split('\n')) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/[ \t]+/).filter(Boolean)) {
      const w = word.length * charWidth;
      if (used > 0 && used + charWidth + w > width) {
        lines++;
        used = 0;
      }
      if (w > width) {
        lines += Math.ceil(w / width) - 1;
        used = w % width;
      } else used += (used > 0 ? charWidth : 0) + w;
    }
  }
  return lines;
}

/** Roboto's line, ascender to descender, in em (pdfkit's lineHeight); pdfmake multiplies it by the style's lineHeight. */
const ROBOTO_LINE = 1.172;
const lineHeight = (fontSize: number, factor: number = DEFAULT_STYLE.lineHeight) => fontSize * ROBOTO_LINE * factor;
const textBound = (runs: readonly TextRun[], fontSize: number, width: number, factor?: number) => linesBound(plainText(runs), fontSize, width) * lineHeight(fontSize, factor);
const margins = (style: { margin: readonly number[] }) => style.margin[1] + style.margin[3];
const BULLET_WIDTH = 12;
const CAPTION = STYLES.caption.fontSize;
const CELL = STYLES.table.fontSize;

/** Column widths in pt from relative weights, less the cells' padding. */
function cellWidths(count: number, weights: readonly number[] | undefined): number[] {
  const w = weights && weights.length === count ? weights : Array<number>(count).fill(1);
  const total = w.reduce((a, b) => a + b, 0);
  return w.map((x) => (x / total) * TEXT_WIDTH - 2 * CELL_PADDING.x);
}

function rowBounds(block: Extract<Block, { kind: 'table' }>): number[] {
  const widths = cellWidths(block.header.length, block.widths);
  return [block.header, ...block.rows].map(
    (row) => Math.max(...row.map((cell, i) => linesBound(cell, CELL, widths[i]))) * lineHeight(CELL, STYLES.table.lineHeight) + 2 * CELL_PADDING.y + 0.5,
  );
}

/** An upper bound of a caption's height, with its margins. */
export const captionBound = (text: string) => linesBound(text, CAPTION, TEXT_WIDTH) * lineHeight(CAPTION) + 12;

/** An upper bound of how tall a block is on the page, in pt. */
export function heightBound(block: Block): number {
  switch (block.kind) {
    case 'heading': {
      const style = STYLES[`h${block.level}`];
      return linesBound(block.text, style.fontSize * 1.05, TEXT_WIDTH) * lineHeight(style.fontSize) + margins(style);
    }
    case 'paragraph':
      return textBound(block.runs, DEFAULT_STYLE.fontSize, TEXT_WIDTH) + margins(STYLES.paragraph);
    case 'bulletList':
      return block.items.reduce((h, item) => h + textBound(item, DEFAULT_STYLE.fontSize, TEXT_WIDTH - LIST_INDENT - BULLET_WIDTH), 0) + margins(STYLES.list);
    case 'note':
      return textBound(block.runs, STYLES.note.fontSize, TEXT_WIDTH - NOTE_PADDING.left - CELL_PADDING.x) + 2 * NOTE_PADDING.y + 16;
    case 'table':
      return rowBounds(block).reduce((a, b) => a + b, 0) + (block.caption ? captionBound(block.caption) : 0) + margins(STYLES.table);
    case 'facts':
      return block.items.reduce((h, f) => h + Math.max(linesBound(f.label, DEFAULT_STYLE.fontSize, 0.3 * TEXT_WIDTH - 8), linesBound(f.value, DEFAULT_STYLE.fontSize, 0.7 * TEXT_WIDTH - 8)) * lineHeight(DEFAULT_STYLE.fontSize) + 2 * CELL_PADDING.y, 0) + 16;
    case 'figure': {
      const scale = Math.min(1, TEXT_WIDTH / (block.chart.width * 0.75));
      return block.chart.height * 0.75 * scale + captionBound(block.caption) + 6;
    }
    case 'photo':
      return PHOTO_FIT.height + captionBound(block.caption) + 2;
    case 'toc':
    case 'pageBreak':
      return BODY_HEIGHT;
    default:
      return assertNever(block);
  }
}

/** A photo thumbnail is drawn at most this size (pt). */
export const PHOTO_FIT = { width: 227, height: 170 } as const;

/** How tall the start of a block is, the part a heading above it must not be parted from. */
export function startBound(block: Block): number {
  const twoLines = (fontSize: number) => 2 * lineHeight(fontSize);
  switch (block.kind) {
    case 'paragraph':
    case 'bulletList':
      return twoLines(DEFAULT_STYLE.fontSize);
    case 'note':
      return twoLines(STYLES.note.fontSize) + NOTE_PADDING.y + 4;
    case 'table': {
      const [header, first = 0] = rowBounds(block);
      return (block.caption ? captionBound(block.caption) : 0) + header + first;
    }
    case 'facts':
      return twoLines(DEFAULT_STYLE.fontSize) + 2 * CELL_PADDING.y;
    default:
      return Math.min(heightBound(block), KEEP_LIMIT);
  }
}

/** Whether content this tall may be one unbreakable block. */
export const keepsWhole = (height: number) => height <= KEEP_LIMIT;

/** Content kept on one page when it is sure to be well under a page; as it is otherwise. */
export function keepTogether(content: Content[], height: number): Content[] {
  return keepsWhole(height) ? [{ stack: content, unbreakable: true } as Content] : content;
}

/** Empty space, negative to take back room reserved above. */
const space = (height: number): Content => ({ canvas: [], margin: [0, height, 0, 0] }) as Content;

/**
 * `lead` (headings, a caption: `leadHeight` tall at most) kept on the page
 * with `next`: whole when both are sure to be well under a page, or with room
 * for `next`'s start below the lead.
 */
export function keepWithNext(lead: Content[], leadHeight: number, next: Content, nextHeight: number, nextStart: number): Content[] {
  if (keepsWhole(leadHeight + nextHeight)) return [{ stack: [...lead, next], unbreakable: true } as Content];
  const room = Math.max(0, Math.min(nextStart, KEEP_LIMIT - leadHeight));
  return [{ stack: [...lead, space(room)], unbreakable: true } as Content, space(-room), next];
}
