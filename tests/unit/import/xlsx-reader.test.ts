import { describe, expect, it } from 'vitest';
import { ImportFileError } from '../../../main/import/errors';
import { columnNumber, readXlsx } from '../../../main/import/xlsx-reader';
import { deflated, handZip, type HandEntry, SHEET_CLOSE, SHEET_OPEN, sharedStringsXml, workbookEntries } from '../../helpers/zip-by-hand';

/** The rows a sheet yields, as the importer's table sink sees them. */
async function rows(entries: HandEntry[], sheet?: string): Promise<{ sheet: string; rows: [number, string[]][] }> {
  const seen: [number, string[]][] = [];
  const info = await readXlsx(handZip(entries), sheet, { row: (cells, n) => seen.push([n, cells]), progress: () => undefined, cancelled: () => false });
  return { sheet: info.sheet, rows: seen };
}

const sheet = (body: string) => deflated('xl/worksheets/sheet1.xml', SHEET_OPEN + body + SHEET_CLOSE);

describe('the XLSX reader', () => {
  it('reads every cell type as the text a user sees', async () => {
    const strings = deflated('xl/sharedStrings.xml', '<?xml version="1.0"?><sst><si><t>gewoon</t></si><si><r><t>School </t></r><r><t>A</t></r><rPh><t>スクール</t></rPh></si></sst>');
    const result = await rows([
      ...workbookEntries(),
      sheet(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="e"><v>#N/A</v></c><c r="E1" t="str"><f>A1</f><v>berekend</v></c>' +
          '<c r="F1"><v>1.0E+3</v></c><c r="G1"><v>12.5</v></c><c r="H1" t="inlineStr"><is><t>inline &amp; &lt;tekst&gt;</t></is></c><c r="I1" t="d"><v>2026-12-02T00:00:00Z</v></c></row>',
      ),
      strings,
    ]);
    expect(result.rows).toEqual([[1, ['gewoon', 'School A', 'true', '#N/A', 'berekend', '1000', '12.5', 'inline & <tekst>', '2026-12-02']]]);
  });

  it('places cells by their reference, fills gaps, numbers rows without r, skips empty rows', async () => {
    const result = await rows([...workbookEntries(), sheet('<row r="3"><c r="C3"><v>3</v></c><c><v>4</v></c></row><row><c r="A4" s="2"/></row><row><c r="B5"><v>x</v></c></row>')]);
    expect(result.rows).toEqual([
      [3, ['', '', '3', '4']],
      [5, ['', 'x']],
    ]);
  });

  it('prefixed elements (x:row) and absolute relationship targets, sheets chosen by name', async () => {
    const entries = workbookEntries().map((e) =>
      e.name === 'xl/_rels/workbook.xml.rels'
        ? deflated(e.name, '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId9" Type="x/worksheet" Target="worksheets/b.xml"/></Relationships>')
        : e.name === 'xl/workbook.xml'
          ? deflated(e.name, '<?xml version="1.0"?><x:workbook xmlns:x="m" xmlns:r="r"><x:sheets><x:sheet name="Uitleg" r:id="rId1"/><x:sheet name="Cijfers" r:id="rId9"/></x:sheets></x:workbook>')
          : e,
    );
    const files = [...entries, deflated('xl/worksheets/sheet1.xml', '<x:worksheet xmlns:x="m"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>uitleg</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>'), deflated('xl/worksheets/b.xml', `${SHEET_OPEN}<row r="1"><c r="A1"><v>7</v></c></row>${SHEET_CLOSE}`)];
    expect(await rows(files)).toEqual({ sheet: 'Uitleg', rows: [[1, ['uitleg']]] });
    expect(await rows(files, ' cijfers ')).toEqual({ sheet: 'Cijfers', rows: [[1, ['7']]] });
    await expect(rows(files, 'Andere')).rejects.toThrow('Geen werkblad "Andere" in dit bestand (wel: Uitleg, Cijfers).');
  });

  it('refuses with a named problem: a shared string that does not exist, an unknown compression, no workbook, too many shared strings', async () => {
    await expect(rows([...workbookEntries(), sheet('<row r="1"><c r="A1" t="s"><v>5</v></c></row>'), deflated('xl/sharedStrings.xml', sharedStringsXml(['a']))])).rejects.toThrow('cel A1 verwijst naar een tekst die niet bestaat');
    const weird = { ...sheet('<row r="1"/>'), method: 12 as unknown as 8 };
    await expect(rows([...workbookEntries(), weird])).rejects.toThrow('onbekende compressie 12');
    await expect(rows([deflated('iets.xml', '<a/>')])).rejects.toThrow('geen Excel-werkmap');
    await expect(rows([...workbookEntries(), sheet(''), deflated('xl/sharedStrings.xml', `<sst>${Array.from({ length: 1_000_001 }, (_, i) => `<si><t>${i}</t></si>`).join('')}</sst>`)])).rejects.toThrow(/meer dan 1\.000\.000 verschillende teksten/);
  });

  it('keeps one character past the cell limit, so the validator can say "too long"', async () => {
    const result = await rows([...workbookEntries(), sheet(`<row r="1"><c t="inlineStr"><is><t>${'x'.repeat(50_000)}</t></is></c></row>`)]);
    expect(result.rows[0][1][0].length).toBe(2001);
    await expect(readXlsx(Buffer.from('PK\u0003\u0004'), undefined, { row: () => undefined, progress: () => undefined, cancelled: () => false })).rejects.toBeInstanceOf(ImportFileError);
  });

  it('column letters: A=1, Z=26, AA=27, XFD=16384; nonsense is null', () => {
    expect(['A1', 'Z9', 'AA1', 'XFD1048576', 'xfd2'].map(columnNumber)).toEqual([1, 26, 27, 16384, 16384]);
    expect(['', '1A', 'ABCD1', undefined].map(columnNumber)).toEqual([null, null, null, null]);
  });
});
