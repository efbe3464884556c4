import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isJpeg, stripJpegMetadata } from '../../../main/domain/jpeg-metadata';

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
