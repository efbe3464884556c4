import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { enrol } from '../central/accounts';
import { generateDemoData } from '../main/demo/generate';
import { centralRequest } from '../main/services/sync/client';
import type { PullResult, PushRequest, SyncPayload } from '../main/services/sync/protocol';
import { importFigures, importSchools } from '../central/schools';
import { callOk, openTestServices } from '../tests/helpers/services';
import type { TestCentral } from '../tests/helpers/central';

/** Kilobytes of the process's peak and current resident memory, from /proc (Linux). */
function memoryOf(pid: number): { peakMb: number; rssMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { peakMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
}

/** A new laptop's first sync: every school of Flanders (the demo set's size) from the centre, through the real workbench services. */
export async function firstSync(central: TestCentral): Promise<string[]> {
  const { schools, figures } = generateDemoData();
  await importSchools(central.pool, schools);
  await importFigures(central.pool, figures as unknown as unknown[]);
  const laptop = await openTestServices({ seedDemo: false, actor: 'Nieuwe laptop' });
  try {
    await callOk(laptop.ctx, 'saveProfile', { profileName: 'Nieuwe laptop', role: 'inspecteur' });
    const { code } = await central.user({ name: 'Nieuwe laptop', role: 'inspector', teams: ['Nieuw'] });
    await callOk(laptop.ctx, 'enrolDevice', { server: central.url, code });
    const start = performance.now();
    const result = await callOk(laptop.ctx, 'syncNow', {});
    const ms = performance.now() - start;
    return [`- A new laptop's first sync: ${result.schools} schools and ${result.figures} rows of school-year figures from the centre (and the team's inspections, none here) in ${(ms / 1000).toFixed(1)} s (target under 10 s).`];
  } finally {
    await laptop.close();
  }
}

/** 50 laptops pulling at once from a server in its own process: its peak memory against its memory at rest. */
export async function concurrentPulls(central: TestCentral, payloads: SyncPayload[], framework: PushRequest['frameworks'][number], laptops = 50): Promise<string[]> {
  // Its own port, settable, so two runs on one machine never meet.
  const port = Number(process.env.BENCH_CENTRAL_PORT ?? 4669);
  const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'central/cli.ts', 'serve', '--database', central.databaseUrl, '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await new Promise<void>((resolve, reject) => {
      server.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('listening') && resolve());
      server.once('exit', (code) => reject(new Error(`central exited ${code}`)));
    });
    const url = `http://127.0.0.1:${port}`;
    const devices = [];
    for (let i = 0; i < laptops; i += 1) {
      const { code } = await central.user({ name: `Laptop ${i}`, role: 'inspector', teams: ['Load'] });
      devices.push(await enrol(central.pool, code, `load-${i}`));
    }
    await centralRequest({ server: url, credential: devices[0].credential }, 'POST', '/push', { frameworks: [framework], payloads });
    const rest = memoryOf(server.pid!);
    const start = performance.now();
    const pulled = await Promise.all(
      devices.map(async (d) => {
        let cursor = 0;
        let known: Record<string, number> = {};
        let entries = 0;
        for (;;) {
          const page = await centralRequest<PullResult>({ server: url, credential: d.credential }, 'POST', '/pull', { cursor, schoolCursor: 1e15, figureCursor: 1e15, known });
          entries += page.payloads.reduce((n, p) => n + p.entries.length, 0);
          known = { ...known, ...Object.fromEntries(page.delivered.map((id) => [id, page.asOf])) };
          cursor = page.cursor;
          if (!page.more) return entries;
        }
      }),
    );
    const ms = performance.now() - start;
    const after = memoryOf(server.pid!);
    const rows = payloads.reduce((n, p) => n + p.entries.length, 0);
    return [
      `- ${laptops} laptops pulling ${rows.toLocaleString('en')} entry versions each at once (server in its own process, at most 8 syncs worked on at a time): all complete ${pulled.every((n) => n === rows)}, ${(ms / 1000).toFixed(1)} s; server memory at rest ${rest.rssMb.toFixed(0)} MB, peak ${after.peakMb.toFixed(0)} MB.`,
    ];
  } finally {
    server.kill('SIGTERM');
  }
}
