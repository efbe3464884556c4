import { readFileSync } from 'node:fs';
import { parseImportFile } from '../../main/import/parse-file';

/**
 * Parses one file in its own process and prints what it cost: the parent
 * test reads peak memory (process.resourceUsage().maxRSS) and time from a
 * process that did nothing else, and can look at its private TMPDIR after.
 * argv: FILE [cancel]
 */
const [file, mode] = process.argv.slice(2);
const started = performance.now();
let outcome: Record<string, unknown>;
try {
  let progressed = 0;
  const parsed = await parseImportFile(readFileSync(file), {
    currentYear: 2026,
    onProgress: () => progressed++,
    isCancelled: () => mode === 'cancel' && progressed > 0,
  });
  outcome = { ok: true, rows: parsed.rows, cancelled: parsed.cancelled, errors: parsed.validator.errors.slice(0, 3) };
} catch (error) {
  outcome = { ok: false, message: (error as Error).message, name: (error as Error).name };
}
const usage = process.resourceUsage();
console.log(JSON.stringify({ ...outcome, ms: Math.round(performance.now() - started), maxRssMb: Math.round(usage.maxRSS / 1024) }));
