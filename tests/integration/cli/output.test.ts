import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandTable } from '../../../main/cli/registry';
import { formatDutchDate } from '../../../main/reports/dutch-format';
import { bundleCli, runCliProcess, TSX_CLI } from '../../helpers/cli';
import { makeTempDir, REPO_ROOT, removeTempDir } from '../../helpers/services';

/**
 * Output reaches its reader whole, whether stdout is a pipe or a file, and a
 * reader that stops early ends the command quietly. The big answer is
 * `schools --json` on the demo record (3,250 schools, several megabytes).
 */
let dir: string;
let node: string[];
const spec = (name: string) => commandTable.find((c) => c.name === name)!;

beforeAll(async () => {
  dir = makeTempDir();
  node = [process.execPath, await bundleCli()];
  const seeded = await runCliProcess(node, ['seed-demo', '--json', '--data-dir', dir]);
  expect(seeded.code).toBe(0);
  expect(spec('seed-demo').output.parse(JSON.parse(seeded.stdout))).toMatchObject({ schools: 3250 });
  // Nothing is recorded without a person: the script says who works first.
  expect((await runCliProcess(node, ['profile', '--name', 'Test Inspecteur', '--data-dir', dir])).code).toBe(0);
}, 120_000);

afterAll(() => removeTempDir(dir));

describe('CLI output', () => {
  it('pipes multi-megabyte JSON whole through `npm run cli` as a user runs it', { timeout: 120_000 }, async () => {
    const result = await runCliProcess(TSX_CLI, ['schools', '--json', '--data-dir', dir]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(Buffer.byteLength(result.stdout)).toBeGreaterThan(2 * 1024 * 1024);
    const schools = spec('schools').output.parse(JSON.parse(result.stdout)) as unknown[];
    expect(schools).toHaveLength(3250);
  });

  it('writes the whole answer to a file', { timeout: 60_000 }, async () => {
    const file = join(dir, 'schools.json');
    const fd = openSync(file, 'w');
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(node[0], [node[1], 'schools', '--json', '--data-dir', dir], { cwd: REPO_ROOT, stdio: ['ignore', fd, 'inherit'] });
      child.on('close', resolve);
    });
    closeSync(fd);
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toHaveLength(3250);
  });

  it('ends quietly when the reader stops early, like `| head`', { timeout: 60_000 }, async () => {
    const child = spawn(node[0], [node[1], 'schools', '--data-dir', dir], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('answers errors as JSON on stderr with the documented exit codes', { timeout: 60_000 }, async () => {
    const notFound = await runCliProcess(node, ['advice', '--inspection', 'geen-id', '--json', '--data-dir', dir]);
    expect(notFound.code).toBe(4);
    expect(notFound.stdout).toBe('');
    expect(JSON.parse(notFound.stderr)).toEqual({ error: { code: 'not_found', message: 'Geen inspectie met id geen-id', field: 'inspectionId', option: 'inspection' } });

    const usage = await runCliProcess(node, ['rate', '--inspection', 'x', '--json', '--data-dir', dir]);
    expect(usage.code).toBe(2);
    expect(JSON.parse(usage.stderr).error).toMatchObject({ code: 'usage', field: 'indicator' });

    const [inspection] = JSON.parse((await runCliProcess(node, ['inspections', '--json', '--data-dir', dir])).stdout).filter((i: { status: string }) => i.status !== 'final');
    const refused = await runCliProcess(node, ['rate', '--inspection', inspection.id, '--indicator', 'km.1', '--level', 'beneden', '--json', '--data-dir', dir]);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stderr).error).toMatchObject({ code: 'invalid_input', field: 'shortcomings', option: 'tekort' });

    // Finalize before the advice is decided: refused, with the check list that refused it.
    const undecided = JSON.parse((await runCliProcess(node, ['advice', '--inspection', inspection.id, '--json', '--data-dir', dir])).stdout);
    expect(undecided.decision).toBeNull();
    const finalize = await runCliProcess(node, ['finalize', '--inspection', inspection.id, '--json', '--data-dir', dir]);
    expect(finalize.code).toBe(1);
    const refusedFinal = JSON.parse(finalize.stderr).error;
    expect(refusedFinal.code).toBe('conflict');
    expect(refusedFinal.checklist.canFinalize).toBe(false);
    expect(refusedFinal.checklist.items[0]).toMatchObject({ severity: 'blocking' });

    const unknown = await runCliProcess(node, ['schoolz', '--lang', 'en']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^Error: Unknown command: schoolz/);
  });

  it('says the record is busy (exit 3) while another writer holds it, and changes nothing', { timeout: 60_000 }, async () => {
    // Another process holds a write transaction on the same database file.
    const holder = spawn(
      process.execPath,
      ['-e', `const db = new (require('sqlite3').Database)(process.argv[1]); db.exec('BEGIN EXCLUSIVE', (e) => { if (e) throw e; console.log('held'); }); process.stdin.on('data', () => db.exec('ROLLBACK', () => process.exit(0)));`, join(dir, 'doorlicht.sqlite')],
      { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'inherit'] },
    );
    await new Promise((resolve) => holder.stdout.once('data', resolve));
    const busy = await runCliProcess(node, ['profile', '--name', 'Bezet', '--json', '--data-dir', dir]);
    holder.stdin.write('done\n');
    await new Promise((resolve) => holder.on('close', resolve));
    expect(busy.code).toBe(3);
    expect(JSON.parse(busy.stderr).error.code).toBe('busy');
    const settings = await runCliProcess(node, ['settings', '--json', '--data-dir', dir]);
    expect(JSON.parse(settings.stdout).profileName).not.toBe('Bezet');
  });

  it('writes ISO dates in JSON, Dutch dates in text, and English with --lang en', { timeout: 60_000 }, async () => {
    const [first] = JSON.parse((await runCliProcess(node, ['inspections', '--json', '--data-dir', dir])).stdout);
    expect(first.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const dutch = await runCliProcess(node, ['inspections', '--data-dir', dir]);
    expect(dutch.stdout).toMatch(/^Id +School +Soort +Status +Start/);
    expect(dutch.stdout).toContain(formatDutchDate(first.startDate));
    const english = await runCliProcess(node, ['inspections', '--lang', 'en', '--data-dir', dir]);
    expect(english.stdout).toMatch(/^Id +School +Type +Status +Start/);
    expect(english.stdout).toContain(first.startDate);
  });

  it('shows progress only on request when output is piped', { timeout: 120_000 }, async () => {
    const [inspection] = JSON.parse((await runCliProcess(node, ['inspections', '--json', '--data-dir', dir])).stdout);
    const args = ['report', '--inspection', inspection.id, '--format', 'pdf', '--data-dir', dir];
    const quiet = await runCliProcess(node, [...args, '--out', join(dir, 'a.pdf')]);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
    const shown = await runCliProcess(node, [...args, '--out', join(dir, 'b.pdf'), '--progress', '--lang', 'en']);
    expect(shown.code).toBe(0);
    expect(shown.stderr).toMatch(/making the report/);
    expect(shown.stdout).toMatch(/b\.pdf written \(version \d+, \d+ bytes, SHA-256 [0-9a-f]{64}\)\./);
  });
});
