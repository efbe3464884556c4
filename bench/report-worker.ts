/**
 * Report scenarios, each in a process of its own:
 *
 * - `tsx bench/report-worker.ts SCENARIO RUNS`: one scenario, so its peak
 *   memory is its own. Prints one JSON line: median and p90 in ms, median CPU
 *   time (all threads), peak RSS in MB, output size.
 * - `tsx bench/report-worker.ts pair OURS BARE RUNS`: ours and the bare
 *   library taking turns in one process, so a machine that slows down or
 *   speeds up mid-run (a shared VM does) slows both alike. Prints the median
 *   wall and CPU time of each; the ratios come from these.
 *
 * Scenarios: ours-docx, ours-docx-no-toc-layout, bare-docx, ours-pdf, bare-pdf.
 */
import { performance } from 'node:perf_hooks';
import { renderReport } from '../main/reports';
import { renderDocx } from '../main/reports/docx-renderer';
import { longReport } from '../tests/helpers/long-report';
import { bareDocx, barePdf } from './report-baselines';

const doc = longReport();
const work: Record<string, () => Promise<Buffer>> = {
  'ours-docx': () => renderReport(doc, 'docx'),
  'ours-docx-no-toc-layout': () => renderDocx(doc, { tocPageNumbers: false }),
  'bare-docx': () => bareDocx(doc),
  'ours-pdf': () => renderReport(doc, 'pdf'),
  'bare-pdf': () => barePdf(doc),
};

function scenario(name: string): () => Promise<Buffer> {
  const run = work[name];
  if (!run) throw new Error(`unknown scenario ${name}`);
  return run;
}

interface Timing {
  wall: number[];
  cpu: number[];
  bytes: number;
}

async function timeOnce(run: () => Promise<Buffer>, into: Timing): Promise<void> {
  const start = performance.now();
  const startCpu = process.cpuUsage();
  into.bytes = (await run()).length;
  const used = process.cpuUsage(startCpu);
  into.wall.push(performance.now() - start);
  into.cpu.push((used.user + used.system) / 1000);
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)];

const args = process.argv.slice(2);
if (args[0] === 'pair') {
  const [, oursName, bareName, runsArg] = args;
  const [ours, bare] = [scenario(oursName), scenario(bareName)];
  const runs = Number(runsArg ?? 7);
  await ours();
  await bare();
  const timings = { ours: { wall: [], cpu: [], bytes: 0 } as Timing, bare: { wall: [], cpu: [], bytes: 0 } as Timing };
  for (let i = 0; i < runs; i++) {
    // Alternate who goes first, so neither always runs right after the other's garbage.
    const order = i % 2 === 0 ? (['ours', 'bare'] as const) : (['bare', 'ours'] as const);
    for (const who of order) await timeOnce(who === 'ours' ? ours : bare, timings[who]);
  }
  console.log(
    JSON.stringify({ ours: oursName, bare: bareName, runs, oursMs: median(timings.ours.wall), bareMs: median(timings.bare.wall), oursCpuMs: median(timings.ours.cpu), bareCpuMs: median(timings.bare.cpu) }),
  );
} else {
  const [name, runsArg] = args;
  const run = scenario(name);
  const runs = Number(runsArg ?? 5);
  const timing: Timing = { wall: [], cpu: [], bytes: (await run()).length };
  for (let i = 0; i < runs; i++) await timeOnce(run, timing);
  const wall = sorted(timing.wall);
  console.log(
    JSON.stringify({ scenario: name, runs, medianMs: median(wall), cpuMs: median(timing.cpu), p90Ms: wall[Math.min(runs - 1, Math.floor(runs * 0.9))], peakRssMb: process.resourceUsage().maxRSS / 1024, bytes: timing.bytes }),
  );
}
