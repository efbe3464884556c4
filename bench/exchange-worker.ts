/**
 * One step of the exchange benchmark in its own process, so that its peak
 * memory is its own: `tsx --expose-gc bench/exchange-worker.ts STEP JSON-ARGS`.
 * Prints one JSON line (see StepResult). Steps: setup, export, baseline-export,
 * import, baseline-import. Opening the workbench is never timed; the RSS right
 * after it is reported so that the step's own share of the peak can be told.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import sqlite3 from 'sqlite3';
import type { Services } from '../main/app/open-services';
import { DATABASE_FILE } from '../main/app/paths';
import { SYNC_TABLES } from '../main/db/repositories/sync-tables';
import type { ServiceContext } from '../main/services/context';

// The workbench is imported only by the steps that use it: loading every
// service takes seconds under tsx, which the baseline steps need not pay.
const workbench = async () => ({
  ...(await import('../main/app/open-services')),
  ...(await import('../main/cli/package-transfer')),
  ...(await import('../main/host/dispatch')),
});

export interface StepResult {
  step: string;
  runs: number;
  /** Every run's time in ms, in order (the first export also records the versions). */
  timesMs: number[];
  medianMs: number;
  /** Kernel peak RSS of the whole process (MB). */
  peakRssMb: number;
  /** RSS after opening the workbench, before the first timed run (MB). */
  openRssMb: number;
  bytes?: number;
  detail?: Record<string, unknown>;
}

const EVIDENCE = 500;
const ATTACHMENTS = 25;
const ATTACHMENT_BYTES = 2 * 1024 * 1024;
const OBSERVATIONS = 60;
const INDICATORS = ['km.1', 'km.2', 'km.3', 'km.4', 'tb.1', 'tb.2', 'ap.3', 'sc.responsiveness'];
const SOURCES = ['document_analysis', 'interview_pupils', 'interview_teachers', 'classroom_observation', 'data'] as const;
const NOTES = [
  'Het schoolreglement beschrijft de stappen bij een preventieve schorsing, maar de klassenraad wordt niet altijd gehoord.',
  'Leerlingen vertellen dat afspraken in de klas duidelijk zijn; op de speelplaats verschilt de aanpak per leerkracht.',
  'Het zorgteam volgt de afwezigheden wekelijks op en neemt na vijf halve dagen contact op met de ouders en het CLB.',
  'In de les wiskunde start de leerkracht rustig, met een duidelijke routine; twee leerlingen haken af na de instructie.',
  'De cijfers tonen een daling van het aantal tijdelijke uitsluitingen sinds het herstelgericht werken werd ingevoerd.',
];

