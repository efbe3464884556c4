import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { SchoolYearFigures } from '../../../main/domain/school';
import { parseImportFile } from '../../../main/import/parse-file';

const YEAR = 2026;
const parse = (bytes: Buffer, options: { kind?: 'schools' | 'figures'; sheet?: string } = {}) => parseImportFile(bytes, { currentYear: YEAR, ...options });

const SCHOOLS_ROWS = [
  ['instellingsnummer', 'naam', 'niveau', 'onderwijsvorm', 'gemeente'],
  ['010555', 'Basisschool Sint-Jozef é', 'basis', 'gewoon', 'Zoë-Kerke'],
  ['123456', 'Atheneum "De Linde"', 'secundair', 'buitengewoon', 'Brugge'],
];

function csv(rows: string[][], delimiter: string): string {
  return rows.map((r) => r.map((c) => (/[";,\t\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(delimiter)).join('\r\n') + '\r\n';
}

async function names(bytes: Buffer) {
  const parsed = await parse(bytes);
  expect(parsed.validator.errors).toEqual([]);
  return parsed.validator.records.map((r) => ('name' in r ? `${r.name}|${r.municipality}` : ''));
}

describe('encodings', () => {
  const text = csv(SCHOOLS_ROWS, ';');
  const expected = ['Basisschool Sint-Jozef é|Zoë-Kerke', 'Atheneum "De Linde"|Brugge'];
  it('UTF-8 without BOM', async () => expect(await names(Buffer.from(text, 'utf8'))).toEqual(expected));
  it('UTF-8 with BOM', async () => expect(await names(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))).toEqual(expected));
  it('UTF-16LE with BOM', async () => expect(await names(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]))).toEqual(expected));
  it('Windows-1252 (no U+FFFD)', async () => {
    const result = await parse(iconv.encode(text, 'win1252'));
    expect(result.info.encoding).toBe('windows-1252');
    expect(await names(iconv.encode(text, 'win1252'))).toEqual(expected);
  });
});

describe('delimiters, decimals, quoting, headers', () => {
  it.each([';', ',', '\t'])('delimiter %j', async (d) => {
    expect(await names(Buffer.from(csv(SCHOOLS_ROWS, d)))).toHaveLength(2);
  });
  it('decimal comma and point, thousands separators, quoted newlines, synonym headers in capitals', async () => {
    const text = [
      'INSTELLINGSNR;School-jaar;Aantal Leerlingen;Definitieve_Uitsluitingen;Personeelsverloop %;Opmerking',
      '10555;2023-2024;"1.234";3;12,5;"lijn 1\nlijn 2"',
      '123456;2022/2023;1 020;;7.25;',
    ].join('\n');
    const parsed = await parse(Buffer.from(text));
    expect(parsed.validator.errors).toEqual([]);
    expect(parsed.match.ignored).toEqual(['Opmerking']);
    const [a, b] = parsed.validator.records as SchoolYearFigures[];
    expect(a).toMatchObject({ instellingsnummer: '010555', schoolYear: '2023-2024', pupils: 1234, definitiveExclusions: 3, teacherTurnoverPct: 12.5 });
    expect(b).toMatchObject({ instellingsnummer: '123456', schoolYear: '2022-2023', pupils: 1020, definitiveExclusions: null, teacherTurnoverPct: 7.25 });
  });
  it('a one-column file is not split on its decimal commas', async () => {
    await expect(parse(Buffer.from('leerlingen\n12,5\n3,75\n'))).rejects.toThrow(/Verplichte kolommen ontbreken: instellingsnummer, schooljaar\. Gevonden kolommen: leerlingen\./);
  });
  it('names every missing required column in one message', async () => {
    await expect(parse(Buffer.from('instellingsnummer;gemeente\n010555;Gent\n'), { kind: 'schools' })).rejects.toThrow('Verplichte kolommen ontbreken: naam, niveau, onderwijsvorm.');
  });
  it('unknown headers: a clear message', async () => {
    await expect(parse(Buffer.from('a;b;c\n1;2;3\n'))).rejects.toThrow(/herkennen we niet/);
  });
});

describe('row validation with row, column, value, reason', () => {
  it('reports each problem in its place', async () => {
    const text = [
      'instellingsnummer;schooljaar;leerlingen;definitieve_uitsluitingen;definitieve_uitsluitingen_na_1_februari;leerlingen_voelen_zich_veilig_pct',
      '1234;2023-2024;10;;;',
      '010555;2023;10;;;',
      '010555;2023-2024;-4;;;',
      '010555;2022-2023;10;11;;',
      '010555;2021-2022;10;2;3;',
      '010555;2020-2021;10;;;101',
      '010555;2019-2020;10;;;',
      '010555;2019-2020;10;;;',
      '010555;2018-2019;;;;',
    ].join('\n');
    const parsed = await parse(Buffer.from(text));
    const e = parsed.validator.errors.map((x) => `${x.row}|${x.column}|${x.value}|${x.reason}`);
    expect(e).toEqual([
      '2|instellingsnummer|1234|een instellingsnummer bestaat uit 5 of 6 cijfers',
      '3|schooljaar|2023|een schooljaar schrijft u als 2023-2024',
      '4|leerlingen|-4|een aantal kan niet negatief zijn',
      '5|definitieve_uitsluitingen|11|meer dan het aantal leerlingen (10)',
      '6|definitieve_uitsluitingen_na_1_februari|3|meer dan definitieve_uitsluitingen (2)',
      '7|leerlingen_voelen_zich_veilig_pct|101|een percentage ligt tussen 0 en 100',
      '9|instellingsnummer|010555 2019-2020|komt dubbel voor in het bestand (ook op rij 8)',
      '10|leerlingen||verplicht veld is leeg',
    ]);
  });
});

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('XLSX through the streaming reader', () => {
  it('reads the first sheet, or a named one; numbers and text cells alike', async () => {
    const bytes = await xlsx((wb) => {
      wb.addWorksheet('Uitleg').addRows([['Dit tabblad is uitleg']]);
      const ws = wb.addWorksheet('Cijfers');
      ws.addRows([['Instellingsnr', 'Schooljaar', 'Aantal leerlingen', 'Vroegtijdige schoolverlaters %'], [10555, '2023-2024', 1234, 12.5]]);
    });
    await expect(parse(bytes)).rejects.toThrow(/herkennen we niet/);
    const parsed = await parse(bytes, { sheet: 'cijfers' });
    expect(parsed.info).toMatchObject({ format: 'xlsx', sheet: 'Cijfers' });
    expect(parsed.validator.errors).toEqual([]);
    expect(parsed.validator.records[0]).toMatchObject({ instellingsnummer: '010555', pupils: 1234, earlyLeaversPct: 12.5 });
    await expect(parse(bytes, { sheet: 'Bestaat niet' })).rejects.toThrow('Geen werkblad "Bestaat niet" in dit bestand (wel: Uitleg, Cijfers).');
  });
  it('formula cells count by their result, rich text by its text', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('S');
      ws.addRow(['instellingsnummer', 'naam', 'niveau', 'onderwijsvorm']);
      ws.addRow([{ formula: '10000+555', result: 10555 }, { richText: [{ text: 'School ' }, { text: 'A' }] }, 'basis', 'gewoon']);
    });
    const parsed = await parse(bytes);
    expect(parsed.validator.records[0]).toMatchObject({ instellingsnummer: '010555', name: 'School A' });
  });
});

