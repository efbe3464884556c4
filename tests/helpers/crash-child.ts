/**
 * The process the crash test kills. It opens the real services on a data
 * dir and writes, printing one line per acknowledged write on stdout, so
 * the parent knows exactly what was promised before the SIGKILL:
 *
 *   crash-child.ts DATA_DIR import            → "ready", then "acked import S F" after the whole batch committed
 *   crash-child.ts DATA_DIR ratings INSP_ID RUN → "ready", then "acked N INDICATOR" after each saveRating answered ok
 *                                                 (motivation "run RUN edit N")
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openServices } from '../../main/app/open-services';
import { dispatch } from '../../main/host/dispatch';
import { seedDemo } from '../../main/services/demo';

export const CRASH_IMPORT = { seed: 7, years: 5, perGroup: { 'basis-gewoon': 40, 'basis-buitengewoon': 10, 'secundair-gewoon': 20, 'secundair-buitengewoon': 5 } };
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
    const result = await seedDemo(ctx, CRASH_IMPORT);
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