async function ok(ctx: ServiceContext, name: string, input: unknown): Promise<any> {
  const { dispatch } = await workbench();
  const result = await dispatch(ctx, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

function mb(bytes: number): number {
  return bytes / 1024 / 1024;
}

function collect() {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Runs `work` `runs` times (collecting garbage between runs) and reports times and memory. */
async function timed(step: string, runs: number, openRssMb: number, work: (run: number) => Promise<number | void>): Promise<StepResult> {
  const timesMs: number[] = [];
  let bytes: number | undefined;
  for (let run = 0; run < runs; run++) {
    collect();
    const start = performance.now();
    bytes = (await work(run)) ?? bytes;
    timesMs.push(performance.now() - start);
  }
  const sorted = [...timesMs].sort((a, b) => a - b);
  return { step, runs, timesMs, medianMs: sorted[Math.floor(runs / 2)], peakRssMb: process.resourceUsage().maxRSS / 1024, openRssMb, bytes };
}

async function openRss(): Promise<number> {
  collect();
  return mb(process.memoryUsage().rss);
}

/** Laptop A: an inspection with 500 evidence items, 25 × 2 MB of random attachments, observations and ratings. */
async function setup(args: { dataDir: string }) {
  const start = performance.now();
  const { openServices } = await workbench();
  const services = await openServices({ dataDir: args.dataDir, seedDemo: true, actor: 'An' });
  try {
    const { ctx } = services;
    await ok(ctx, 'saveProfile', { profileName: 'An' });
    const [school] = await ok(ctx, 'listSchools', {});
    const inspection = await ok(ctx, 'createInspection', { instellingsnummer: school.instellingsnummer, type: 'full' });
    const evidenceIds: string[] = [];
    for (let i = 0; i < EVIDENCE; i++) {
      const saved = await ok(ctx, 'saveEvidence', {
        inspectionId: inspection.id,
        source: SOURCES[i % SOURCES.length],
        role: 'teacher',
        date: `2026-11-0${1 + (i % 5)}`,
        note: `${NOTES[i % NOTES.length]} (bewijsstuk ${i + 1}; ${NOTES[(i * 3 + 1) % NOTES.length].toLowerCase()})`,
        indicatorIds: [INDICATORS[i % INDICATORS.length], INDICATORS[(i + 3) % INDICATORS.length]],
      });
      evidenceIds.push(saved.id);
    }
    for (let i = 0; i < ATTACHMENTS; i++) {
      // Random bytes: compression cannot make the package cheaper than the files.
      await ok(ctx, 'addAttachment', {
        inspectionId: inspection.id,
        evidenceId: evidenceIds[i * Math.floor(EVIDENCE / ATTACHMENTS)],
        fileName: `bijlage-${i + 1}.pdf`,
        mimeType: 'application/pdf',
        base64: randomBytes(ATTACHMENT_BYTES).toString('base64'),
      });
    }
    for (let i = 0; i < OBSERVATIONS; i++) {
      await ok(ctx, 'saveObservation', {
        inspectionId: inspection.id,
        className: `${1 + (i % 6)}${'ABC'[i % 3]}`,
        subject: ['Wiskunde', 'Nederlands', 'Frans', 'Geschiedenis'][i % 4],
        observedAt: `2026-11-0${1 + (i % 5)}T0${8 + (i % 2)}:${10 + (i % 40)}`,
        scores: { rust: 'volgens', routine: 'benadert', regelmaat: 'volgens', relatie: 'overstijgt' },
        notes: { rust: 'Rustige start na de speeltijd.', relatie: 'De leerkracht spreekt leerlingen bij naam aan.' },
        onTask: 18 + (i % 6),
        offTask: i % 4,
      });
    }
    for (const id of INDICATORS) {
      await ok(ctx, 'saveRating', { inspectionId: inspection.id, indicatorId: id, level: 'volgens', motivation: 'Onderbouwd met documenten, gesprekken en lesobservaties.' });
    }
    return { step: 'setup', inspectionId: inspection.id, setupMs: performance.now() - start, attachmentBytes: ATTACHMENTS * ATTACHMENT_BYTES };
  } finally {
    await services.close();
  }
}

async function withServices<T>(dataDir: string, work: (services: Services) => Promise<T>): Promise<T> {
  const { openServices } = await workbench();
  const services = await openServices({ dataDir, seedDemo: false, actor: 'bench' });
  try {
    return await work(services);
  } finally {
    await services.close();
  }
}

/** Ours: exportPackage + readPackageChunk into a file, as the CLI and the UI do. */
async function exportStep(args: { dataDir: string; inspectionId: string; out: string; passphrase?: string; runs: number }) {
  const { exportPackageTo } = await workbench();
  return withServices(args.dataDir, async ({ ctx }) => {
    const rss = await openRss();
    return timed(args.passphrase ? 'export-encrypted' : 'export', args.runs, rss, async () => {
      const exported = await exportPackageTo(ctx, { inspectionId: args.inspectionId, passphrase: args.passphrase }, args.out);
      return exported.bytes;
    });
  });
}

function rawDb(file: string, mode = sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, mode, (err) => (err ? reject(err) : resolve(db)));
  });
}

const rawAll = (db: sqlite3.Database, sql: string, params: unknown[] = []) =>
  new Promise<Record<string, unknown>[]>((resolve, reject) => db.all(sql, params, (e, rows) => (e ? reject(e) : resolve(rows as Record<string, unknown>[]))));
const rawExec = (db: sqlite3.Database, sql: string) => new Promise<void>((resolve, reject) => db.exec(sql, (e) => (e ? reject(e) : resolve())));
const rawClose = (db: sqlite3.Database) => new Promise<void>((resolve) => db.close(() => resolve()));

/** The inspection's rows of every carried table, read with raw sqlite3. */
async function rawRows(db: sqlite3.Database, inspectionId: string): Promise<Record<string, Record<string, unknown>[]>> {
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const t of SYNC_TABLES) out[t.table] = await rawAll(db, `SELECT * FROM ${t.table} WHERE ${t.scope}`, [inspectionId]);
  return out;
}

function writeAll(fd: number, data: Buffer) {
  for (let offset = 0; offset < data.length; ) offset += writeSync(fd, data, offset, data.length - offset);
}

/**
 * The floor for writing a package: the same rows read with raw sqlite3 and
 * JSON.stringify'd, every attachment file read, all written into one file
 * with a SHA-256 over it and synced (our writer syncs too).
 */
