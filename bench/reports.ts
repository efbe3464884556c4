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

function scenario(name: string, runs: number): Result {
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const out = execFileSync(tsx, ['bench/report-worker.ts', name, String(runs)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as Result;
}

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
  return {
    table: [
      '| scenario | runs | median (ms) | p90 (ms) | peak RSS (MB) | output (KB) |',
      '|---|---|---|---|---|---|',
      ...results.map((r) => `| ${r.scenario} | ${r.runs} | ${r.medianMs.toFixed(0)} | ${r.p90Ms.toFixed(0)} | ${r.peakRssMb.toFixed(0)} | ${(r.bytes / 1024).toFixed(0)} |`),
    ],
    lines: [
      `docx ratio (ours / bare docx): ${ratio('ours-docx', 'bare-docx')} — most of it is laying the document out to write the contents' page numbers`,
      `docx ratio without that layout (ours / bare docx): ${ratio('ours-docx-no-toc-layout', 'bare-docx')}`,
      `pdf ratio (ours / bare pdfmake): ${ratio('ours-pdf', 'bare-pdf')} — tagged, hyphenated, headings kept with their text (pdfmake lays the document out again per moved heading; the relayouts reuse the first layout's measurements)`,
    ],
  };
}
