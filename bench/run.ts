import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { benchStartup } from './startup';
import { onsiteSection } from './onsite';
import { signalsSection } from './signals';
import { importSection } from './import';
import { xlsxSection } from './xlsx';
import { reportsSection } from './reports';
import { exchangeSection } from './exchange';
import { CENTRAL_TITLE, centralSection } from './central';

const RESULTS = new URL('./RESULTS.md', import.meta.url);

/** RESULTS.md as its `## ` sections, by title (the part before the first is the head). */
function sectionsOf(text: string): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let title = '';
  for (const line of text.split('\n')) {
    if (line.startsWith('## ')) title = line;
    sections.set(title, [...(sections.get(title) ?? []), line]);
  }
  return sections;
}

/** Puts one section into RESULTS.md in place of the one with its title (or at the end), leaving the others as they are. */
function replaceSection(title: string, lines: string[]) {
  const sections = sectionsOf(existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Benchmark results\n');
  sections.set(title, lines);
  writeFileSync(RESULTS, [...sections.values()].flat().join('\n'));
}

/**
 * `npm run bench`: every benchmark, as ratios against a baseline measured in the same run.
 * `npm run bench -- central` runs only the central server's (BENCH_CENTRAL_SCALE=full: the 600 × 2,000)
 * and replaces just its section.
 */
async function main() {
  if (process.argv[2] === 'central') {
    const lines = await centralSection();
    console.log(lines.join('\n'));
    replaceSection(CENTRAL_TITLE, lines);
    return;
  }
  const startup = await benchStartup();
  const table = [
    '| measurement | runs | median (ms) | p90 (ms) |',
    '|---|---|---|---|',
    ...startup.rows.map((m) => `| ${m.name} | ${m.runs} | ${m.medianMs.toFixed(2)} | ${m.p90Ms.toFixed(2)} |`),
  ];
  const report = [
    '# Benchmark results',
    '',
    `Command: \`npm run bench\` · ${new Date().toISOString().slice(0, 10)} · Node ${process.version} · ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'})`,
    '',
    '## Startup: services and the demo database',
    '',
    ...table,
    '',
    ...startup.lines.map((l) => `- ${l}`),
    '',
    ...(await onsiteSection()),
    ...(await signalsSection()),
    ...(await importSection()),
    ...(await xlsxSection()),
    ...reportsSection(),
    ...exchangeSection(),
    ...(await centralSection()),
  ].join('\n');
  console.log(report);
  // A section this run does not make (the full-scale central one, run alone) stays as it was measured.
  const kept = existsSync(RESULTS) ? [...sectionsOf(readFileSync(RESULTS, 'utf8'))].filter(([title]) => title.startsWith('## Central') && !report.includes(title)) : [];
  writeFileSync(RESULTS, [report, ...kept.map(([, lines]) => lines.join('\n'))].join('\n'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
