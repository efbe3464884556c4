import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  TabStopType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type PageNumberEstimator,
} from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import { TextWatermark } from 'docx/watermarks';
import { fitInto } from './fit';
import { renderChartPng } from './charts';
import { assertNever, DRAFT_MARK, type Block, type ColumnAlign, type ReportDocument, type TableBlock, type TextRun as ModelRun } from './model';
import { withSafeText } from './safe-text';
import { withDutchTypography } from './typography';

/**
 * Report model → Word (.docx). Uses Word's own Heading 1–3 and Title styles
 * so the navigation pane, the table of contents and screen readers work, and
 * Calibri, whose widths docx's page layout knows, so the table of contents is
 * written with its page numbers instead of waiting for Word to update it.
 */

const FONT = 'Calibri';
const LANG = { value: 'nl-BE' };
const ACCENT = '1F4E79';
const RULE = 'B7BCC4';
// A4 with 2 cm side margins; all in twips (1/1440 inch).
const PAGE = { width: 11906, height: 16838, side: 1134, top: 1418, bottom: 1134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.side;
const TWIPS_PER_PX = 1440 / 96;

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function runs(items: readonly ModelRun[], extra: { size?: number; color?: string } = {}): TextRun[] {
  return items.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic, ...extra }));
}

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: RULE };
const noBorder = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** Relative weights → twips that add up to the text width. */
function columnWidths(count: number, weights?: readonly number[]): number[] {
  const w = weights && weights.length === count ? weights : Array<number>(count).fill(1);
  const total = w.reduce((a, b) => a + b, 0);
  return w.map((x) => Math.floor((x / total) * TEXT_WIDTH));
}

function cell(text: string, width: number, align: ColumnAlign, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: header ? { type: ShadingType.CLEAR, fill: 'E8EDF3', color: 'auto' } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    borders: { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder },
    children: [
      new Paragraph({
        alignment: ALIGN[align],
        spacing: { before: 0, after: 0 },
        children: [new TextRun({ text, bold: header, size: 18 })],
      }),
    ],
  });
}

function table(block: TableBlock): FileChild[] {
  const widths = columnWidths(block.header.length, block.widths);
  const align = (i: number): ColumnAlign => block.align?.[i] ?? 'left';
  const out: FileChild[] = [];
  // Captions go above tables (and below figures), as in most report styles.
  if (block.caption) out.push(new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(block.caption)] }));
  out.push(
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      rows: [
        // tableHeader repeats the row on every page the table runs onto.
        new TableRow({ tableHeader: true, cantSplit: true, children: block.header.map((h, i) => cell(h, widths[i], align(i), true)) }),
        ...block.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, widths[i], align(i), false)) })),
      ],
    }),
  );
  return out;
}

function blockToDocx(block: Block, breakBefore = false): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], pageBreakBefore: breakBefore || undefined, children: [new TextRun(block.text)] })];
    case 'paragraph':
      return [new Paragraph({ children: runs(block.runs) })];
    case 'bulletList':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: runs(item) }));
    case 'table':
      return table(block);
    case 'facts': {
      const [labelWidth, valueWidth] = columnWidths(2, [1, 2.4]);
      const none = { top: noBorder, bottom: noBorder, left: noBorder, right: noBorder };
      const factCell = (text: string, width: number, isLabel: boolean) =>
        new TableCell({
          width: { size: width, type: WidthType.DXA },
          borders: none,
          margins: { top: 40, bottom: 40, left: 0, right: 120 },
          children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text, bold: isLabel, color: isLabel ? '555555' : undefined })] })],
        });
      return [
        new Table({
          width: { size: TEXT_WIDTH, type: WidthType.DXA },
          columnWidths: [labelWidth, valueWidth],
          borders: { ...none, insideHorizontal: noBorder, insideVertical: noBorder },
          rows: block.items.map((f) => new TableRow({ children: [factCell(f.label, labelWidth, true), factCell(f.value, valueWidth, false)] })),
        }),
        new Paragraph({ children: [] }),
      ];
    }
    case 'figure': {
      // Word needs a raster image; draw at twice the size so it stays sharp when printed.
      const maxPx = TEXT_WIDTH / TWIPS_PER_PX;
      const scale = Math.min(1, maxPx / block.chart.width);
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          children: [
            new ImageRun({
              type: 'png',
              data: renderChartPng(block.chart, 2),
              transformation: { width: Math.round(block.chart.width * scale), height: Math.round(block.chart.height * scale) },
              altText: { title: block.chart.title, description: block.alt, name: block.chart.title },
            }),
          ],
        }),
        new Paragraph({ style: 'Caption', children: [new TextRun(block.caption)] }),
      ];
    }
    case 'photo': {
      // A thumbnail: at most 8 × 6 cm on the page (the file keeps the photo's own, already reduced, pixels).
      const shown = fitInto(block.image, { width: 302, height: 227 });
      return [
        new Paragraph({
          keepNext: true,
          children: [
            new ImageRun({
              type: block.image.format === 'png' ? 'png' : 'jpg',
              data: block.image.data,
              transformation: shown,
              altText: { title: block.caption, description: block.alt, name: block.caption },
            }),
          ],
        }),
        new Paragraph({ style: 'Caption', children: [new TextRun(block.caption)] }),
      ];
    }
    case 'toc':
      return [
        new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: block.title, bold: true, size: 32, color: ACCENT })] }),
        new TableOfContents(block.title, { hyperlink: true, headingStyleRange: '1-2' }),
      ];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'note':
      return [
        new Paragraph({
          shading: { type: ShadingType.CLEAR, fill: 'F2F4F7', color: 'auto' },
          border: { left: { style: BorderStyle.SINGLE, size: 18, color: ACCENT, space: 6 } },
          indent: { left: 120 },
          spacing: { before: 160, after: 200 },
          children: runs(block.runs, { size: 18 }),
        }),
      ];
    default:
      return assertNever(block);
  }
}

