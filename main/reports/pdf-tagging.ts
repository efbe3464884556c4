import { createRequire } from 'node:module';

/**
 * A tagged PDF out of pdfmake. pdfmake 0.3 passes `tagged` on to pdfkit,
 * which then declares the document tagged, but pdfmake marks no content, so
 * the structure tree stays empty: a flag that lies to screen readers. This
 * small patch of pdfmake's Renderer closes that gap with pdfkit's own
 * marked-content API (`markStructureContent`, `struct`):
 *
 * - every text run the report renderer writes carries a `_tag`: the path of
 *   structure elements it belongs to, outermost first (Table › TR › TH);
 *   pdfmake copies unknown run properties onto the inlines it lays out, so
 *   the path reaches the renderer with each line;
 * - each line is wrapped in marked content and attached to the leaf element
 *   of its path; elements are made the first time one of their lines is
 *   drawn, so the tree is in reading order;
 * - a table of contents line (pdfmake's own, it carries `linkToDestination`)
 *   becomes a TOCI; a chart (SVG) a Figure with its alt text;
 * - everything else (rules, fills, bullets, running header and footer, the
 *   draft watermark, a header row repeated on a later page) is an Artifact.
 *
 * Only documents created with `tagged: true` are touched. The patch is
 * installed once per process and is idempotent.
 */

export interface TagStep {
  /** Unique in the document: the same id is the same structure element. */
  id: string;
  type: string;
  alt?: string;
  /** The text as it should be read, when what is drawn differs (soft hyphens). */
  actual?: string;
  scope?: 'Column' | 'Row';
}
export type TagPath = readonly TagStep[];

/** What pdfkit's PDFDocument offers for marked content (pdfkit 0.19). */
interface StructElement {
  add(child: unknown): StructElement;
}
interface TaggingDocument {
  options: { tagged?: boolean };
  page: object;
  struct(type: string, options?: Record<string, unknown>): StructElement;
  addStructure(element: StructElement): void;
  markStructureContent(tag: string, options?: Record<string, unknown>): unknown;
  markContent(tag: string, options?: Record<string, unknown> | null): void;
  endMarkedContent(): void;
}
interface Inline {
  _tag?: TagPath;
  linkToDestination?: string;
  text: string;
}
interface LineShape {
  inlines: Array<Inline & { x: number; width: number; fontSize: number; font: { ascender: number; widthOfString(text: string, size: number): number } }>;
  getHeight(): number;
  getAscenderHeight(): number;
}
interface HyphenDrawing {
  text(text: string, x: number, y: number, options: { lineBreak: boolean }): void;
}
interface RendererShape {
  pdfDocument: TaggingDocument & HyphenDrawing;
  renderLine(line: LineShape, x: number, y: number): void;
  renderVector(vector: unknown): void;
  renderSVG(svg: { _tag?: TagPath }): void;
  renderImage(image: unknown): void;
  renderWatermark(page: unknown): void;
}

interface TreeState {
  elements: Map<string, StructElement>;
  /** The page each header cell was first drawn on: a repeat on a later page is an artifact. */
  headerPages: Map<string, object>;
}

const trees = new WeakMap<TaggingDocument, TreeState>();
const ROOT: TagStep = { id: '§document', type: 'Document' };

function treeOf(doc: TaggingDocument): TreeState {
  let tree = trees.get(doc);
  if (!tree) {
    tree = { elements: new Map(), headerPages: new Map() };
    trees.set(doc, tree);
  }
  return tree;
}

/** The element at the end of the path, making it and any missing parents on the way. */
function elementFor(doc: TaggingDocument, path: TagPath): StructElement {
  const tree = treeOf(doc);
  let parent: StructElement | null = null;
  for (const step of [ROOT, ...path]) {
    let element = tree.elements.get(step.id);
    if (!element) {
      const options: Record<string, unknown> = {};
      if (step.alt) options.alt = step.alt;
      if (step.scope) options.scope = step.scope;
      if (step.actual) options.actual = step.actual;
      element = doc.struct(step.type, options);
      if (parent) parent.add(element);
      else doc.addStructure(element);
      tree.elements.set(step.id, element);
    }
    parent = element;
  }
  return parent!;
}

function asArtifact(doc: TaggingDocument, draw: () => void, type = 'Layout'): void {
  doc.markContent('Artifact', { type });
  try {
    draw();
  } finally {
    doc.endMarkedContent();
  }
}

