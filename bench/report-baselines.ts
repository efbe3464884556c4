import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderChartPng, renderChartSvg } from '../main/reports/charts';
import { plainText, type ReportDocument } from '../main/reports/model';

/**
 * The bare libraries building the same paragraphs, tables and images as a
 * report model, without our layer (no styles, table of contents, headers,
 * footers, watermark or text safety): the baseline our renderers are
 * measured against. Charts are drawn in both, so the ratio is our layer alone.
 */
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];

export function bareDocx(doc: ReportDocument): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [];
  for (const block of doc.blocks) {
    if (block.kind === 'heading') children.push(new Paragraph({ text: block.text, heading: HEADINGS[block.level - 1] }));
    else if (block.kind === 'paragraph' || block.kind === 'note') children.push(new Paragraph({ children: block.runs.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic })) }));
    else if (block.kind === 'bulletList') for (const item of block.items) children.push(new Paragraph({ text: plainText(item), bullet: { level: 0 } }));
    else if (block.kind === 'table' || block.kind === 'facts') {
      // Copies: pdfmake writes its own cell objects into the rows it is given, and the model is shared with other runs.
      const rows = block.kind === 'table' ? [block.header, ...block.rows].map((row) => [...row]) : block.items.map((f) => [f.label, f.value]);
      children.push(new Table({ rows: rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })) }));
    } else if (block.kind === 'figure') {
      children.push(new Paragraph({ children: [new ImageRun({ type: 'png', data: renderChartPng(block.chart), transformation: { width: block.chart.width, height: block.chart.height } })] }));
    }
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

const require = createRequire(import.meta.url);
const ROBOTO = require('pdfmake/fonts/Roboto.js') as Record<string, Record<string, string>>;
const FONT_DIR = resolve(dirname(ROBOTO.Roboto.normal));

export function barePdf(doc: ReportDocument): Promise<Buffer> {
  const content: Content[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'heading') content.push({ text: block.text, fontSize: 18 - block.level * 2, bold: true });
    else if (block.kind === 'paragraph' || block.kind === 'note') content.push({ text: block.runs.map((r) => ({ text: r.text, bold: r.bold, italics: r.italic })) });
    else if (block.kind === 'bulletList') content.push({ ul: block.items.map(plainText) });
    else if (block.kind === 'table' || block.kind === 'facts') {
      // Copies: pdfmake writes its own cell objects into the rows it is given, and the model is shared with other runs.
      const rows = block.kind === 'table' ? [block.header, ...block.rows].map((row) => [...row]) : block.items.map((f) => [f.label, f.value]);
      content.push({ table: { body: rows } });
    } else if (block.kind === 'figure') content.push({ svg: renderChartSvg(block.chart), width: block.chart.width * 0.75 });
  }
  pdfmake.setFonts(structuredClone(ROBOTO));
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path: string) => resolve(path).startsWith(FONT_DIR));
  return pdfmake.createPdf({ content, defaultStyle: { font: 'Roboto' } } as TDocumentDefinitions).getBuffer();
}
