import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import sqlite3 from 'sqlite3';
import { openServices } from '../main/app/open-services';
import { DATABASE_FILE } from '../main/app/paths';
import { upsertSchools } from '../main/db/repositories/schools';
import { generateDemoData } from '../main/demo/generate';
import { toSafeCsv } from '../main/domain/import/csv-escape';
import { FIGURE_FIELDS } from '../main/domain/import/fields';
import type { School, SchoolYearFigures } from '../main/domain/school';
import { dispatch } from '../main/host/dispatch';
import { awaitPreview } from '../main/services/import';

const COLUMNS = ['instellingsnummer', 'school_year', 'pupils', 'preventive_suspensions', 'temporary_exclusions', 'definitive_exclusions', 'definitive_exclusions_after_feb1', 'excluded_not_reenrolled', 'problematic_absence_30', 'above_z_threshold', 'clb_referred_z', 'school_changes', 'b_certificates', 'b_certificates_strict', 'early_leavers_pct', 'teacher_turnover_pct', 'feel_safe_pct'];

function figuresCsv(figures: readonly SchoolYearFigures[]): Buffer {
  const rows = [FIGURE_FIELDS.map((f) => f.column), ...figures.map((f) => FIGURE_FIELDS.map((field) => {
    const v = f[field.key];
    return typeof v === 'number' ? String(v).replace('.', ',') : v;
  }))];
  return Buffer.from(toSafeCsv(rows), 'utf8');
}

/** 5,000 schools × 20 school years, deterministic. */
function largeDataSet(): { schools: School[]; figures: SchoolYearFigures[] } {
  const schools: School[] = [];
  const figures: SchoolYearFigures[] = [];
  for (let s = 0; s < 5_000; s++) {
    const nr = String(200_000 + s);
    schools.push({ instellingsnummer: nr, name: `Benchschool ${s}`, level: s % 2 ? 'basis' : 'secundair', form: 'gewoon', network: 'GO!', board: '', street: '', postcode: '9000', municipality: 'Gent', lop: '' });
    for (let y = 0; y < 20; y++) {
      const pupils = 100 + ((s * 7 + y * 13) % 900);
      const d = (s + y) % 5;
      figures.push({
        instellingsnummer: nr, schoolYear: `${2004 + y}-${2005 + y}`, pupils, preventiveSuspensions: (s + y) % 9, temporaryExclusions: (s * y) % 7,
        definitiveExclusions: d, definitiveExclusionsAfterFeb1: d % 2, excludedNotReenrolled: d > 2 ? 1 : 0, problematicAbsence30: (s + 3 * y) % 30,
        aboveZThreshold: y % 6, clbReferredZ: y % 3, schoolChanges: (s + y) % 12, bCertificates: (s + y) % 15, bCertificatesStrict: Math.min((s + y) % 4, (s + y) % 15),
        earlyLeaversPct: ((s + y) % 200) / 10, teacherTurnoverPct: ((s * 3 + y) % 300) / 10, feelSafePct: 60 + ((s + y) % 400) / 10,
      });
    }
  }
  return { schools, figures };
}

