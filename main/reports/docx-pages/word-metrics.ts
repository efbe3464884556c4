import { Document, LineRuleType, Paragraph, TextRun } from 'docx';
import { layoutDocument } from 'docx/layout';

/**
 * Calibri's widths and line heights as docx's page layout knows them (its
 * width tables are Word's), read from that layout once per character and
 * face, then kept: the contents' page layout measures the report's text with
 * the same numbers as docx's own layout, without running it over the whole
 * report. Widths are linear in the font size, so one size is read.
 */

export type Face = 'regular' | 'bold' | 'italic' | 'boldItalic';

export const FONT = 'Calibri';
/** Read at a large size, so the widths keep their precision when scaled down. */
const PROBE_SIZE_PT = 100;
const PX_TO_PT = 72 / 96;
const FACES: Record<Face, { bold: boolean; italics: boolean }> = {
  regular: { bold: false, italics: false },
  bold: { bold: true, italics: false },
  italic: { bold: false, italics: true },
  boldItalic: { bold: true, italics: true },
};

/** Width of a character at 1 pt, in pt, by face and character. */
const widths = new Map<Face, Map<string, number>>();
/** Height of a single-spaced line at 1 pt, in pt, by face. */
const lineHeights = new Map<Face, number>();

export function faceOf(bold: boolean | undefined, italic: boolean | undefined): Face {
  return bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
}

/**
 * Reads the characters not yet known from docx's layout, all in one small
 * document: per face one paragraph, a line per character between two x's
 * (so spaces, which a line's width leaves out at its end, are measured too).
 */
export function learnCharacters(needed: ReadonlyMap<Face, ReadonlySet<string>>): void {
  const probes: Array<{ face: Face; characters: string[] }> = [];
  for (const [face, characters] of needed) {
    const known = widths.get(face);
    const unknown = [...characters].filter((c) => !known?.has(c));
    if (unknown.length > 0 || !lineHeights.has(face)) probes.push({ face, characters: unknown });
  }
  if (probes.length === 0) return;
  const paragraphs = probes.map(
    ({ face, characters }) =>
      new Paragraph({
        spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        children: ['xx', ...characters.map((c) => `x${c}x`)].map(
          (text, i) => new TextRun({ text, font: FONT, size: PROBE_SIZE_PT * 2, ...FACES[face], break: i === 0 ? undefined : 1 }),
        ),
      }),
  );
  // A page tall and wide enough that every probe line is a line of its own.
  const document = new Document({
    sections: [{ properties: { page: { size: { width: 31680, height: 31680 }, margin: { top: 0, bottom: 0, left: 0, right: 0 } } }, children: paragraphs }],
  });
  const lines = new Map<number, Array<{ textWidth: number; height: number }>>();
  for (const page of layoutDocument(document, { guess: true }).pages) {
    for (const block of page.body) {
      if (block.type !== 'paragraph') continue;
      const list = lines.get(block.index) ?? [];
      list.push(...block.lines);
      lines.set(block.index, list);
    }
  }
  probes.forEach(({ face, characters }, index) => {
    const probeLines = lines.get(index) ?? [];
    if (probeLines.length !== characters.length + 1) throw new Error(`docx layout gave ${probeLines.length} probe lines for ${characters.length + 1}`);
    const pt = (px: number) => (px * PX_TO_PT) / PROBE_SIZE_PT;
    const xx = pt(probeLines[0].textWidth);
    const known = widths.get(face) ?? new Map<string, number>();
    characters.forEach((c, i) => known.set(c, pt(probeLines[i + 1].textWidth) - xx));
    widths.set(face, known);
    lineHeights.set(face, pt(probeLines[0].height));
  });
}

/** Width in pt of characters already learnt; an unknown one throws (call learnCharacters first). */
export function widthOf(text: string, face: Face, sizePt: number): number {
  const table = widths.get(face);
  let total = 0;
  for (const c of text) {
    const w = table?.get(c);
    if (w === undefined) throw new Error(`width of ${JSON.stringify(c)} in ${face} not learnt`);
    total += w;
  }
  return total * sizePt;
}

/** Height in pt of a single-spaced line. */
export function lineHeightOf(face: Face, sizePt: number): number {
  const h = lineHeights.get(face);
  if (h === undefined) throw new Error(`line height of ${face} not learnt`);
  return h * sizePt;
}
