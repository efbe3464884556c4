import type { Box, PageFrame, ParagraphBox, TableBox } from './boxes';

/**
 * Stacks the boxes down pages as Word does for the report's few kinds:
 * the space between two paragraphs is the larger of the one's space after
 * and the other's space before (space before is dropped at the top of a page), a line that does not fit starts a new page (no widow control: the
 * report's paragraphs do not ask for it), "keep with next" moves a chain of
 * paragraphs with the first line after it, "keep lines together" moves a
 * whole paragraph, table rows do not split and the header row repeats.
 */

export interface Pagination {
  /** The page (from 1) each box starts on. */
  pages: number[];
  /** Where each box's first line or row starts down its page's body, in pt (for checking against docx's layout). */
  tops: number[];
  pageCount: number;
}

const TOLERANCE = 0.01;

/** How many lines a paragraph must start a page with: widow and orphan control allow no single line on either side of a break. */
function firstLines(box: ParagraphBox): number {
  const n = box.lines.length;
  return box.keepLines || n <= 3 ? n : 2;
}

/**
 * How many of a paragraph's lines from `from` go on a page with `room` left:
 * as many as fit, less what widow and orphan control move on. On an empty page
 * at least one, however tall.
 */
function linesOnPage({ lines, below }: ParagraphBox, from: number, room: number, empty: boolean): number {
  let count = 0;
  let height = 0;
  while (from + count < lines.length && ((empty && count === 0) || height + lines[from + count] <= room)) height += lines[from + count++];
  // The last line may fit with its multiple spacing's room below the bottom.
  if (from + count < lines.length && height + lines[from + count] - below[from + count] <= room) count++;
  if (from + count < lines.length && lines.length > 1) {
    if (lines.length - (from + count) === 1) count--; // no widow: the last line never goes on alone
    if (from === 0 && count === 1) count = 0; // no orphan: the first line never stays behind alone
  }
  return empty ? Math.max(count, 1) : Math.max(count, 0);
}

/**
 * What must fit on the page from a paragraph that keeps with the next or keeps its lines
 * together: the chain of paragraphs kept with the next, the start of the one after it
 * (its first lines, or the first row of a table), and the room its last line's spacing
 * may leave below the page. `afterAbove` is the space after the paragraph above.
 */
function keptHeight(boxes: readonly Box[], from: number, afterAbove: number): { height: number; below: number } {
  let total = 0;
  let after = afterAbove;
  for (let i = from; i < boxes.length; i++) {
    const box = boxes[i];
    if (box.kind === 'table') return { height: total + tableStart(box), below: 0 };
    const gap = Math.max(0, box.before - after);
    if (!box.keepNext || i === boxes.length - 1) {
      const n = firstLines(box);
      return { height: total + gap + sum(box.lines.slice(0, n)), below: box.below[n - 1] };
    }
    total += gap + sum(box.lines) + box.after;
    after = box.after;
  }
  return { height: total, below: 0 };
}

/** A table's header rows never stand alone at the foot of a page: they start it with the first row after them. */
const tableStart = (table: TableBox) => sum(table.rows.slice(0, table.headerRows + 1));

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

export function paginate(boxes: readonly Box[], frame: PageFrame): Pagination {
  const room = frame.bodyHeight + TOLERANCE;
  const pages: number[] = [];
  const tops: number[] = [];
  let page = 1;
  let y = 0;
  let empty = true;
  // The space after the paragraph above, already in y: the space before the next one only adds what it has more.
  let after = 0;
  let carried = 0;
  const newPage = () => {
    page++;
    y = 0;
    empty = true;
    after = 0;
  };
  boxes.forEach((box, index) => {
    if (box.kind === 'table') {
      // A page break's paragraph leaves its space after at the top of the next page, and a table stands below it.
      y += carried;
      carried = 0;
      if (!empty && y + tableStart(box) > room && tableStart(box) <= room) newPage();
      box.rows.forEach((height, row) => {
        if (!empty && y + height > room) {
          newPage();
          if (row >= box.headerRows) y += box.rows.slice(0, box.headerRows).reduce((a, b) => a + b, 0);
        }
        if (row === 0) (pages[index] = page), (tops[index] = y);
        y += height;
        empty = false;
      });
      after = 0;
      return;
    }
    if (box.pageBreakBefore && !empty) newPage();
    const before = () => (empty ? 0 : Math.max(0, box.before - after));
    if (!empty && (box.keepNext || box.keepLines)) {
      const need = keptHeight(boxes, index, after);
      // A chain taller than a page is left to break where it must.
      if (y + need.height - need.below > room && need.height - before() - need.below <= room) newPage();
    }
    y += before();
    for (let from = 0; from < box.lines.length; ) {
      const count = linesOnPage(box, from, room - y, empty);
      if (count === 0) {
        newPage();
        continue;
      }
      if (from === 0) (pages[index] = page), (tops[index] = y);
      for (let i = from; i < from + count; i++) y += box.lines[i];
      empty = false;
      from += count;
      if (from < box.lines.length) newPage();
    }
    y += box.after;
    after = box.after;
    carried = 0;
    if (box.pageBreak) {
      newPage();
      carried = box.after;
    }
  });
  return { pages, tops, pageCount: page };
}
