import { Resvg } from '@resvg/resvg-js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { imageSize } from '../../../main/domain/image-size';
import { fitInto } from '../../../main/reports/fit';

/** A JPEG header as cameras write it: SOI, an APP segment, a frame with the size, then the scan. */
function jpegHeader(width: number, height: number, sof = 0xc0): Uint8Array {
  const app = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
  const frame = [0xff, sof, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return Uint8Array.from([0xff, 0xd8, ...app, ...frame, 0xff, 0xda, 0x00, 0x02]);
}

describe('imageSize', () => {
  it('reads a real PNG', () => {
    const png = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="321" height="123"><rect width="321" height="123"/></svg>').render().asPng();
    expect(imageSize(png)).toEqual({ format: 'png', width: 321, height: 123 });
  });

  it('reads the frame of baseline and progressive JPEGs, past other segments', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: 1, max: 20_000 }), fc.constantFrom(0xc0, 0xc2), (w, h, sof) => {
        expect(imageSize(jpegHeader(w, h, sof))).toEqual({ format: 'jpeg', width: w, height: h });
      }),
    );
  });

  it('never throws and never invents a size from bytes that are not an image, or are cut short', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const size = imageSize(bytes);
        if (size) expect(size.width > 0 && size.height > 0).toBe(true);
      }),
      { numRuns: 5000 },
    );
    const whole = jpegHeader(640, 480);
    for (let cut = 0; cut < 25; cut++) expect(imageSize(whole.subarray(0, cut))).toBeNull();
  });

  it('fits a box keeping proportions, never enlarging', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8000 }), fc.integer({ min: 1, max: 8000 }), (w, h) => {
        const fitted = fitInto({ width: w, height: h }, { width: 302, height: 227 });
        expect(fitted.width).toBeLessThanOrEqual(Math.min(302, w));
        expect(fitted.height).toBeLessThanOrEqual(Math.min(227, h) + 1);
        // Rounding to whole pixels: the proportions hold to within a pixel on each side.
        if (fitted.width >= 20 && fitted.height >= 20) expect(Math.abs(fitted.width / fitted.height - w / h) / (w / h)).toBeLessThan(0.1);
      }),
    );
  });
});
