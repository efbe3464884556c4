import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT } from './services';

/**
 * The CLI as one bundled file, so a test that makes dozens of calls does not
 * pay tsx's start-up for each. Same source as `npm run cli`; it lives under
 * out/ so that resources/ and node_modules are found as from main/cli.
 */
export async function bundleCli(): Promise<string> {
  const dir = join(REPO_ROOT, 'out', 'cli-test');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `cli-${process.pid}.mjs`);
  await build({ entryPoints: [join(REPO_ROOT, 'main', 'cli', 'index.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile, logLevel: 'warning' });
  return outfile;
}

/** The command as a user types it, through tsx. */
export const TSX_CLI = [join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), join(REPO_ROOT, 'main', 'cli', 'index.ts')];

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a CLI process to its end with stdout and stderr as pipes, however much they carry. */
export function runCliProcess(command: readonly string[], args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command[0], [...command.slice(1), ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}
