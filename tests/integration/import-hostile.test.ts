import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/services';
import { bombStream, deflated, handZip, SHEET_CLOSE, SHEET_OPEN, sharedRow, sharedStringsXml, workbookEntries } from '../helpers/zip-by-hand';

/**
 * Hostile XLSX files, each parsed in a child process of its own so that its
 * peak memory (maxRSS) and time are its own. The zips are written by hand
 * so their local and central headers can lie about sizes.
 */
const work = join(REPO_ROOT, '.tmp', `import-hostile-${process.pid}`);
const childFile = join(work, 'child.mjs');
/** What refusing a hostile file may cost at most (the bound: ~300 MB, a few seconds). */
const MAX_RSS_MB = 300;
const MAX_MS = 5_000;
const figures: Record<string, unknown>[] = [];

beforeAll(async () => {
  mkdirSync(work, { recursive: true });
  await build({ entryPoints: [join(REPO_ROOT, 'tests', 'helpers', 'import-child.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: childFile, logLevel: 'warning' });
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  console.log(`[import-hostile] ${JSON.stringify(figures)}`);
});

interface Outcome {
  ok: boolean;
  message?: string;
  rows?: number;
  cancelled?: boolean;
  errors?: { row: number; column: string; reason: string }[];
  ms: number;
  maxRssMb: number;
  tmpLeft: string[];
}

let fileCount = 0;
function parseInChild(bytes: Buffer, label: string, mode = ''): Outcome {
  const file = join(work, `f${++fileCount}.xlsx`);
  writeFileSync(file, bytes);
  const tmp = join(work, `tmp${fileCount}`);
  mkdirSync(tmp);
  // A private TMPDIR: whatever the reader spools there is seen below.
  const run = spawnSync(process.execPath, [childFile, file, mode], { cwd: REPO_ROOT, env: { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp }, encoding: 'utf8', timeout: 120_000 });
  expect(run.status, `child exited with ${run.status} ${run.signal ?? ''}: ${run.stderr.slice(0, 500)}`).toBe(0);
  const outcome = { ...JSON.parse(run.stdout.trim().split('\n').pop()!), tmpLeft: readdirSync(tmp) } as Outcome;
  figures.push({ label, fileMb: +(bytes.length / 1e6).toFixed(1), ok: outcome.ok, ms: outcome.ms, maxRssMb: outcome.maxRssMb });
  return outcome;
}

const HEADER = ['instellingsnummer', 'naam', 'niveau', 'onderwijsvorm', 'basis', 'gewoon'];
const sharedStrings = () => deflated('xl/sharedStrings.xml', sharedStringsXml(HEADER));
const schoolRow = (r: number, extra = '') => `<row r="${r}"><c r="A${r}"><v>${100000 + r}</v></c><c r="B${r}" t="inlineStr"><is><t>School ${r}</t></is></c><c r="C${r}" t="s"><v>4</v></c><c r="D${r}" t="s"><v>5</v></c>${extra}</row>`;

function expectCheapRefusal(outcome: Outcome, message: RegExp) {
  expect(outcome.ok).toBe(false);
  expect(outcome.message).toMatch(message);
  expect(outcome.maxRssMb).toBeLessThan(MAX_RSS_MB);
  expect(outcome.ms).toBeLessThan(MAX_MS);
  expect(outcome.tmpLeft).toEqual([]);
}

describe('zip bombs: limits hold on the bytes actually inflated', () => {
  it('a sheet that declares 4,000 bytes and inflates to 4 GB is refused at once', () => {
    const data = bombStream(SHEET_OPEN + sharedRow(1, [0, 1, 2, 3]) + '<row r="2"><c t="inlineStr"><is><t>', 4096, '</t></is></c></row>' + SHEET_CLOSE);
    const bytes = handZip([...workbookEntries(), { name: 'xl/worksheets/sheet1.xml', data, declare: { uncompressed: 4000 } }, sharedStrings()]);
    expect(bytes.length).toBeLessThan(6_000_000);
    expectCheapRefusal(parseInChild(bytes, 'declares 4 kB, inflates to 4 GB'), /pakt groter uit dan het zegt/);
  });
  it('a plausible declared ratio that the bytes do not keep is refused as a bomb', () => {
    const data = bombStream(SHEET_OPEN, 2048, SHEET_CLOSE);
    const bytes = handZip([...workbookEntries(), { name: 'xl/worksheets/sheet1.xml', data, declare: { uncompressed: data.length * 150 } }, sharedStrings()]);
    expectCheapRefusal(parseInChild(bytes, 'declares ratio 150, inflates 1000:1'), /zipbom/);
  });
  it('honest headers of a bomb are refused from the central directory', () => {
    const data = bombStream(SHEET_OPEN, 64, SHEET_CLOSE);
    const bytes = handZip([...workbookEntries(), { name: 'xl/worksheets/sheet1.xml', data, uncompressed: 64 * 1024 * 1024 + SHEET_OPEN.length + SHEET_CLOSE.length }]);
    expectCheapRefusal(parseInChild(bytes, 'honest bomb'), /zipbom/);
  });
  it('one text node of megabytes (low compression) is refused before the parser holds it', () => {
    let seed = 7;
    const noise = Buffer.alloc(3 * 1024 * 1024);
    for (let i = 0; i < noise.length; i++) noise[i] = 97 + ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) % 26;
    const sheet = deflated('xl/worksheets/sheet1.xml', Buffer.concat([Buffer.from(`${SHEET_OPEN}<row r="1"><c t="inlineStr"><is><t>`), noise, Buffer.from(`</t></is></c></row>${SHEET_CLOSE}`)]));
    expectCheapRefusal(parseInChild(handZip([...workbookEntries(), sheet]), 'one 3 MB text node'), /meer dan 1\.048\.576 tekens/);
  });
  it('a DOCTYPE (entity expansion) is refused', () => {
    const sheet = deflated('xl/worksheets/sheet1.xml', `<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>&b;</t></is></c></row>${SHEET_CLOSE}`);
    expectCheapRefusal(parseInChild(handZip([...workbookEntries(), sheet]), 'doctype'), /commentaar, CDATA of DOCTYPE/);
  });
  it('elements nested thousands deep are refused', () => {
    const sheet = deflated('xl/worksheets/sheet1.xml', `${SHEET_OPEN}${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}${SHEET_CLOSE}`);
    expectCheapRefusal(parseInChild(handZip([...workbookEntries(), sheet]), 'deep nesting'), /te diep genest/);
  });
});

describe('nothing is spooled to the temp folder (sheet before sharedStrings, as Excel writes it)', () => {
  const rows = (n: number, extra: (r: number) => string = () => '') => Array.from({ length: n }, (_, i) => schoolRow(i + 2, extra(i + 2))).join('');
  const excelOrder = (sheetXml: string) => handZip([...workbookEntries(), deflated('xl/worksheets/sheet1.xml', sheetXml), sharedStrings()]);
  it('after a successful read', () => {
    const outcome = parseInChild(excelOrder(SHEET_OPEN + sharedRow(1, [0, 1, 2, 3]) + rows(20_000) + SHEET_CLOSE), 'sheet first, 20k rows');
    expect(outcome).toMatchObject({ ok: true, rows: 20_000, tmpLeft: [] });
  });
  it('after a refusal halfway', () => {
    const outcome = parseInChild(excelOrder(SHEET_OPEN + sharedRow(1, [0, 1, 2, 3]) + rows(20_000, (r) => (r === 15_000 ? `<c r="XFD${r}"><v>1</v></c>` : '')) + SHEET_CLOSE), 'sheet first, refused at row 15000');
    expectCheapRefusal(outcome, /Rij 15000 heeft een waarde in cel XFD15000 \(kolom 16384\); er zijn hoogstens 200 kolommen toegestaan/);
  });
  it('after a cancel', () => {
    const outcome = parseInChild(excelOrder(SHEET_OPEN + sharedRow(1, [0, 1, 2, 3]) + rows(20_000) + SHEET_CLOSE), 'sheet first, cancelled', 'cancel');
    expect(outcome).toMatchObject({ ok: true, cancelled: true, tmpLeft: [] });
    expect(outcome.rows).toBeLessThan(20_000);
  });
});

describe('work per row follows the cells present', () => {
  it('249,000 rows, each with an empty styled cell in column XFD, read in bounded time and memory', () => {
    const body = Array.from({ length: 249_000 }, (_, i) => schoolRow(i + 2, `<c r="XFD${i + 2}" s="1"/>`)).join('');
    const bytes = handZip([...workbookEntries(), deflated('xl/worksheets/sheet1.xml', SHEET_OPEN + sharedRow(1, [0, 1, 2, 3]) + body + SHEET_CLOSE), sharedStrings()]);
    const outcome = parseInChild(bytes, '249k rows with XFD');
    expect(outcome).toMatchObject({ ok: true, rows: 249_000, errors: [] });
    expect(outcome.maxRssMb).toBeLessThan(MAX_RSS_MB * 2);
    expect(outcome.ms).toBeLessThan(60_000);
  }, 120_000);
});