function asContent(doc: TaggingDocument, path: TagPath, draw: () => void): void {
  const leaf = path[path.length - 1];
  if (leaf.type === 'TH') {
    const headerPages = treeOf(doc).headerPages;
    const first = headerPages.get(leaf.id);
    if (first && first !== doc.page) return asArtifact(doc, draw, 'Pagination');
    headerPages.set(leaf.id, doc.page);
  }
  const element = elementFor(doc, path);
  const content = doc.markStructureContent(leaf.type);
  try {
    draw();
  } finally {
    doc.endMarkedContent();
  }
  element.add(content);
}

/** The structure a line belongs to: its runs' tag, or a contents entry; null for an artifact. */
function pathOfLine(line: { inlines: Inline[] }): TagPath | null {
  // First: a contents line repeats the heading's runs, tag and all, but is not the heading.
  const entry = line.inlines.find((i) => i.linkToDestination);
  if (entry?.linkToDestination) return [{ id: '§toc', type: 'TOC' }, { id: `§toc/${entry.linkToDestination}`, type: 'TOCI' }];
  return line.inlines.find((i) => i._tag)?._tag ?? null;
}

/**
 * The report hyphenates with soft hyphens (typography.ts); pdfmake breaks a
 * line at one but draws nothing there. A line that ends in a soft hyphen gets
 * a visible hyphen, as Dutch typesetting wants, drawn as an artifact: the
 * text keeps its soft hyphen, so copying and reading aloud give the word whole.
 */
function drawLineEndHyphen(doc: TaggingDocument & HyphenDrawing, line: LineShape, x: number, y: number): void {
  const last = line.inlines[line.inlines.length - 1];
  if (!last || !last.text.endsWith('\u00AD')) return;
  const lineHeight = line.getHeight();
  const descent = lineHeight - line.getAscenderHeight();
  const baseline = y + lineHeight - (last.font.ascender / 1000) * last.fontSize - descent;
  const softWidth = last.font.widthOfString('\u00AD', last.fontSize);
  const draw = () => doc.text('-', x + last.x + last.width - softWidth, baseline, { lineBreak: false });
  if (doc.options.tagged) asArtifact(doc, draw);
  else draw();
}

let installed = false;

export function installPdfTagging(): void {
  if (installed) return;
  installed = true;
  const require = createRequire(import.meta.url);
  const Renderer = (require('pdfmake/js/Renderer.js') as { default: { prototype: RendererShape } }).default;
  const proto = Renderer.prototype;
  const original = {
    renderLine: proto.renderLine,
    renderVector: proto.renderVector,
    renderSVG: proto.renderSVG,
    renderImage: proto.renderImage,
    renderWatermark: proto.renderWatermark,
  };
  proto.renderLine = function (this: RendererShape, line, x, y) {
    const doc = this.pdfDocument;
    const draw = () => original.renderLine.call(this, line, x, y);
    if (!doc.options.tagged) draw();
    else {
      const path = pathOfLine(line);
      if (path) asContent(doc, path, draw);
      else asArtifact(doc, draw, 'Pagination');
    }
    drawLineEndHyphen(doc, line, x, y);
  };
  proto.renderSVG = function (this: RendererShape, svg) {
    const doc = this.pdfDocument;
    const draw = () => original.renderSVG.call(this, svg);
    if (!doc.options.tagged) return draw();
    return svg._tag ? asContent(doc, svg._tag, draw) : asArtifact(doc, draw);
  };
  // A photo with a tag is a Figure with its alt text, like a chart; any other image is decoration.
  proto.renderImage = function (this: RendererShape, image) {
    const doc = this.pdfDocument;
    const draw = () => original.renderImage.call(this, image);
    if (!doc.options.tagged) return draw();
    const tag = (image as { _tag?: TagPath })._tag;
    return tag ? asContent(doc, tag, draw) : asArtifact(doc, draw);
  };
  for (const name of ['renderVector', 'renderWatermark'] as const) {
    proto[name] = function (this: RendererShape, item: unknown) {
      const doc = this.pdfDocument;
      const draw = () => (original[name] as (this: RendererShape, item: unknown) => void).call(this, item);
      return doc.options.tagged ? asArtifact(doc, draw) : draw();
    };
  }
}
