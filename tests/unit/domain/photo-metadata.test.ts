import { crc32, deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { imageSize } from '../../../main/domain/image-size';
import { isJpeg, isPng, stripJpegMetadata, stripPhotoMetadata, stripPngMetadata } from '../../../main/domain/photo-metadata';

const seg = (marker: number, payload: number[] | Uint8Array) => [0xff, marker, ((payload.length + 2) >> 8) & 0xff, (payload.length + 2) & 0xff, ...payload];
const ascii = (text: string) => [...Buffer.from(text, 'latin1')];
// APP0 JFIF, a quantisation table, a frame header, then SOS and some "image data" ending in EOI.
const JFIF = seg(0xe0, ascii('JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00'));
const DQT = seg(0xdb, [0, ...Array(64).fill(1)]);
const SOF = seg(0xc0, [8, 0, 1, 0, 1, 1, 1, 0x11, 0]);
const SCAN = [...seg(0xda, [1, 1, 0, 0, 0x3f, 0]), 0x12, 0x34, 0xff, 0x00, 0x56, 0xff, 0xd9];
const EXIF_GPS = seg(0xe1, ascii('Exif\x00\x00MM\x00*GPSLatitude 51.0543 N GPSLongitude 3.7174 E'));
const XMP = seg(0xe1, ascii('http://ns.adobe.com/xap/1.0/\x00<exif:GPSLatitude>51,3.05N</exif:GPSLatitude>'));
const IPTC = seg(0xed, ascii('Photoshop 3.0\x008BIM city=Gent'));
const COMMENT = seg(0xfe, ascii('taken at Basisschool De Klimop'));

const jpeg = (...parts: number[][]) => Uint8Array.from([0xff, 0xd8, ...parts.flat()]);
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('stripJpegMetadata: a photo keeps its picture and loses where it was taken', () => {
  it('removes Exif (GPS), XMP, IPTC and comments and keeps every other byte in order', () => {
    const photo = jpeg(JFIF, EXIF_GPS, XMP, DQT, IPTC, COMMENT, SOF, SCAN);
    const { bytes, removed } = stripJpegMetadata(photo);
    expect(removed).toBe(4);
    expect(text(bytes)).not.toMatch(/GPS|Exif|Gent|Klimop|xap/);
    expect([...bytes]).toEqual([0xff, 0xd8, ...JFIF, ...DQT, ...SOF, ...SCAN]);
    expect(isJpeg(bytes)).toBe(true);
  });

  it('leaves a photo without metadata, and anything that is not a JPEG, exactly as it was', () => {
    const clean = jpeg(JFIF, DQT, SOF, SCAN);
    expect(stripJpegMetadata(clean)).toEqual({ bytes: clean, removed: 0 });
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(stripJpegMetadata(png)).toEqual({ bytes: png, removed: 0 });
  });

  it('never throws and never grows on hostile bytes; a cut-short file is left alone', () => {
    const cut = jpeg(JFIF, EXIF_GPS).subarray(0, 30);
    expect(stripJpegMetadata(cut).removed).toBe(0);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (tail, asJpeg) => {
        const input = asJpeg ? Uint8Array.from([0xff, 0xd8, ...tail]) : tail;
        const out = stripJpegMetadata(input);
        expect(out.bytes.length).toBeLessThanOrEqual(input.length);
        if (out.removed === 0) expect(out.bytes).toBe(input);
      }),
    );
  });

  it('the picture data after SOS is never touched, whatever metadata comes before it', () => {
    const meta = fc.constantFrom(EXIF_GPS, XMP, IPTC, COMMENT, JFIF, DQT);
    fc.assert(
      fc.property(fc.array(meta, { maxLength: 6 }), (parts) => {
        const out = stripJpegMetadata(jpeg(...parts, SOF, SCAN)).bytes;
        expect([...out.subarray(out.length - SCAN.length)]).toEqual(SCAN);
        expect(text(out)).not.toMatch(/GPS/);
      }),
    );
  });
});

// A real 2×2 RGB PNG: IHDR, IDAT (deflated scanlines), IEND, each chunk with its CRC; metadata chunks to put between.
const chunk = (type: string, data: Uint8Array | number[]) => {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), Buffer.from(data)]);
  const head = Buffer.alloc(4);
  head.writeUInt32BE(body.length - 4);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return [...head, ...body, ...crc];
};
const PNG_SIG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const IHDR = chunk('IHDR', [0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0]);
const IDAT = chunk('IDAT', deflateSync(Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255])));
const IEND = chunk('IEND', []);
const SRGB = chunk('sRGB', [0]);
const PNG_EXIF = chunk('eXIf', ascii('MM\x00*GPSLatitude 51.0543 N'));
const PNG_XMP = chunk('iTXt', ascii('XML:com.adobe.xmp\x00\x00\x00\x00\x00<exif:GPSLatitude>51,3.05N</exif:GPSLatitude>'));
const PNG_TEXT = chunk('tEXt', ascii('Comment\x00GPS taken at Basisschool De Klimop'));
const PNG_ZTEXT = chunk('zTXt', [...ascii('Author\x00\x00'), ...deflateSync(Buffer.from('GPS Jonas Peeters'))]);
const PNG_TIME = chunk('tIME', [0x07, 0xea, 10, 5, 9, 30, 0]);
const png = (...parts: number[][]) => Uint8Array.from([...PNG_SIG, ...parts.flat()]);

