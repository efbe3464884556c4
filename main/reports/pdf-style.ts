/**
 * The PDF report's measures, in one place: pdf-renderer draws with them and
 * pdf-keep estimates with them how tall a block can be. Points (1/72 inch).
 */

export const ACCENT = '#1f4e79';
export const RULE = '#b7bcc4';
export const PAGE = { width: 595.28, height: 841.89 } as const; // A4
export const MARGIN = { side: 56, top: 64, bottom: 56 } as const;
export const TEXT_WIDTH = PAGE.width - 2 * MARGIN.side;
export const BODY_HEIGHT = PAGE.height - MARGIN.top - MARGIN.bottom;

export const DEFAULT_STYLE = { fontSize: 10.5, lineHeight: 1.25, color: '#222222' } as const;
/** Table cells' padding, left/right and top/bottom; their rules are 0.5 pt. */
export const CELL_PADDING = { x: 4, y: 3 } as const;
export const NOTE_PADDING = { left: 8, y: 5 } as const;
export const LIST_INDENT = 8;

export const STYLES = {
  title: { fontSize: 24, bold: true, color: ACCENT, margin: [0, 0, 0, 6] },
  subtitle: { fontSize: 14, color: '#444444', margin: [0, 0, 0, 28] },
  h1: { fontSize: 17, bold: true, color: ACCENT, margin: [0, 18, 0, 8] },
  h2: { fontSize: 14, bold: true, color: ACCENT, margin: [0, 14, 0, 6] },
  h3: { fontSize: 11.5, bold: true, color: '#333333', margin: [0, 10, 0, 4] },
  paragraph: { margin: [0, 0, 0, 7] },
  list: { margin: [LIST_INDENT, 0, 0, 8] },
  table: { fontSize: 9, lineHeight: 1.1, margin: [0, 0, 0, 4] },
  tableHeader: { bold: true },
  caption: { fontSize: 9, italics: true, color: '#444444' },
  note: { fontSize: 9, color: '#333333' },
  tocTitle: { fontSize: 17, bold: true, color: ACCENT, margin: [0, 0, 0, 12] },
  // The contents is set tighter than running text, so some thirty entries stay on one page.
  tocLevel1: { bold: true, lineHeight: 1.1 },
  tocLevel: { lineHeight: 1.1 },
  tocNumber: { lineHeight: 1.1 },
  pageHeader: { fontSize: 8, color: '#666666' },
} as const;
