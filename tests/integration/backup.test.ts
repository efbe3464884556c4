import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inspectDatabaseFile } from '../../main/db/backup';
import { Database } from '../../main/db/connection';
import { AUTO_BACKUPS_KEPT, automaticBackupIfDue, backupDir, backupTo, createBackup, listBackups, pruneAutomaticBackups, restoreFrom } from '../../main/services/backup';
import { call, callOk, makeTempDir, openTestServices, removeTempDir, type TestServices } from '../helpers/services';

let services: TestServices | undefined;
const temps: string[] = [];
afterEach(async () => {
  if (services) {
    await services.ctx.db.close().catch(() => undefined);
    removeTempDir(services.dataDir);
  }
  services = undefined;
  for (const dir of temps.splice(0)) removeTempDir(dir);
});

async function schoolCount(s: TestServices) {
  return (await s.ctx.db.get<{ n: number }>('SELECT count(*) AS n FROM schools'))!.n;
}

describe('backups', () => {
  it('a manual backup is a complete, checked copy listed in backups/', async () => {
    services = await openTestServices({ seedDemo: true });
    const info = await callOk(services.ctx, 'createBackup', {});
    expect(info.kind).toBe('manual');
    const file = join(backupDir(services.ctx), info.name);
    const inspection = await inspectDatabaseFile(file);
    expect(inspection).toMatchObject({ integrity: 'ok', isDoorlicht: true });
    expect(inspection.counts.schools).toBe(await schoolCount(services));
    expect((await callOk(services.ctx, 'listBackups', {})).map((b: { name: string }) => b.name)).toContain(info.name);
  });

  it('automatic backups run when due and keep only the newest few', async () => {
    let t = Date.parse('2026-01-01T08:00:00Z');
    services = await openTestServices({ now: () => new Date(t) });
    expect(await automaticBackupIfDue(services.ctx)).not.toBeNull();
    expect(await automaticBackupIfDue(services.ctx)).toBeNull(); // same day: not due
    for (let day = 0; day < AUTO_BACKUPS_KEPT + 3; day++) {
      t += 25 * 60 * 60 * 1000;
      await createBackup(services.ctx, 'auto');
    }
    await createBackup(services.ctx, 'manual');
    const list = listBackups(services.ctx);
    expect(list.filter((b) => b.kind === 'auto')).toHaveLength(AUTO_BACKUPS_KEPT);
    expect(list.filter((b) => b.kind === 'manual')).toHaveLength(1);
    expect(pruneAutomaticBackups(services.ctx)).toEqual([]);
  });

  it('restores a backup while the services run, keeping the current record aside', async () => {
    services = await openTestServices({ seedDemo: true });
    const backup = await callOk(services.ctx, 'createBackup', {});
    const before = await schoolCount(services);
    // Schools without inspections can go; the demo's inspections keep theirs (foreign keys are on).
    await services.ctx.db.run('DELETE FROM school_year_figures');
    await services.ctx.db.run('DELETE FROM schools WHERE instellingsnummer NOT IN (SELECT instellingsnummer FROM inspections)');
    const left = await schoolCount(services);
    expect(left).toBeLessThan(before);

    const result = await callOk(services.ctx, 'restoreBackup', { name: backup.name });
    expect(result.keptAside).toMatch(/^before-restore-/);
    // The same ServiceContext answers from the restored record.
    expect(await schoolCount(services)).toBe(before);
    expect((await callOk(services.ctx, 'listSchools', { limit: 5 })).length).toBe(5);
    const aside = await inspectDatabaseFile(join(backupDir(services.ctx), result.keptAside));
    expect(aside.counts.schools).toBe(left);
    expect(aside.counts.school_year_figures).toBe(0);
  });

  it('refuses a file that is not a Doorlicht record, is damaged, or is newer, and changes nothing', async () => {
    services = await openTestServices({ seedDemo: true });
    const dir = makeTempDir();
    temps.push(dir);
    const text = join(dir, 'notes.sqlite');
    writeFileSync(text, 'dit is geen database '.repeat(500));
    const foreign = join(dir, 'foreign.sqlite');
    const other = await Database.open(foreign);
    await other.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
    await other.close();
    const newer = join(dir, 'newer.sqlite');
    await backupTo(services.ctx, newer);
    const bump = await Database.open(newer);
    await bump.exec('PRAGMA user_version = 9999');
    await bump.close();

    const before = await schoolCount(services);
    for (const [file, reason] of [[text, /geen SQLite-database/], [foreign, /geen Doorlicht-database/], [newer, /nieuwere versie/]] as const) {
      await expect(restoreFrom(services.ctx, file)).rejects.toThrow(reason);
    }
    expect(await schoolCount(services)).toBe(before);
    expect(listBackups(services.ctx).filter((b) => b.kind === 'before-restore')).toEqual([]);
  });

  it('the UI may only name a backup, never a path', async () => {
    services = await openTestServices();
    for (const name of ['../doorlicht.sqlite', '/etc/passwd', 'manual-20260101-080000.sqlite/../../x', 'x.sqlite']) {
      const result = await call(services.ctx, 'restoreBackup', { name });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'name' } });
    }
    expect(await call(services.ctx, 'restoreBackup', { name: 'manual-20260101-080000.sqlite' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('verify reports integrity and counts', async () => {
    services = await openTestServices({ seedDemo: true });
    const result = await callOk(services.ctx, 'verifyDatabase', {});
    expect(result.integrity).toBe('ok');
    expect(result.counts.schools).toBeGreaterThan(0);
    expect(existsSync(backupDir(services.ctx)) ? readdirSync(backupDir(services.ctx)) : []).toEqual([]);
  });
});
