import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { benchStartup } from './startup';
import { onsiteSection } from './onsite';
import { signalsSection } from './signals';
import { importSection } from './import';
import { xlsxSection } from './xlsx';
import { reportsSection } from './reports';
import { exchangeSection } from './exchange';
import { centralSection } from './central';

/** `npm run bench`: every benchmark, as ratios against a baseline measured in the same run. */
async function main() {
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
  writeFileSync(new URL('./RESULTS.md', import.meta.url), report);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
