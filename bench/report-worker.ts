/**
 * Runs one report scenario in its own process so that its peak memory is its
 * own: `tsx bench/report-worker.ts ours-docx|ours-docx-no-toc-layout|bare-docx|ours-pdf|bare-pdf RUNS`.
 * Prints one JSON line: median and p90 in ms, peak RSS in MB, output size.
 */
import { performance } from 'node:perf_hooks';
import { renderReport } from '../main/reports';
import { renderDocx } from '../main/reports/docx-renderer';
import { longReport } from '../tests/helpers/long-report';
import { bareDocx, barePdf } from './report-baselines';

const [scenario, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 5);
const doc = longReport();
const work: Record<string, () => Promise<Buffer>> = {
  'ours-docx': () => renderReport(doc, 'docx'),
  'ours-docx-no-toc-layout': () => renderDocx(doc, { tocPageNumbers: false }),
  'bare-docx': () => bareDocx(doc),
  'ours-pdf': () => renderReport(doc, 'pdf'),
  'bare-pdf': () => barePdf(doc),
};
const run = work[scenario];
if (!run) throw new Error(`unknown scenario ${scenario}`);
let bytes = (await run()).length;
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  bytes = (await run()).length;
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({ scenario, runs, medianMs: times[Math.floor(runs / 2)], p90Ms: times[Math.min(runs - 1, Math.floor(runs * 0.9))], peakRssMb: process.resourceUsage().maxRSS / 1024, bytes }));
