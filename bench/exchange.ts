import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ATTACHMENTS_DIR } from '../main/services/evidence';
import type { StepResult } from './exchange-worker';

const RUNS = 3;
const PASSPHRASE = 'een lange wachtwoordzin voor de bench';

/** Runs one step in its own process (see exchange-worker.ts) and returns its JSON line. */
function step<T = StepResult>(name: string, args: Record<string, unknown>): T {
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const out = execFileSync(tsx, ['--expose-gc', 'bench/exchange-worker.ts', name, JSON.stringify(args)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

function row(label: string, r: StepResult, baseline?: StepResult, bytes?: number): string {
  const ratio = baseline ? (r.medianMs / baseline.medianMs).toFixed(2) : '—';
  const times = r.timesMs.map((t) => t.toFixed(0)).join(' / ');
  const share = Math.max(0, r.peakRssMb - r.openRssMb);
  return `| ${label} | ${times} | ${r.medianMs.toFixed(0)} | ${ratio} | ${r.peakRssMb.toFixed(0)} | ${share.toFixed(0)} | ${bytes === undefined ? '—' : mb(bytes)} |`;
}

/**
 * Export and import of an inspection with 500 evidence items and 50 MB of
 * attachments through the chunked operations the UI uses, against the floor
 * any package writer/reader must pay, measured in the same run; every step in
 * its own process so that each peak memory is its own.
 */
export function benchExchange(runs = RUNS): { table: string[]; lines: string[] } {
  const load = loadavg()[0];
  const root = mkdtempSync(join(tmpdir(), 'doorlicht-bench-exchange-'));
  try {
    const laptopA = join(root, 'laptop-a');
    const laptopsB = join(root, 'laptops-b');
    mkdirSync(laptopsB);
    const setup = step<{ inspectionId: string; setupMs: number; attachmentBytes: number }>('setup', { dataDir: laptopA });
    const source = { dataDir: laptopA, inspectionId: setup.inspectionId, runs };
    const plainFile = join(root, 'plain.dlpkg');
    const encryptedFile = join(root, 'encrypted.dlpkg');
    const baselineFile = join(root, 'baseline.bin');

    const baselineExport = step('baseline-export', { ...source, attachmentsDir: join(laptopA, ATTACHMENTS_DIR), out: baselineFile });
    const exportPlain = step('export', { ...source, out: plainFile });
    const exportEncrypted = step('export', { ...source, out: encryptedFile, passphrase: PASSPHRASE });
    const baselineImport = step('baseline-import', { file: baselineFile, scratchDir: join(root, 'scratch'), runs });
    const importPlain = step('import', { file: plainFile, runs, fresh: true, parentDir: laptopsB });
    const importEncrypted = step('import', { file: encryptedFile, passphrase: PASSPHRASE, runs, fresh: true, parentDir: laptopsB });
    const firstB = (importPlain.detail as { dataDirs: string[] }).dataDirs[0];
    const reimport = step('import', { file: plainFile, runs, fresh: false, parentDir: laptopsB, dataDir: firstB });

    type Outcome = { added: number; updated: number; same: number; conflicts: number };
    const outcomes = (r: StepResult) => (r.detail as { outcomes: Outcome[] }).outcomes;
    const describe = (o: Outcome) => `${o.added} added, ${o.updated} updated, ${o.same} same, ${o.conflicts} conflicts`;
    const allSame = outcomes(reimport).every((o) => o.added === 0 && o.updated === 0 && o.conflicts === 0 && o.same === outcomes(importPlain)[0].added);
    const ratio = (a: StepResult, b: StepResult) => (a.medianMs / b.medianMs).toFixed(2);
    return {
      table: [
        '| step | runs (ms) | median (ms) | ratio ours / baseline | peak RSS (MB) | step\'s share of the peak (MB) | file (MB) |',
        '|---|---|---|---|---|---|---|',
        row('baseline: rows + attachment files into one file, SHA-256, fsync', baselineExport, undefined, baselineExport.bytes),
        row('export, plain (exportPackage + readPackageChunk)', exportPlain, baselineExport, exportPlain.bytes),
        row('export, encrypted (scrypt + AES-256-GCM)', exportEncrypted, baselineExport, exportEncrypted.bytes),
        row('baseline: read back + SHA-256 + raw INSERT of the rows in one transaction', baselineImport),
        row('import into a fresh workbench, plain (uploadPackageChunk + importPackage)', importPlain, baselineImport),
        row('import into a fresh workbench, encrypted', importEncrypted, baselineImport),
        row('re-import of the same package (idempotent merge)', reimport, baselineImport),
      ],
      lines: [
        `set-up (not timed): ${setup.attachmentBytes / 1024 / 1024} MB of random attachments (25 × 2 MB) on 500 evidence items, 60 observations, 8 ratings; ${(setup.setupMs / 1000).toFixed(1)} s through the contract`,
        `export ratio (ours / baseline): plain ${ratio(exportPlain, baselineExport)}, encrypted ${ratio(exportEncrypted, baselineExport)}; the first export run also records every entry's version`,
        `import ratio (ours / baseline): plain ${ratio(importPlain, baselineImport)}, encrypted ${ratio(importEncrypted, baselineImport)}, re-import ${ratio(reimport, baselineImport)}`,
        `import outcome: ${describe(outcomes(importPlain)[0])}; re-import: ${describe(outcomes(reimport)[0])} — ${allSame ? 'all "same", as it should be' : 'NOT all "same"'}`,
        'import moves the bytes more often than the baseline: base64 chunks copied into exchange/incoming, the trailer hash pass, the extraction pass (hashed again, each part hashed) and the move of each attachment into the data folder; verification (and decryption) is what the baseline does not do',
        `peak RSS is the kernel's peak for the step's process; its share is that peak minus the RSS after opening the workbench (${exportPlain.openRssMb.toFixed(0)} MB with the services loaded under tsx; ${baselineExport.openRssMb.toFixed(0)} MB for the baseline's process)`,
        `load average when the section started: ${load.toFixed(1)} on ${cpus().length} cores — single runs vary, compare the medians`,
      ],
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The markdown section for RESULTS.md. */
export function exchangeSection(runs = RUNS): string[] {
  const { table, lines } = benchExchange(runs);
  return [
    '## Exchange: export and import of an inspection with 500 evidence items and 50 MB of attachments',
    '',
    `Each step runs in its own process (its peak memory is its own), ${runs} runs each; opening the workbench is not timed.`,
    '',
    ...table,
    '',
    ...lines.map((l) => `- ${l}`),
    '',
  ];
}
