import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderReport, REPORT_MIME_TYPES, type ReportDocument } from '../../../main/reports/index';
import { docxParagraphs } from '../../helpers/docx-text';

/** Every block kind once, built by hand: the renderers need no inspection to work. */
const everyKind: ReportDocument = {
  meta: { title: 'Voortgangsrapport', subject: 'Task force – opvolging', author: 'Task force', language: 'nl-BE', draft: false, createdAt: '2027-05-01T10:00:00Z' },
  blocks: [
    { kind: 'facts', items: [{ label: 'School', value: 'Basisschool De Regenboog' }] },
    { kind: 'toc', title: 'Inhoud' },
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: 'Doelen' },
    { kind: 'paragraph', runs: [{ text: 'Vet ', bold: true }, { text: 'en cursief', italic: true }, { text: ' – café, reünie, coördinatie.' }] },
    { kind: 'bulletList', items: [[{ text: 'Eerste actie' }], [{ text: 'Tweede actie' }]] },
    { kind: 'heading', level: 2, text: 'Acties' },
    { kind: 'table', header: ['Actie', 'Eigenaar', 'Klaar (%)'], rows: [['Klasbezoek', 'Directie', '75,5']], align: ['left', 'left', 'right'], widths: [3, 2, 1], caption: 'Tabel A' },
    { kind: 'heading', level: 3, text: 'Grafiek' },
    {
      kind: 'figure',
      chart: { kind: 'bar', title: 'Voortgang', categories: ['jan', 'feb'], series: [{ name: 'Doelen bereikt', values: [1, 3] }], yAxisLabel: 'Aantal', width: 480, height: 260 },
      alt: 'Staafgrafiek: 1 doel in januari, 3 in februari.',
      caption: 'Figuur A',
    },
    { kind: 'note', runs: [{ text: 'Een opmerking.' }] },
  ],
};

describe('renderReport', () => {
  it('renders a model with every block kind to docx', async () => {
    const buffer = await renderReport(everyKind, 'docx');
    const zip = await JSZip.loadAsync(buffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    const paragraphs = docxParagraphs(xml);
    for (const text of ['Basisschool De Regenboog', 'Doelen', 'Eerste actie', 'Klasbezoek', 'Een opmerking.', 'Figuur A', 'Tabel A', 'coördinatie']) {
      expect(paragraphs.some((p) => p.includes(text)), text).toBe(true);
    }
    expect(xml).toContain('<w:softHyphen/>');
    expect(xml.includes('descr="Staafgrafiek: 1 doel in januari, 3 in februari."')).toBe(true);
    expect(xml.includes('ONTWERP')).toBe(false);
  }, 30_000);

  it('renders a model with every block kind to pdf', async () => {
    const buffer = await renderReport(everyKind, 'pdf');
    expect(buffer.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(buffer.toString('latin1')).toContain('/Title (Doelen)');
  }, 30_000);

  it('rejects an unknown format', async () => {
    await expect(renderReport(everyKind, 'odt' as never)).rejects.toThrow(/unknown report format/);
  });

  it('names a MIME type per format', () => {
    expect(REPORT_MIME_TYPES.pdf).toBe('application/pdf');
    expect(REPORT_MIME_TYPES.docx).toMatch(/wordprocessingml/);
  });

  it('keeps the renderers ignorant of inspections (they only know the model)', () => {
    for (const file of ['docx-renderer.ts', 'pdf-renderer.ts', 'model.ts', 'charts.ts']) {
      const source = readFileSync(fileURLToPath(new URL(`../../../main/reports/${file}`, import.meta.url)), 'utf8');
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      expect(imports.filter((i) => i.includes('domain') || i.includes('inspection')), file).toEqual([]);
    }
  });
});