describe('bad files end with their own message', () => {
  it('empty file', async () => expect(parse(Buffer.alloc(0))).rejects.toThrow('Het bestand is leeg.'));
  it('whitespace only', async () => expect(parse(Buffer.from(' \r\n \r\n'))).rejects.toThrow('Het bestand is leeg.'));
  it('header without rows', async () => expect(parse(Buffer.from('instellingsnummer;naam;niveau;onderwijsvorm\n'))).rejects.toThrow('alleen kolomkoppen'));
  it('binary garbage', async () => {
    const bytes = Buffer.alloc(4096);
    let seed = 42;
    for (let i = 0; i < bytes.length; i++) bytes[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    await expect(parse(bytes)).rejects.toThrow('binaire gegevens');
  });
  it('old .xls', async () => expect(parse(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).rejects.toThrow('oude Excel-formaat'));
  it('truncated zip', async () => {
    const bytes = await xlsx((wb) => wb.addWorksheet('S').addRows([['instellingsnummer', 'naam', 'niveau', 'onderwijsvorm']]));
    await expect(parse(bytes.subarray(0, Math.floor(bytes.length / 2)))).rejects.toThrow('onvolledig of beschadigd');
  });
  it('zip bomb: refused from the central directory, before inflating', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/worksheets/sheet1.xml', Buffer.alloc(8 * 1024 * 1024, 0x20));
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(bytes.length).toBeLessThan(200_000);
    await expect(parse(bytes)).rejects.toThrow('zipbom');
  });
  it('a sheet reaching a huge row number names that row, not ">250.000 rijen"', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('S');
      ws.addRow(['instellingsnummer', 'naam', 'niveau', 'onderwijsvorm']);
      ws.getCell('A1048576').value = 1;
    });
    // Rows are counted as present, not by their number: the stray cell is reported where it is.
    const parsed = await parse(bytes);
    expect(parsed.rows).toBe(1);
    expect(parsed.validator.errors[0]).toMatchObject({ row: 1048576, column: 'instellingsnummer', value: '1' });
  });
  it('too many columns', async () => {
    await expect(parse(Buffer.from(`${Array.from({ length: 300 }, (_, i) => `k${i}`).join(';')}\n`))).rejects.toThrow('meer dan 200 kolommen');
  });
  it('an unclosed quote', async () => {
    await expect(parse(Buffer.from('instellingsnummer;naam;niveau;onderwijsvorm\n010555;"open;basis;gewoon\n'))).rejects.toThrow('aanhalingsteken');
  });
  it('a cell beyond the length limit', async () => {
    const parsed = await parse(Buffer.from(`instellingsnummer;naam;niveau;onderwijsvorm\n010555;${'x'.repeat(3000)};basis;gewoon\n`));
    expect(parsed.validator.errors[0]).toMatchObject({ row: 2, column: 'naam', reason: 'cel langer dan 2000 tekens' });
  });
  it('deflateRaw sanity: the bomb really is a bomb', () => {
    expect(deflateRawSync(Buffer.alloc(1024 * 1024)).length).toBeLessThan(5000);
  });
});