async function ourImport(schools: readonly School[], bytes: Buffer): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'doorlicht-bench-import-'));
  const services = await openServices({ dataDir, seedDemo: false, actor: 'bench' });
  try {
    await services.ctx.db.transaction((tx) => upsertSchools(tx, schools));
    const start = performance.now();
    const started = await dispatch(services.ctx, 'previewImport', { fileName: 'bench.csv', base64: bytes.toString('base64') });
    if (!started.ok) throw new Error(started.error.message);
    const preview = await awaitPreview((started.value as { previewId: string }).previewId);
    if (preview.errorCount > 0 || preview.phase !== 'ready') throw new Error(`bench file refused: ${preview.message ?? JSON.stringify(preview.errors[0])}`);
    const committed = await dispatch(services.ctx, 'commitImport', { previewId: preview.previewId });
    if (!committed.ok) throw new Error(committed.error.message);
    return performance.now() - start;
  } finally {
    await services.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The floor: the same rows, already in memory, inserted with one prepared statement in one transaction. */
async function rawInsert(schools: readonly School[], figures: readonly SchoolYearFigures[]): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'doorlicht-bench-raw-'));
  const services = await openServices({ dataDir, seedDemo: false });
  await services.ctx.db.transaction((tx) => upsertSchools(tx, schools));
  await services.close();
  const db = new sqlite3.Database(join(dataDir, DATABASE_FILE));
  const run = (sql: string) => new Promise<void>((resolve, reject) => db.exec(sql, (e) => (e ? reject(e) : resolve())));
  try {
    const start = performance.now();
    await run('BEGIN');
    const statement = db.prepare(`INSERT INTO school_year_figures (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`);
    await Promise.all(figures.map((f) => new Promise<void>((resolve, reject) => statement.run(FIGURE_FIELDS.map((field) => f[field.key]), (e: Error | null) => (e ? reject(e) : resolve())))));
    await new Promise<void>((resolve, reject) => statement.finalize((e) => (e ? reject(e) : resolve())));
    await run('COMMIT');
    return performance.now() - start;
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The fast floor: the same rows, already in memory, as multi-row INSERTs
 * (MULTI_ROWS rows per statement) in one transaction — the quickest honest
 * way sqlite3 writes them.
 */
const MULTI_ROWS = 500;
async function rawMultiRowInsert(schools: readonly School[], figures: readonly SchoolYearFigures[]): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'doorlicht-bench-multi-'));
  const services = await openServices({ dataDir, seedDemo: false });
  await services.ctx.db.transaction((tx) => upsertSchools(tx, schools));
  await services.close();
  const db = new sqlite3.Database(join(dataDir, DATABASE_FILE));
  const exec = (sql: string) => new Promise<void>((resolve, reject) => db.exec(sql, (e) => (e ? reject(e) : resolve())));
  const run = (sql: string, params: unknown[]) => new Promise<void>((resolve, reject) => db.run(sql, params, (e: Error | null) => (e ? reject(e) : resolve())));
  const tuple = `(${COLUMNS.map(() => '?').join(', ')})`;
  try {
    const start = performance.now();
    await exec('BEGIN');
    for (let at = 0; at < figures.length; at += MULTI_ROWS) {
      const batch = figures.slice(at, at + MULTI_ROWS);
      await run(`INSERT INTO school_year_figures (${COLUMNS.join(', ')}) VALUES ${batch.map(() => tuple).join(', ')}`, batch.flatMap((f) => FIGURE_FIELDS.map((field) => f[field.key])));
    }
    await exec('COMMIT');
    return performance.now() - start;
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Import of the demo figures and of a 100,000-row file: rows per second against raw sqlite3 inserts. */
export async function benchImport(): Promise<{ lines: string[] }> {
  const lines: string[] = [];
  const demo = generateDemoData();
  const large = largeDataSet();
  for (const [label, data, runs] of [['demo figures', demo, 7], ['100,000-row figures file', large, 3]] as const) {
    const bytes = figuresCsv(data.figures);
    const ours: number[] = [];
    const raw: number[] = [];
    const multi: number[] = [];
    for (let i = 0; i < runs; i++) {
      raw.push(await rawInsert(data.schools, data.figures));
      multi.push(await rawMultiRowInsert(data.schools, data.figures));
      ours.push(await ourImport(data.schools, bytes));
    }
    const rows = data.figures.length;
    const rate = (ms: number[]) => rows / (median(ms) / 1000);
    // The machine is shared: each run's three measurements follow each other, so the median of the per-run
    // ratios is steadier than the ratio of medians when the load changes during the section.
    const paired = (floor: number[]) => median(ours.map((o, i) => floor[i] / o)).toFixed(2);
    lines.push(
      `${label}: ${rows} rows, ${(bytes.length / 1024 / 1024).toFixed(1)} MB — Doorlicht import (decode, parse, validate, classify, commit) ${median(ours).toFixed(0)} ms = ${Math.round(rate(ours))} rows/s`,
      `  against raw sqlite3 prepared inserts awaited one by one in one transaction: ${median(raw).toFixed(0)} ms = ${Math.round(rate(raw))} rows/s; ratio ours/raw rate ${(rate(ours) / rate(raw)).toFixed(2)} (per run, median: ${paired(raw)})`,
      `  against raw sqlite3 multi-row INSERTs (${MULTI_ROWS} rows each) in one transaction, the fast floor: ${median(multi).toFixed(0)} ms = ${Math.round(rate(multi))} rows/s; ratio ours/raw rate ${(rate(ours) / rate(multi)).toFixed(2)} (per run, median: ${paired(multi)}; aim ≥ 0.33)`,
    );
  }
  return { lines };
}

if (process.argv[1]?.endsWith('import.ts')) {
  benchImport().then((r) => console.log(r.lines.join('\n')), (e) => { console.error(e); process.exit(1); });
}

/** The section for bench/RESULTS.md. */
export async function importSection(): Promise<string[]> {
  const { lines } = await benchImport();
  return ['## Import: figures files against raw sqlite3 inserts', '', `Load average when the section started: ${loadavg()[0].toFixed(1)} on ${cpus().length} cores.`, '', ...lines.map((l) => (l.startsWith('  ') ? `  - ${l.trim()}` : `- ${l}`)), ''];
}
