import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../main/reports/pdf-renderer';
import { setMeasureOnce } from '../../../main/reports/pdf-measure-once';
import { longReport } from '../../helpers/long-report';

const require = createRequire(import.meta.url);
type Proto = Record<string, (...args: unknown[]) => unknown>;
const LayoutBuilder = (require('pdfmake/js/LayoutBuilder.js') as { default: { prototype: Proto } }).default.prototype;
const TextInlines = (require('pdfmake/js/TextInlines.js') as { default: { prototype: Proto } }).default.prototype;

async function count<T>(proto: Proto, name: string, run: () => Promise<T>): Promise<[number, T]> {
  const original = proto[name];
  let calls = 0;
  proto[name] = function (this: unknown, ...args: unknown[]) {
    calls++;
    return original.apply(this, args);
  };
  try {
    const result = await run();
    return [calls, result];
  } finally {
    proto[name] = original;
  }
}

describe('the PDF measures its texts once, however often pdfmake lays it out', () => {
  afterAll(() => setMeasureOnce(true));

  it('gives the same bytes as measuring every layout afresh, and measures far less', async () => {
    const doc = longReport();
    // The long report needs more than one layout: headings that would stand alone at a page foot move on.
    const [layouts, once] = await count(LayoutBuilder, 'tryLayoutDocument', () => count(TextInlines, 'buildInlines', () => renderPdf(doc)));
    expect(layouts).toBeGreaterThan(1);
    setMeasureOnce(false);
    const [measuredAfresh, bytesAfresh] = await count(TextInlines, 'buildInlines', () => renderPdf(doc));
    const [measuredOnce, bytesOnce] = once;
    expect(Buffer.compare(bytesOnce, bytesAfresh)).toBe(0);
    // Each layout measures the contents entries and running heads again; the body's texts only the first time.
    expect(measuredOnce).toBeLessThan(measuredAfresh / 2);
  }, 120_000);
});