function header(doc: ReportDocument): Header {
  const children = [new TextRun({ text: doc.meta.title, size: 16, color: '666666' })];
  if (doc.meta.draft) children.push(new TextRun({ text: `\t${DRAFT_MARK}`, size: 16, bold: true, color: 'B00020' }));
  const paragraphs = [
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
      border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: RULE, space: 4 } },
      children,
    }),
  ];
  // The diagonal watermark is Word's own (Design > Watermark), so it can be removed there.
  if (doc.meta.draft) paragraphs.push(new Paragraph({ children: [new TextWatermark({ text: DRAFT_MARK, color: 'C8C8C8', opacity: 0.4 })] }));
  return new Header({ children: paragraphs });
}

function footer(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ size: 16, color: '666666', children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

const LAYOUT = estimatePageNumbersWith({ guess: true });
/**
 * The layout's page numbers, without its list numbers: the report's headings
 * are not numbered paragraphs, so those would only read the whole body a
 * second time to find none (a sixth of the contents' cost on the long report).
 */
const TOC_PAGE_NUMBERS: PageNumberEstimator = (body, context) => LAYOUT(body, context);

export interface DocxOptions {
  /**
   * Lay the document out to write the table of contents with its page numbers,
   * so it is filled when the file opens (default). It is the costliest step on
   * a long report; without it the contents fill in when Word updates fields.
   */
  tocPageNumbers?: boolean;
}

export async function renderDocx(unsafeDoc: ReportDocument, options: DocxOptions = {}): Promise<Buffer> {
  // Text from the record may hold characters no XML/PDF string may carry: see safe-text.ts.
  const doc = withDutchTypography(withSafeText(unsafeDoc));
  const { meta } = doc;
  const heading = (size: number, before: number) => ({
    run: { font: FONT, size, bold: true, color: ACCENT },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
  });
  const document = new Document({
    title: meta.title,
    subject: meta.subject,
    creator: meta.author,
    lastModifiedBy: meta.author,
    description: meta.draft ? `${DRAFT_MARK} – ${meta.subject}` : meta.subject,
    // Word's hyphenation (below) is in its own dictionaries, so the layout can only guess where it breaks words:
    // the contents is written with that best guess, and Word puts the exact numbers in when it opens the file.
    pageNumbers: options.tocPageNumbers === false ? undefined : TOC_PAGE_NUMBERS,
    // Word recomputes the contents' page numbers on opening, whatever fonts it lays out with.
    features: { updateFields: true },
    // Dutch hyphenation by Word itself (the text is tagged nl-BE), so long words break with a hyphen.
    hyphenation: { autoHyphenation: true, doNotHyphenateCaps: true },
    styles: {
      default: {
        document: { run: { font: FONT, size: 22, language: LANG }, paragraph: { spacing: { after: 140, line: 288, lineRule: LineRuleType.AUTO } } },
        // lineRule spelled out: LibreOffice reads a bare w:line as exact and clips images and wrapped titles.
        title: { run: { font: FONT, size: 48, bold: true, color: ACCENT }, paragraph: { spacing: { after: 120, line: 240, lineRule: LineRuleType.AUTO } } },
        heading1: heading(32, 360),
        heading2: heading(27, 280),
        heading3: heading(23, 200),
        caption: { run: { font: FONT, size: 18, italics: true, color: '444444' }, paragraph: { spacing: { before: 80, after: 200 } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.side, right: PAGE.side, header: 567, footer: 567 },
          },
        },
        headers: { default: header(doc) },
        footers: { default: footer() },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(meta.title)] }),
          new Paragraph({ spacing: { after: 480 }, children: [new TextRun({ text: meta.subject, size: 28, color: '444444' })] }),
          ...doc.blocks.flatMap((block, i) => {
            // A break before a heading is the heading's own "page break before": a paragraph holding only a break
            // would spill onto a page of its own after a full page (the contents), leaving that page blank.
            if (block.kind === 'pageBreak' && doc.blocks[i + 1]?.kind === 'heading') return [];
            return blockToDocx(block, doc.blocks[i - 1]?.kind === 'pageBreak');
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
