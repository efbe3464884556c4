import { createRequire } from 'node:module';

/**
 * pdfmake lays a document out again from the start each time the
 * `pageBreakBefore` rule (keep headings with their text) moves a heading to
 * the next page, and each layout measures every text again: splits it into
 * words and asks the font for each word's width. Nothing a text is measured
 * from changes between those layouts (the same node, text and styles; only
 * where it lands on the page moves), so the second and later layouts reuse
 * the first one's measurements. The long report was laid out four times, and
 * the measuring was four fifths of each layout: its texts, and its charts,
 * whose SVG is parsed for its size.
 *
 * The layout consumes a text's measured words (it shifts them off the list
 * and writes their positions onto them), so each layout gets fresh copies.
 * A text whose content is filled in late (a page reference, a contents entry:
 * `_textRef`) is measured each time, as pdfmake does. Installed once per
 * process; idempotent.
 */

interface MeasuredLeaf {
  text: unknown;
  _textRef?: unknown;
  _inlines?: object[];
  _minWidth?: number;
  _maxWidth?: number;
}
interface MeasuredSvg {
  svg: string;
  [field: string]: unknown;
}
interface DocMeasureShape {
  measureLeaf(node: MeasuredLeaf): MeasuredLeaf;
  measureSVG(node: MeasuredSvg): MeasuredSvg;
}
/** What measuring a chart writes onto its node (pdfmake 0.3's measureSVG and measureImageWithDimensions). */
const SVG_FIELDS = ['svg', '_width', '_height', '_minWidth', '_maxWidth', '_alignment', 'font'] as const;

interface Measurement {
  text: unknown;
  inlines: object[];
  minWidth: number | undefined;
  maxWidth: number | undefined;
}

const measured = new WeakMap<MeasuredLeaf, Measurement>();
const measuredSvgs = new WeakMap<MeasuredSvg, Record<string, unknown>>();
let installed = false;
let enabled = true;

/** For tests: measure every layout afresh, as pdfmake does alone, to compare the output. */
export function setMeasureOnce(on: boolean): void {
  enabled = on;
}

export function installMeasureOnce(): void {
  if (installed) return;
  installed = true;
  const require = createRequire(import.meta.url);
  const DocMeasure = (require('pdfmake/js/DocMeasure.js') as { default: { prototype: DocMeasureShape } }).default;
  const original = DocMeasure.prototype.measureLeaf;
  DocMeasure.prototype.measureLeaf = function (this: DocMeasureShape, node) {
    if (!enabled || node._textRef) return original.call(this, node);
    const known = measured.get(node);
    if (known && known.text === node.text) {
      node._inlines = known.inlines.map((inline) => ({ ...inline }));
      node._minWidth = known.minWidth;
      node._maxWidth = known.maxWidth;
      return node;
    }
    const result = original.call(this, node);
    measured.set(node, { text: node.text, inlines: (node._inlines ?? []).map((inline) => ({ ...inline })), minWidth: node._minWidth, maxWidth: node._maxWidth });
    return result;
  };
  const originalSvg = DocMeasure.prototype.measureSVG;
  DocMeasure.prototype.measureSVG = function (this: DocMeasureShape, node) {
    // Measuring writes the size into the SVG text: the text it wrote is the one the next layout sees.
    if (!enabled) return originalSvg.call(this, node);
    const known = measuredSvgs.get(node);
    if (known && known.svg === node.svg) {
      Object.assign(node, known);
      return node;
    }
    const result = originalSvg.call(this, node);
    measuredSvgs.set(node, Object.fromEntries(SVG_FIELDS.map((field) => [field, node[field]])));
    return result;
  };
}