/** Every chunk of a PNG with its CRC checked: what a decoder would refuse first. */
function pngChunks(bytes: Uint8Array): string[] {
  const types: string[] = [];
  const b = Buffer.from(bytes);
  for (let at = 8; at < b.length; ) {
    const length = b.readUInt32BE(at);
    const type = b.toString('latin1', at + 4, at + 8);
    expect(b.readUInt32BE(at + 8 + length), `CRC of ${type}`).toBe(crc32(b.subarray(at + 4, at + 8 + length)));
    types.push(type);
    at += 12 + length;
  }
  return types;
}

describe('stripPngMetadata: a PNG keeps its picture and loses its text, Exif and time', () => {
  it('removes eXIf, iTXt (XMP), tEXt, zTXt and tIME and keeps every other chunk byte for byte, in order', () => {
    const photo = png(IHDR, PNG_EXIF, SRGB, PNG_XMP, PNG_TEXT, IDAT, PNG_ZTEXT, PNG_TIME, IEND);
    const { bytes, removed } = stripPngMetadata(photo);
    expect(removed).toBe(5);
    expect(text(bytes)).not.toMatch(/GPS|xmp|Klimop|Author/);
    expect([...bytes]).toEqual([...PNG_SIG, ...IHDR, ...SRGB, ...IDAT, ...IEND]);
    expect(pngChunks(bytes)).toEqual(['IHDR', 'sRGB', 'IDAT', 'IEND']);
    expect(isPng(bytes)).toBe(true);
    expect(imageSize(Buffer.from(bytes))).toMatchObject({ width: 2, height: 2 });
  });

  it('leaves a clean PNG, a JPEG, and a PNG cut short or without IEND exactly as they were', () => {
    const clean = png(IHDR, IDAT, IEND);
    expect(stripPngMetadata(clean)).toEqual({ bytes: clean, removed: 0 });
    const photo = jpeg(JFIF, EXIF_GPS, SOF, SCAN);
    expect(stripPngMetadata(photo)).toEqual({ bytes: photo, removed: 0 });
    const noEnd = png(IHDR, PNG_EXIF, IDAT);
    expect(stripPngMetadata(noEnd).bytes).toBe(noEnd);
    const cut = png(IHDR, PNG_EXIF, IDAT, IEND).subarray(0, 40);
    expect(stripPngMetadata(cut).removed).toBe(0);
  });

  it('whatever chunks come in whatever order, no metadata chunk is left and every CRC still holds', () => {
    const ancillary = fc.constantFrom(PNG_EXIF, PNG_XMP, PNG_TEXT, PNG_ZTEXT, PNG_TIME, SRGB);
    fc.assert(
      fc.property(fc.array(ancillary, { maxLength: 5 }), fc.array(ancillary, { maxLength: 5 }), (before, after) => {
        const out = stripPngMetadata(png(IHDR, ...before, IDAT, ...after, IEND)).bytes;
        const types = pngChunks(out);
        expect(types.filter((t) => ['eXIf', 'iTXt', 'tEXt', 'zTXt', 'tIME'].includes(t))).toEqual([]);
        expect(types.filter((t) => t !== 'sRGB')).toEqual(['IHDR', 'IDAT', 'IEND']);
        expect(types.filter((t) => t === 'sRGB')).toHaveLength([...before, ...after].filter((c) => c === SRGB).length);
      }),
    );
  });

  it('never throws and never grows on hostile bytes after a PNG signature', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (tail) => {
        const input = Uint8Array.from([...PNG_SIG, ...tail]);
        const out = stripPngMetadata(input);
        expect(out.bytes.length).toBeLessThanOrEqual(input.length);
        if (out.removed === 0) expect(out.bytes).toBe(input);
      }),
    );
  });

  it('stripPhotoMetadata picks the rule by the bytes, not the file name', () => {
    expect(stripPhotoMetadata(png(IHDR, PNG_EXIF, IDAT, IEND)).removed).toBe(1);
    expect(stripPhotoMetadata(jpeg(JFIF, EXIF_GPS, SOF, SCAN)).removed).toBe(1);
    const other = Uint8Array.from(ascii('%PDF-1.7 GPS'));
    expect(stripPhotoMetadata(other).bytes).toBe(other);
  });
});
