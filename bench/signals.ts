import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openServices } from '../main/app/open-services';
import { generateDemoData } from '../main/demo/generate';
import { ratePer100 } from '../main/domain/figures';
import { computeSignals } from '../main/domain/signals';
import { dispatch } from '../main/host/dispatch';
import { seedDemo } from '../main/services/demo';
import { measure, type Measurement, ratio } from './measure';

/** The aim of the issue: every signal for every school and year in under 100 ms. */
const AIM_MS = 100;

/**
 * Signals for all of Flanders (the demo: 3,250 schools × 5 years) against a
 * plain loop computing only the three rates per 100 over the same rows; then
 * seeding the demo into an empty database and the school list through the
 * contract (signals cached per data revision) against its first, uncached call.
 */
export async function signalsSection(runs = 15): Promise<string[]> {
  const data = generateDemoData();
  let sink = 0;
  const baseline = await measure('baseline: rates per 100 only, plain loop', runs, async () => {
    for (const f of data.figures) {
      sink +=
        (ratePer100(f.preventiveSuspensions, f.pupils) ?? 0) +
        (ratePer100(f.temporaryExclusions, f.pupils) ?? 0) +
        (ratePer100(f.definitiveExclusions, f.pupils) ?? 0);
    }
  });
  const all = await measure('computeSignals: 11 signals, every school and year', runs, async () => {
    sink += computeSignals(data.schools, data.figures).rows.length;
  });

  const dataDir = mkdtempSync(join(tmpdir(), 'doorlicht-bench-signals-'));
  const services = await openServices({ dataDir, seedDemo: false, actor: 'bench' });
  const rows: Measurement[] = [baseline, all];
  try {
    const start = performance.now();
    await seedDemo(services.ctx);
    const seedMs = performance.now() - start;
    rows.push({ name: 'seed the demo into an empty database (once)', runs: 1, medianMs: seedMs, p90Ms: seedMs });
    const first = performance.now();
    await dispatch(services.ctx, 'listSchools', { limit: 10_000 });
    const firstMs = performance.now() - first;
    rows.push({ name: 'listSchools, all schools, first call (reads + computes)', runs: 1, medianMs: firstMs, p90Ms: firstMs });
    rows.push(await measure('listSchools, all schools, cached signals', runs, () => dispatch(services.ctx, 'listSchools', { limit: 10_000 })));
  } finally {
    await services.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (sink === Number.NEGATIVE_INFINITY) console.log(sink);
  return [
    '## Risk signals: all of Flanders',
    '',
    '| measurement | runs | median (ms) | p90 (ms) |',
    '|---|---|---|---|',
    ...rows.map((m) => `| ${m.name} | ${m.runs} | ${m.medianMs.toFixed(2)} | ${m.p90Ms.toFixed(2)} |`),
    '',
    `- ${data.schools.length} schools × 5 years = ${data.figures.length} rows; all signals take ${ratio(all, baseline)}× the plain rate loop; aim < ${AIM_MS} ms: ${all.medianMs < AIM_MS ? 'met' : 'NOT met'} (${all.medianMs.toFixed(1)} ms).`,
    '',
  ];
}
