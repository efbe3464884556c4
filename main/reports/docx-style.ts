import { fitInto } from './fit';
import type { ChartSpec } from './charts';

/**
 * The Word report's measures, in one place: the docx renderer writes them
 * into the document and the contents' page layout (docx-pages/) lays the
 * pages out with them, so the two cannot drift apart. Lengths in twips
 * (1/1440 inch), font sizes in half-points, as Word stores them.
 */

// A4 with 2 cm side margins.
export const PAGE = { width: 11906, height: 16838, side: 1134, top: 1418, bottom: 1134, header: 567, footer: 567 } as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.side;
export const TWIPS_PER_PX = 1440 / 96;

/** Word's "multiple" line spacing is in 240ths of a line. */
export const SINGLE_LINE = 240;

export const BODY = { size: 22, after: 140, line: 288 } as const;
export const TITLE = { size: 48, after: 120, line: 240 } as const;
export const SUBJECT = { size: 28, after: 480 } as const;
export const HEADINGS = {
  1: { size: 32, before: 360, after: 120 },
  2: { size: 27, before: 280, after: 120 },
  3: { size: 23, before: 200, after: 120 },
} as const;
export const CAPTION = { size: 18, before: 80, after: 200 } as const;
export const TABLE_CELL = { size: 18, margins: { top: 40, bottom: 40, left: 80, right: 80 }, border: 4 } as const;
export const FACTS = { weights: [1, 2.4], margins: { top: 40, bottom: 40, left: 0, right: 120 } } as const;
export const BULLET = { after: 60, left: 720, hanging: 360 } as const;
export const NOTE = { size: 18, before: 160, after: 200, indentLeft: 120 } as const;
export const TOC = { titleSize: 32, titleAfter: 240, entryAfter: 100, levelIndent: 220, levels: '1-2', deepest: 2 } as const;
/** Running header and footer text; the header's rule below it is 1/2 pt, 4 pt from the text. */
export const RUNNING = { size: 16, ruleSize: 4, ruleSpace: 4 } as const;
/** A photo is shown at most 8 × 6 cm (in px at 96 dpi). */
export const PHOTO_BOX = { width: 302, height: 227 } as const;

/** Relative weights → twips that add up to the text width. */
export function columnWidths(count: number, weights?: readonly number[]): number[] {
  const w = weights && weights.length === count ? weights : Array<number>(count).fill(1);
  const total = w.reduce((a, b) => a + b, 0);
  return w.map((x) => Math.floor((x / total) * TEXT_WIDTH));
}

/** A chart's size on the page in px: its own, or shrunk to the text width. */
export function chartSize(chart: Pick<ChartSpec, 'width' | 'height'>): { width: number; height: number } {
  const scale = Math.min(1, TEXT_WIDTH / TWIPS_PER_PX / chart.width);
  return { width: Math.round(chart.width * scale), height: Math.round(chart.height * scale) };
}

/** A photo's size on the page in px. */
export function photoSize(image: { width: number; height: number }): { width: number; height: number } {
  return fitInto(image, PHOTO_BOX);
}
