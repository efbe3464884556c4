import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireRecordLock, LOCK_DIR, liveHolders } from '../../main/app/record-lock';
import { backupTo, restoreFrom } from '../../main/services/backup';
import { call, makeTempDir, openTestServices, REPO_ROOT, removeTempDir } from '../helpers/services';

const run = promisify(execFile);
const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const children: ChildProcess[] = [];
const temps: string[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const dir of temps.splice(0)) removeTempDir(dir);
});

function holdRecord(dataDir: string, program: string): Promise<{ child: ChildProcess; pid: number }> {
  const child = spawn(tsx, [join(REPO_ROOT, 'tests', 'helpers', 'hold-record.ts'), dataDir, program], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /ready (\d+)/.exec(out);
      if (m) resolve({ child, pid: Number(m[1]) });
    });
    child.on('exit', (code) => reject(new Error(`holder exited ${code}: ${err}`)));
  });
}

async function cliRestore(dataDir: string, file: string) {
  try {
    const { stdout } = await run(tsx, ['main/cli/index.ts', 'restore', file, '--data-dir', dataDir], { cwd: REPO_ROOT });
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A data folder with a record and a backup of it elsewhere. */
async function recordWithBackup() {
  const s = await openTestServices();
  temps.push(s.dataDir);
  const backup = join(makeTempDir(), 'kopie.sqlite');
  temps.push(join(backup, '..'));
  await backupTo(s.ctx, backup);
  return { s, backup };
}

describe('the record lock', () => {
  it('cli restore is refused while browser mode has the record open, naming it and its pid; works once that program is gone', async () => {
    const { s, backup } = await recordWithBackup();
    await s.close({ keepDir: true });
    const holder = await holdRecord(s.dataDir, 'browser');
    const refused = await cliRestore(s.dataDir, backup);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`Fout: Herstellen geweigerd: de database is nu open in Doorlicht in browsermodus, pid ${holder.pid}`);
    expect(refused.stderr).toContain('Er is niets gewijzigd.');
    expect(refused.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    expect(existsSync(join(s.dataDir, 'backups'))).toBe(false); // not even the before-restore copy

    // Killed without closing: its lock file stays, but a dead pid does not block.
    holder.child.kill('SIGKILL');
    await new Promise((resolve) => holder.child.once('exit', resolve));
    expect(readdirSync(join(s.dataDir, LOCK_DIR)).length).toBe(1);
    const restored = await cliRestore(s.dataDir, backup);
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toContain('Hersteld uit kopie.sqlite');
    expect(readdirSync(join(s.dataDir, LOCK_DIR))).toEqual([]);
  }, 60_000);

  it('the desktop app in the same data folder blocks a restore from the UI of another; a restore from the only holder works', async () => {
    const a = await openTestServices();
    temps.push(a.dataDir);
    const backup = join(a.dataDir, 'kopie.sqlite');
    await backupTo(a.ctx, backup);
    const lock = acquireRecordLock(a.dataDir, 'desktop');
    try {
      await expect(restoreFrom(a.ctx, backup)).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining(`de Doorlicht-app, pid ${process.pid}`) });
    } finally {
      lock.release();
    }
    await expect(restoreFrom(a.ctx, backup)).resolves.toMatchObject({ restoredFrom: 'kopie.sqlite' });
    const envelope = await call(a.ctx, 'listSchools', {});
    expect(envelope.ok).toBe(true);
    await a.close();
  });

  it('an opener is refused while a restore holds the marker; stale markers and unreadable lock files are swept', async () => {
    const dir = makeTempDir();
    temps.push(dir);
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => dead.once('exit', resolve));
    const stale = { id: 'x', pid: dead.pid, host: (await import('node:os')).hostname(), program: 'desktop', since: new Date().toISOString() };
    acquireRecordLock(dir, 'cli').release();
    writeFileSync(join(dir, LOCK_DIR, 'stale.json'), JSON.stringify(stale));
    writeFileSync(join(dir, LOCK_DIR, 'garbage.json'), '{');
    expect(liveHolders(dir)).toEqual([]);
    expect(readdirSync(join(dir, LOCK_DIR))).toEqual([]);
    writeFileSync(join(dir, LOCK_DIR, 'restoring.json'), JSON.stringify({ ...stale, id: 'r', pid: process.pid, program: 'cli', detail: 'herstellen' }));
    expect(() => acquireRecordLock(dir, 'desktop')).toThrow(/Er wordt net een reservekopie teruggezet door de Doorlicht-opdrachtregel \(herstellen\), pid \d+/);
    expect(existsSync(join(dir, LOCK_DIR, 'restoring.json'))).toBe(true);
    expect(readdirSync(join(dir, LOCK_DIR))).toEqual(['restoring.json']);
  });
});

describe('leftovers of an interrupted backup or restore', () => {
  it('are swept at the next start when no other program has the record, and left alone while one has', async () => {
    const first = await openTestServices();
    const dataDir = first.dataDir;
    temps.push(dataDir);
    await first.close({ keepDir: true });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dataDir, 'backups'), { recursive: true });
    const partial = join(dataDir, 'backups', 'auto-20261202-050000.sqlite.partial');
    const incoming = join(dataDir, 'doorlicht.sqlite.restore-incoming');
    writeFileSync(partial, 'half');
    writeFileSync(incoming, 'half');
    const other = acquireRecordLock(dataDir, 'desktop');
    const second = await openTestServices({ dataDir });
    expect([existsSync(partial), existsSync(incoming)]).toEqual([true, true]);
    await second.close({ keepDir: true });
    other.release();
    const third = await openTestServices({ dataDir });
    expect([existsSync(partial), existsSync(incoming)]).toEqual([false, false]);
    await third.close({ keepDir: true });
  });
});
