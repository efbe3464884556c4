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
  SoftHyphen,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { reportPageNumbers } from './docx-pages/estimator';
import { TextWatermark } from 'docx/watermarks';
import { BODY, BULLET, CAPTION, chartSize, columnWidths, FACTS, HEADINGS as HEADING_SIZES, NOTE, PAGE, photoSize, RUNNING, SUBJECT, TABLE_CELL, TEXT_WIDTH, TITLE, TOC } from './docx-style';
import { renderChartPng } from './charts';
import { assertNever, DRAFT_MARK, type Block, type ColumnAlign, type ReportDocument, type TableBlock, type TextRun as ModelRun } from './model';
import { withSafeText } from './safe-text';
import { SOFT_HYPHEN, withDutchTypography } from './typography';

/**
 * Report model → Word (.docx). Uses Word's own Heading 1–3 and Title styles
 * so the navigation pane, the table of contents and screen readers work, and
 * Calibri, whose widths are Word's in docx's layout tables, so the table of
 * contents is written with its page numbers (from docx-pages/, a layout of
 * the report model) instead of waiting for Word to update it. The measures
 * are in docx-style.ts, shared with that layout.
 */

const FONT = 'Calibri';
const LANG = { value: 'nl-BE' };
const ACCENT = '1F4E79';
const RULE = 'B7BCC4';

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function runs(items: readonly ModelRun[], extra: { size?: number; color?: string } = {}): TextRun[] {
  return items.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic, ...extra }));
}

const cellBorder = { style: BorderStyle.SINGLE, size: TABLE_CELL.border, color: RULE };
const noBorder = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function cell(text: string, width: number, align: ColumnAlign, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: header ? { type: ShadingType.CLEAR, fill: 'E8EDF3', color: 'auto' } : undefined,
    margins: TABLE_CELL.margins,
    borders: { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder },
    children: [
      new Paragraph({
        alignment: ALIGN[align],
        spacing: { before: 0, after: 0 },
        children: [new TextRun({ children: withSoftHyphens(text), bold: header, size: TABLE_CELL.size })],
      }),
    ],
  });
}

/** A cell's soft hyphens (typography.ts) as Word's own optional hyphens, so narrow columns break long words with a hyphen. */
function withSoftHyphens(text: string): Array<string | SoftHyphen> {
  return text.split(SOFT_HYPHEN).flatMap((part, i) => (i === 0 ? [part] : [new SoftHyphen(), part]));
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
      // Fixed: the columns keep the widths the report gives them, rather than Word's autofit sharing them out by content.
      layout: TableLayoutType.FIXED,
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
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, spacing: { after: BULLET.after }, children: runs(item) }));
    case 'table':
      return table(block);
    case 'facts': {
      const [labelWidth, valueWidth] = columnWidths(2, FACTS.weights);
      const none = { top: noBorder, bottom: noBorder, left: noBorder, right: noBorder };
      const factCell = (text: string, width: number, isLabel: boolean) =>
        new TableCell({
          width: { size: width, type: WidthType.DXA },
          borders: none,
          margins: FACTS.margins,
          children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text, bold: isLabel, color: isLabel ? '555555' : undefined })] })],
        });
      return [
        new Table({
          width: { size: TEXT_WIDTH, type: WidthType.DXA },
          layout: TableLayoutType.FIXED,
          columnWidths: [labelWidth, valueWidth],
          borders: { ...none, insideHorizontal: noBorder, insideVertical: noBorder },
          rows: block.items.map((f) => new TableRow({ cantSplit: true, children: [factCell(f.label, labelWidth, true), factCell(f.value, valueWidth, false)] })),
        }),
        new Paragraph({ children: [] }),
      ];
    }
    case 'figure': {
      // Word needs a raster image; draw at twice the size so it stays sharp when printed.
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          children: [
            new ImageRun({
              type: 'png',
              data: renderChartPng(block.chart, 2),
              transformation: chartSize(block.chart),
              altText: { title: block.chart.title, description: block.alt, name: block.chart.title },
            }),
          ],
        }),
        new Paragraph({ style: 'Caption', children: [new TextRun(block.caption)] }),
      ];
    }
    case 'photo': {
      // A thumbnail: at most 8 × 6 cm on the page (the file keeps the photo's own, already reduced, pixels).
      const shown = photoSize(block.image);
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
        new Paragraph({ spacing: { after: TOC.titleAfter }, children: [new TextRun({ text: block.title, bold: true, size: TOC.titleSize, color: ACCENT })] }),
        new TableOfContents(block.title, { hyperlink: true, headingStyleRange: TOC.levels }),
      ];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'note':
      return [
        new Paragraph({
          shading: { type: ShadingType.CLEAR, fill: 'F2F4F7', color: 'auto' },
          border: { left: { style: BorderStyle.SINGLE, size: 18, color: ACCENT, space: 6 } },
          indent: { left: NOTE.indentLeft },
          spacing: { before: NOTE.before, after: NOTE.after },
          children: runs(block.runs, { size: NOTE.size }),
        }),
      ];
    default:
      return assertNever(block);
  }
}

