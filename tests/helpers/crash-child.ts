/**
 * The process the crash test kills. It opens the real services on a data
 * dir and writes, printing one line per acknowledged write on stdout, so
 * the parent knows exactly what was promised before the SIGKILL:
 *
 *   crash-child.ts DATA_DIR import            → "ready", then "acked import S F" after the whole file was
 *                                                 imported through the real importer (preview, then commit)
 *   crash-child.ts DATA_DIR ratings INSP_ID RUN → "ready", then "acked N INDICATOR" after each saveRating answered ok
 *                                                 (motivation "run RUN edit N")
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openServices } from '../../main/app/open-services';
import { dispatch } from '../../main/host/dispatch';
import Papa from 'papaparse';
import { generateDemoData } from '../../main/demo/generate';
import type { ServiceContext } from '../../main/services/context';
import { awaitPreview } from '../../main/services/import';

export const CRASH_IMPORT = { seed: 7, years: 5, perGroup: { 'basis-gewoon': 900, 'basis-buitengewoon': 250, 'secundair-gewoon': 500, 'secundair-buitengewoon': 150 } };

/** The crash import's schools as a file an office would send: semicolons, Dutch headers. */
function schoolsCsv(): string {
  const rows = generateDemoData(CRASH_IMPORT).schools.map((s) => ({
    instellingsnummer: s.instellingsnummer,
    naam: s.name,
    niveau: s.level,
    onderwijsvorm: s.form,
    net: s.network,
    schoolbestuur: s.board,
    straat: s.street,
    postcode: s.postcode,
    gemeente: s.municipality,
    lop: s.lop,
  }));
  return Papa.unparse(rows, { delimiter: ';' });
}

/** One import through the same operations as the UI: preview (dry run), then commit in one transaction. */
async function importFile(ctx: ServiceContext): Promise<{ schools: number; figures: number }> {
  const preview = await dispatch(ctx, 'previewImport', { fileName: 'scholen.csv', base64: Buffer.from(schoolsCsv(), 'utf8').toString('base64'), kind: 'schools' });
  if (!preview.ok) throw new Error(JSON.stringify(preview.error));
  const previewId = (preview.value as { previewId: string }).previewId;
  await awaitPreview(previewId);
  const committed = await dispatch(ctx, 'commitImport', { previewId });
  if (!committed.ok) throw new Error(JSON.stringify(committed.error));
  return { schools: generateDemoData(CRASH_IMPORT).schools.length, figures: 0 };
}
export const CRASH_INDICATORS_LIMIT = 8;

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function main(): Promise<void> {
  const [dataDir, mode, inspectionId, run] = process.argv.slice(2);
  const services = await openServices({ dataDir, resourcesDir: process.env.DOORLICHT_RESOURCES ?? join(import.meta.dirname, '..', '..', 'resources'), actor: 'crash-test' });
  const { ctx } = services;
  say('ready');
  if (mode === 'import') {
    const result = await importFile(ctx);
    say(`acked import ${result.schools} ${result.figures}`);
  } else if (mode === 'ratings') {
    const inspection = await dispatch(ctx, 'getInspection', { id: inspectionId });
    if (!inspection.ok) throw new Error(JSON.stringify(inspection.error));
    const indicators: string[] = (inspection.value as { framework: { domains: { indicators: { id: string }[] }[] } }).framework.domains
      .flatMap((d) => d.indicators)
      .map((i) => i.id)
      .slice(0, CRASH_INDICATORS_LIMIT);
    for (let n = 0; ; n++) {
      const indicatorId = indicators[n % indicators.length];
      const answer = await dispatch(ctx, 'saveRating', { inspectionId, indicatorId, level: 'volgens', motivation: `run ${run} edit ${n}` });
      if (!answer.ok) throw new Error(JSON.stringify(answer.error));
      say(`acked ${n} ${indicatorId}`);
    }
  }
  await services.close();
}

// Only when run as the child, not when the test imports the constants above.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    process.stderr.write(`crash-child failed: ${(error as Error).stack}\n`);
    process.exit(3);
  });
}