async function baselineExport(args: { dataDir: string; attachmentsDir: string; inspectionId: string; out: string; runs: number }) {
  const db = await rawDb(join(args.dataDir, DATABASE_FILE), sqlite3.OPEN_READONLY);
  try {
    const rss = await openRss();
    return await timed('baseline-export', args.runs, rss, async () => {
      const rows = await rawRows(db, args.inspectionId);
      const json = Buffer.from(JSON.stringify(rows));
      const hash = createHash('sha256');
      const fd = openSync(args.out, 'w');
      try {
        const length = Buffer.alloc(4);
        length.writeUInt32BE(json.length);
        for (const data of [length, json]) {
          hash.update(data);
          writeAll(fd, data);
        }
        for (const a of rows.attachments) {
          const data = readFileSync(join(args.attachmentsDir, String(a.stored_name)));
          hash.update(data);
          writeAll(fd, data);
        }
        writeAll(fd, hash.digest());
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      return statSync(args.out).size;
    });
  } finally {
    await rawClose(db);
  }
}

/**
 * The floor for reading one: the baseline file read back in 1 MB chunks and
 * hashed, its rows parsed and inserted with raw sqlite3, one prepared
 * statement per table, in one transaction, into a scratch database whose
 * tables have the same columns (created before the clock starts).
 */
async function baselineImport(args: { file: string; scratchDir: string; runs: number }) {
  const rss = await openRss();
  return timed('baseline-import', args.runs, rss, async (run) => {
    const db = await rawDb(join(args.scratchDir, `scratch-${run}.sqlite`));
    try {
      const size = statSync(args.file).size;
      const fd = openSync(args.file, 'r');
      const hash = createHash('sha256');
      const chunks: Buffer[] = [];
      try {
        // Every byte is hashed; only the chunks holding the rows' JSON are kept.
        for (let offset = 0; offset < size - 32; ) {
          const buffer = Buffer.alloc(Math.min(1024 * 1024, size - 32 - offset));
          const start = offset;
          offset += readSync(fd, buffer, 0, buffer.length, offset);
          hash.update(buffer);
          if (start === 0 || start < 4 + chunks[0].readUInt32BE(0)) chunks.push(buffer);
        }
      } finally {
        closeSync(fd);
      }
      hash.digest();
      const head = Buffer.concat(chunks);
      const rows = JSON.parse(head.subarray(4, 4 + head.readUInt32BE(0)).toString('utf8')) as Record<string, Record<string, unknown>[]>;
      const tables = Object.entries(rows).filter(([, list]) => list.length > 0);
      await rawExec(db, tables.map(([table, list]) => `CREATE TABLE ${table} (${Object.keys(list[0]).join(', ')});`).join('\n'));
      await rawExec(db, 'BEGIN');
      for (const [table, list] of tables) {
        const columns = Object.keys(list[0]);
        const statement = db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
        await Promise.all(list.map((r) => new Promise<void>((resolve, reject) => statement.run(columns.map((c) => r[c]), (e: Error | null) => (e ? reject(e) : resolve())))));
        await new Promise<void>((resolve, reject) => statement.finalize((e) => (e ? reject(e) : resolve())));
      }
      await rawExec(db, 'COMMIT');
      return Object.values(rows).reduce((sum, list) => sum + list.length, 0);
    } finally {
      await rawClose(db);
    }
  });
}

/**
 * Ours: uploadPackageChunk + importPackage. `fresh`: each run into a new,
 * empty workbench under `parentDir` (opened before the clock starts);
 * otherwise every run re-imports into `dataDir` (an idempotent merge).
 */
async function importStep(args: { file: string; passphrase?: string; runs: number; fresh: boolean; parentDir: string; dataDir?: string }) {
  const { importPackageFrom, openServices } = await workbench();
  const outcomes: unknown[] = [];
  if (!args.fresh) {
    return withServices(args.dataDir as string, async ({ ctx }) => {
      const rss = await openRss();
      const result = await timed('reimport', args.runs, rss, async () => {
        const r = await importPackageFrom(ctx, args.file, args.passphrase);
        outcomes.push({ added: r.added, updated: r.updated, same: r.same, conflicts: r.conflicts });
      });
      return { ...result, detail: { outcomes } };
    });
  }
  // Open every fresh workbench first, so that opening stays out of both the clock and the peak.
  const laptops: { dataDir: string; services: Services }[] = [];
  for (let i = 0; i < args.runs; i++) {
    const dataDir = mkdtempSync(join(args.parentDir, 'laptop-b-'));
    laptops.push({ dataDir, services: await openServices({ dataDir, seedDemo: false, actor: 'Bart' }) });
  }
  try {
    const rss = await openRss();
    const result = await timed(args.passphrase ? 'import-encrypted' : 'import', args.runs, rss, async (run) => {
      const r = await importPackageFrom(laptops[run].services.ctx, args.file, args.passphrase);
      outcomes.push({ added: r.added, updated: r.updated, same: r.same, conflicts: r.conflicts, missingFiles: r.missingFiles });
    });
    return { ...result, detail: { outcomes, dataDirs: laptops.map((l) => l.dataDir) } };
  } finally {
    for (const l of laptops) await l.services.close();
  }
}

const [step, argsJson] = process.argv.slice(2);
const args = JSON.parse(argsJson ?? '{}');
const steps: Record<string, (a: any) => Promise<unknown>> = {
  setup,
  export: exportStep,
  'baseline-export': baselineExport,
  import: importStep,
  'baseline-import': (a) => {
    mkdirSync(a.scratchDir, { recursive: true });
    return baselineImport(a);
  },
};
const run = steps[step];
if (!run) throw new Error(`unknown step ${step}`);
console.log(JSON.stringify(await run(args)));