function header(doc: ReportDocument): Header {
  const children = [new TextRun({ text: doc.meta.title, size: RUNNING.size, color: '666666' })];
  if (doc.meta.draft) children.push(new TextRun({ text: `\t${DRAFT_MARK}`, size: RUNNING.size, bold: true, color: 'B00020' }));
  const paragraphs = [
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
      border: { bottom: { style: BorderStyle.SINGLE, size: RUNNING.ruleSize, color: RULE, space: RUNNING.ruleSpace } },
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
        children: [new TextRun({ size: RUNNING.size, color: '666666', children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

export interface DocxOptions {
  /**
   * Lay the report out to write the table of contents with its page numbers,
   * so it is filled when the file opens (default); without it the contents
   * fill in when Word updates fields (the benchmark's baseline for the cost).
   */
  tocPageNumbers?: boolean;
}

export async function renderDocx(unsafeDoc: ReportDocument, options: DocxOptions = {}): Promise<Buffer> {
  return Packer.toBuffer(docxDocument(unsafeDoc, options));
}

/**
 * The report as the Word file writes it: text from the record may hold
 * characters no XML string may carry (safe-text.ts), and Dutch typography
 * holds numbers to their words and puts soft hyphens in table cells.
 */
export function typesetForWord(doc: ReportDocument): ReportDocument {
  return withDutchTypography(withSafeText(doc), { hyphenate: true });
}

/** The Word document for a report, before it is written: tests lay it out with docx's own layout to check ours. */
export function docxDocument(unsafeDoc: ReportDocument, options: DocxOptions = {}): Document {
  const doc = typesetForWord(unsafeDoc);
  const { meta } = doc;
  const heading = ({ size, before, after }: { size: number; before: number; after: number }) => ({
    run: { font: FONT, size, bold: true, color: ACCENT },
    paragraph: { spacing: { before, after }, keepNext: true, keepLines: true },
  });
  return new Document({
    title: meta.title,
    subject: meta.subject,
    creator: meta.author,
    lastModifiedBy: meta.author,
    description: meta.draft ? `${DRAFT_MARK} – ${meta.subject}` : meta.subject,
    // Word's hyphenation (below) is in its own dictionaries, so the layout can only guess where it breaks words:
    // the contents is written with that best guess, and Word puts the exact numbers in when it opens the file.
    pageNumbers: options.tocPageNumbers === false ? undefined : reportPageNumbers(doc),
    // Word recomputes the contents' page numbers on opening, whatever fonts it lays out with.
    features: { updateFields: true },
    // Dutch hyphenation by Word itself (the text is tagged nl-BE), so long words break with a hyphen.
    hyphenation: { autoHyphenation: true, doNotHyphenateCaps: true },
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY.size, language: LANG }, paragraph: { spacing: { after: BODY.after, line: BODY.line, lineRule: LineRuleType.AUTO } } },
        // lineRule spelled out: LibreOffice reads a bare w:line as exact and clips images and wrapped titles.
        title: { run: { font: FONT, size: TITLE.size, bold: true, color: ACCENT }, paragraph: { spacing: { after: TITLE.after, line: TITLE.line, lineRule: LineRuleType.AUTO } } },
        heading1: heading(HEADING_SIZES[1]),
        heading2: heading(HEADING_SIZES[2]),
        heading3: heading(HEADING_SIZES[3]),
        caption: { run: { font: FONT, size: CAPTION.size, italics: true, color: '444444' }, paragraph: { spacing: { before: CAPTION.before, after: CAPTION.after } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.side, right: PAGE.side, header: PAGE.header, footer: PAGE.footer },
          },
        },
        headers: { default: header(doc) },
        footers: { default: footer() },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(meta.title)] }),
          new Paragraph({ spacing: { after: SUBJECT.after }, children: [new TextRun({ text: meta.subject, size: SUBJECT.size, color: '444444' })] }),
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
}