describe('mixed encodings', () => {
  it('UTF-8 with one stray Windows-1252 byte is refused, naming the line and what to do', async () => {
    const good = Buffer.from('instellingsnummer;naam;niveau;onderwijsvorm\n010555;École Sint-Jan;basis;gewoon\n', 'utf8');
    const stray = iconv.encode('123456;Zoë;basis;gewoon\n', 'win1252');
    await expect(parse(Buffer.concat([good, stray]))).rejects.toThrow(/regel 3 bevat een teken in een andere codering \(Windows-1252\)\. Sla het bestand op als CSV UTF-8 \(in Excel: Opslaan als/);
  });
  it('pure UTF-8 and pure Windows-1252 still read as such', async () => {
    const text = 'instellingsnummer;naam;niveau;onderwijsvorm\n010555;École;basis;gewoon\n';
    expect((await parse(Buffer.from(text, 'utf8'))).validator.records[0]).toMatchObject({ name: 'École' });
    expect((await parse(iconv.encode(text, 'win1252'))).validator.records[0]).toMatchObject({ name: 'École' });
  });
  it('the scanner agrees with the strict WHATWG decoder on random bytes', async () => {
    const { scanUtf8 } = await import('../../../main/import/decode');
    let seed = 3;
    for (let n = 0; n < 3000; n++) {
      const bytes = Buffer.alloc(1 + (n % 9));
      for (let i = 0; i < bytes.length; i++) bytes[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
      let valid = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        valid = false;
      }
      expect(scanUtf8(bytes).firstInvalid < 0, bytes.toString('hex')).toBe(valid);
    }
  });
});
