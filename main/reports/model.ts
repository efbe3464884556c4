import type { ChartSpec } from './charts';

/**
 * The neutral report document: what a report says, not how a file format
 * draws it. Builders (inspection report, progress report, …) produce it; the
 * docx and pdf renderers consume it and know nothing about inspections.
 * Every block kind is handled by an exhaustive switch in each renderer, so a
 * new kind fails to compile until both renderers draw it.
 */

export interface ReportMeta {
  title: string;
  /** Shown under the title on the first page, and as the file's subject. */
  subject: string;
  author: string;
  language: 'nl-BE';
  /** Drafts carry "ONTWERP" on every page. */
  draft: boolean;
  /** ISO timestamp of the export. */
  createdAt: string;
}

/** A piece of text with inline emphasis. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type HeadingLevel = 1 | 2 | 3;
export type ColumnAlign = 'left' | 'center' | 'right';

export interface HeadingBlock {
  kind: 'heading';
  /** Levels 1–3 appear in the table of contents and the PDF bookmarks. */
  level: HeadingLevel;
  text: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  runs: TextRun[];
}

export interface BulletListBlock {
  kind: 'bulletList';
  /** One entry per bullet, each a line of runs. */
  items: TextRun[][];
}

export interface TableBlock {
  kind: 'table';
  /** Repeated at the top of every page the table runs onto. */
  header: string[];
  rows: string[][];
  /** Per column; default left. Numbers read best right-aligned. */
  align?: ColumnAlign[];
  /** Relative column widths (weights, any unit); default equal. */
  widths?: number[];
  caption?: string;
}

/** Label–value pairs such as the facts on a cover page; drawn without a header row. */
export interface FactsBlock {
  kind: 'facts';
  items: Array<{ label: string; value: string }>;
}

export interface FigureBlock {
  kind: 'figure';
  chart: ChartSpec;
  /** Read aloud by screen readers instead of the image: say what the chart shows. */
  alt: string;
  caption: string;
}

/** A photo from the evidence, drawn as a thumbnail; a Figure with its alt text in the tagged PDF. */
export interface PhotoBlock {
  kind: 'photo';
  image: { data: Uint8Array; format: 'jpeg' | 'png'; width: number; height: number };
  alt: string;
  caption: string;
}

/** Where the table of contents goes; the renderers fill it from the headings. */
export interface TocBlock {
  kind: 'toc';
  title: string;
}

export interface PageBreakBlock {
  kind: 'pageBreak';
}

/** A set-off remark, e.g. a reading aid or a publication rule under a table. */
export interface NoteBlock {
  kind: 'note';
  runs: TextRun[];
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | BulletListBlock
  | TableBlock
  | FactsBlock
  | FigureBlock
  | PhotoBlock
  | TocBlock
  | PageBreakBlock
  | NoteBlock;

export type BlockKind = Block['kind'];

export interface ReportDocument {
  meta: ReportMeta;
  blocks: Block[];
}

/** The word both renderers show on every page of a draft. */
export const DRAFT_MARK = 'ONTWERP';

/** Called in the `default` of an exhaustive switch: compile error if a kind is missed. */
export function assertNever(value: never): never {
  throw new Error(`unhandled report block: ${JSON.stringify(value)}`);
}

// Small constructors keep builders readable.
export const heading = (level: HeadingLevel, text: string): HeadingBlock => ({ kind: 'heading', level, text });
export const paragraph = (...runs: Array<TextRun | string>): ParagraphBlock => ({
  kind: 'paragraph',
  runs: runs.map((r) => (typeof r === 'string' ? { text: r } : r)),
});
export const bold = (text: string): TextRun => ({ text, bold: true });
export const italic = (text: string): TextRun => ({ text, italic: true });

/** All the plain text of a run list, e.g. for tests and alt texts. */
export function plainText(runs: readonly TextRun[]): string {
  return runs.map((r) => r.text).join('');
}

/**
 * Numbers the captions in reading order ("Tabel 1. …", "Figuur 1. …"), so
 * builders never count by hand and a section that appears or drops out does
 * not leave the numbers out of order.
 */
export function numberCaptions(blocks: readonly Block[]): Block[] {
  let tables = 0;
  let figures = 0;
  return blocks.map((block) => {
    if (block.kind === 'table' && block.caption) return { ...block, caption: `Tabel ${++tables}. ${block.caption}` };
    if (block.kind === 'figure') return { ...block, caption: `Figuur ${++figures}. ${block.caption}` };
    return block;
  });
}
