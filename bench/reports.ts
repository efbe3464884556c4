import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

interface Result {
  scenario: string;
  runs: number;
  medianMs: number;
  p90Ms: number;
  peakRssMb: number;
  bytes: number;
}

interface Pair {
  oursMs: number;
  bareMs: number;
  oursCpuMs: number;
  bareCpuMs: number;
}

function worker<T>(args: string[]): T {
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const out = execFileSync(tsx, ['bench/report-worker.ts', ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}

const scenario = (name: string, runs: number) => worker<Result>([name, String(runs)]);
/** Ours and the bare library taking turns in one process: the ratio a shared, drifting machine distorts least. */
const pair = (ours: string, bare: string, runs: number) => worker<Pair>(['pair', ours, bare, String(runs)]);

/**
 * The long report (60 indicators, 300 evidence items, 11 charts) to docx and
 * PDF with our renderers, against the bare libraries building the same
 * content in the same run (aim: our layer adds at most half again).
 */
export function reportsSection(runs = 5): string[] {
  const { table, lines } = benchReports(runs);
  return [
    '## Reports: the long report (60 indicators, 300 evidence items, 8 line charts, 2 peer bands, ratings at a glance)',
    '',
    'Each scenario runs in its own process (peak RSS is its own); charts are drawn in the baselines too.',
    '',
    ...table,
    '',
    ...lines.map((l) => `- ${l}`),
    '',
  ];
}

export function benchReports(runs = 5): { table: string[]; lines: string[] } {
  const results = ['bare-docx', 'ours-docx', 'ours-docx-no-toc-layout', 'bare-pdf', 'ours-pdf'].map((name) => scenario(name, runs));
  const by = Object.fromEntries(results.map((r) => [r.scenario, r]));
  const ratio = (a: string, b: string) => (by[a].medianMs / by[b].medianMs).toFixed(2);
  const turns = (ours: string, bare: string) => {
    const p = pair(ours, bare, runs + 4);
    return `${(p.oursMs / p.bareMs).toFixed(2)} wall, ${(p.oursCpuMs / p.bareCpuMs).toFixed(2)} CPU (taking turns in one process, ${runs + 4} runs each)`;
  };
  const docxTurns = turns('ours-docx', 'bare-docx');
  const pdfTurns = turns('ours-pdf', 'bare-pdf');
  return {
    table: [
      '| scenario | runs | median (ms) | p90 (ms) | peak RSS (MB) | output (KB) |',
      '|---|---|---|---|---|---|',
      ...results.map((r) => `| ${r.scenario} | ${r.runs} | ${r.medianMs.toFixed(0)} | ${r.p90Ms.toFixed(0)} | ${r.peakRssMb.toFixed(0)} | ${(r.bytes / 1024).toFixed(0)} |`),
    ],
    lines: [
      `docx ratio (ours / bare docx), with the contents' page numbers: ${ratio('ours-docx', 'bare-docx')} in own processes; ${docxTurns}`,
      `docx ratio without the contents' page layout (ours / bare docx): ${ratio('ours-docx-no-toc-layout', 'bare-docx')}`,
      `pdf ratio (ours / bare pdfmake), tagged, hyphenated, headings kept with their text: ${ratio('ours-pdf', 'bare-pdf')} in own processes; ${pdfTurns}`,
    ],
  };
}
