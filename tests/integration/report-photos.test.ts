import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { altTexts, structureWithText } from '../helpers/pdf-structure';
import { callOk, openTestServices, type TestServices } from '../helpers/services';

/**
 * Photos from the evidence appear in the report annex as thumbnails, in both
 * formats: a tagged Figure with alt text in the PDF, an image with alt text
 * in Word; captions name the kind of source and the day, never the note.
 */
let s: TestServices;
let inspectionId: string;

/** A 640×480 PNG as a phone or scanner writes it: with a text chunk saying where it was taken, right after IHDR. */
function photoPng(label: string): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480"><rect width="640" height="480" fill="#2f6b34"/><text x="40" y="240" font-size="48" fill="#fff">${label}</text></svg>`;
  const png = Buffer.from(new Resvg(svg).render().asPng());
  const body = Buffer.from('tEXtLocation\x00GPSLatitude 51.0543 N, Lindelaan 1 Gent', 'latin1');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length - 4);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  const afterIhdr = 8 + 25;
  return Buffer.concat([png.subarray(0, afterIhdr), length, body, crc, png.subarray(afterIhdr)]);
}

beforeAll(async () => {
  s = await openTestServices({ seedDemo: false });
  await callOk(s.ctx, 'saveProfile', { profileName: 'Ilse Janssens', role: 'hoofdinspecteur' });
  await s.ctx.db.run(`INSERT INTO schools (instellingsnummer, name, level, form, network, board, street, postcode, municipality, lop)
    VALUES ('012345', 'Basisschool De Linde', 'basis', 'gewoon', 'GO!', 'Scholengroep Gent', 'Lindelaan 1', '9000', 'Gent', 'LOP Gent')`);
  inspectionId = (await callOk(s.ctx, 'createInspection', { instellingsnummer: '012345', type: 'unannounced', startDate: '2026-10-05' })).id;
  const evidence = await callOk(s.ctx, 'saveEvidence', { inspectionId, source: 'classroom_observation', role: 'inspector', date: '2026-10-05', note: 'Jonas uit 5B zat achteraan', indicatorIds: ['km.1'] });
  for (const label of ['Klasafspraken', 'Bordplan']) {
    await callOk(s.ctx, 'addAttachment', { inspectionId, evidenceId: evidence.id, fileName: `${label}.png`, mimeType: 'image/png', base64: photoPng(label).toString('base64') });
  }
  await callOk(s.ctx, 'addAttachment', { inspectionId, evidenceId: evidence.id, fileName: 'notitie.txt', mimeType: 'text/plain', base64: Buffer.from('geen foto').toString('base64') });
}, 60_000);
afterAll(() => s?.close());

describe('evidence photos in the report', () => {
  it('the PDF shows them as tagged Figures with alt text, captioned without the note', { timeout: 120_000 }, async () => {
    const pdf = await callOk(s.ctx, 'exportReport', { inspectionId, format: 'pdf' });
    const file = join(s.dataDir, 'verslag.pdf');
    writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Foto’s bij het bewijs');
    expect(text).toMatch(/Foto 1\. Klasobservatie, 5 oktober 2026/);
    expect(text).toMatch(/Foto 2\. /);
    expect(text).not.toContain('Foto 3.');
    expect(text).not.toContain('Jonas');
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').filter((l) => /^\s*\d+\s+\d+\s+image/.test(l));
    expect(images.filter((l) => /\s640\s+480\s/.test(l))).toHaveLength(2);
    const figures = structureWithText(file).filter((n) => n.type === 'Figure');
    // The report's own chart figures plus the two photos.
    expect(figures.length).toBeGreaterThanOrEqual(2);
    expect(altTexts(file, 'Figure').filter((alt) => alt === 'Foto bij het bewijs (klasobservatie), genomen op 5 oktober 2026.')).toHaveLength(2);
  });

  it('the Word file carries them as images with alt text', { timeout: 120_000 }, async () => {
    const docx = await callOk(s.ctx, 'exportReport', { inspectionId, format: 'docx' });
    const zip = await JSZip.loadAsync(Buffer.from(docx.base64, 'base64'));
    const media = Object.keys(zip.files).join('\n');
    // Dates are kept on one line with no-break spaces.
    const xml = (await zip.file('word/document.xml')!.async('string')).replace(/\u00a0/g, ' ');
    expect(xml.match(/descr="Foto bij het bewijs \(klasobservatie\), genomen op 5 oktober 2026\."/g)).toHaveLength(2);
    expect(xml).toContain('Foto 2. Klasobservatie, 5 oktober 2026');
    expect(xml).not.toContain('Jonas');
    expect(media.match(/word\/media\/.*\.png/g)!.length).toBeGreaterThanOrEqual(2);
    // Where the photo was taken stays out of the published file.
    for (const name of Object.keys(zip.files).filter((n) => n.startsWith('word/media/'))) {
      expect((await zip.file(name)!.async('nodebuffer')).toString('latin1'), name).not.toMatch(/GPSLatitude|Lindelaan/);
    }
  });

  it('the stored photo has lost its location before anything is hashed or written', async () => {
    const rows = await s.ctx.db.all<{ storedName: string }>(`SELECT stored_name AS storedName FROM attachments WHERE mime_type = 'image/png'`);
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(readFileSync(join(s.dataDir, 'attachments', r.storedName)).toString('latin1')).not.toContain('GPSLatitude');
  });
});
