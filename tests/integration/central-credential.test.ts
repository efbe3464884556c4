import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openServices } from '../../main/app/open-services';
import { exportPackageTo } from '../../main/cli/package-transfer';
import { getSetting, putSetting } from '../../main/db/repositories/settings';
import { CREDENTIAL_FILE, readCredential, type SecretSealer } from '../../main/services/sync/credential';
import { enrolledLaptop, requirePostgres, sharedInspection, startCentral, type TestCentral } from '../helpers/central';
import { call, callOk, makeTempDir, openTestServices, RESOURCES_DIR, removeTempDir, type TestServices } from '../helpers/services';

/**
 * The device credential never sits in the record: it is a 0600 file in the
 * data folder (sealed by the OS secret store where the program has one), so
 * a backup, a package or the database file itself does not contain it.
 */

let run = false;
beforeAll(async () => {
  run = await requirePostgres();
});
const opened: TestServices[] = [];
const dirs: string[] = [];
let central: TestCentral | undefined;
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
  for (const d of dirs.splice(0)) removeTempDir(d);
  await central?.close();
  central = undefined;
});

/** Every file under a folder whose bytes contain the text (the credential file itself aside). */
function filesHolding(dir: string, text: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name === CREDENTIAL_FILE) continue;
    const path = join(entry.parentPath, entry.name);
    if (readFileSync(path).includes(Buffer.from(text))) out.push(path);
  }
  return out;
}

async function backupFile(s: TestServices): Promise<string> {
  const { name } = await callOk<{ name: string }>(s.ctx, 'createBackup', {});
  return join(s.dataDir, 'backups', name);
}

/** A stand-in for Electron's safeStorage with the same contract: a key that stays with this process. */
function testSealer(): SecretSealer {
  const key = randomBytes(32);
  return {
    kind: 'test-sealer',
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    open(sealed) {
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

describe('the device credential stays out of the record', () => {
  it('lives in a 0600 file; the database, a backup and a package do not contain it; sync uses it', async () => {
    if (!run) return;
    central = await startCentral();
    const a = await enrolledLaptop(central, opened, { name: 'Anna', role: 'inspector', teams: ['Gent'] });
    const credential = readCredential(a.ctx)!;
    expect(credential).toMatch(new RegExp(`^${a.deviceId}\\.`));
    const secret = credential.split('.')[1];
    expect(statSync(join(a.dataDir, CREDENTIAL_FILE)).mode & 0o777).toBe(0o600);
    expect(await a.ctx.db.all(`SELECT key FROM settings WHERE value LIKE ?`, [`%${secret}%`])).toEqual([]);

    const inspectionId = await sharedInspection([a.ctx]);
    const pkg = join(a.dataDir, 'exchange', 'test.dlpkg');
    await exportPackageTo(a.ctx, { inspectionId }, pkg);
    const backup = await backupFile(a);
    await a.ctx.db.run('PRAGMA wal_checkpoint(TRUNCATE)');
    // The whole data folder: database, WAL, backup, package — nothing holds the secret but its own file.
    expect(statSync(pkg).size).toBeGreaterThan(0);
    expect(statSync(backup).size).toBeGreaterThan(0);
    expect(filesHolding(a.dataDir, secret)).toEqual([]);
    // The search does find what the record holds (the device id, a setting): the database and the backup at least.
    expect(filesHolding(a.dataDir, a.deviceId).length).toBeGreaterThanOrEqual(2);
    expect((await callOk(a.ctx, 'syncNow', {})).pushRefused).toBe(0);
  });

  it('a record enrolled before moves its credential out of the settings table when it opens', async () => {
    if (!run) return;
    central = await startCentral();
    const dataDir = makeTempDir();
    dirs.push(dataDir);
    const first = await openTestServices({ seedDemo: false, actor: 'Bert', dataDir });
    await callOk(first.ctx, 'saveProfile', { profileName: 'Bert', role: 'inspecteur' });
    const { code } = await central.user({ name: 'Bert', role: 'inspector', teams: ['Gent'] });
    await callOk(first.ctx, 'enrolDevice', { server: central.url, code });
    const credential = readCredential(first.ctx)!;
    // As the earlier version kept it.
    await first.ctx.db.transaction((tx) => putSetting(tx, 'central.credential', credential, '2027-01-01T00:00:00.000Z'));
    rmSync(join(dataDir, CREDENTIAL_FILE));
    await first.close({ keepDir: true });

    const again = await openTestServices({ seedDemo: false, dataDir });
    opened.push(again);
    expect(await getSetting(again.ctx.db, 'central.credential')).toBeUndefined();
    expect(readCredential(again.ctx)).toBe(credential);
    await callOk(again.ctx, 'syncNow', {});
    await backupFile(again);
    await again.ctx.db.run('PRAGMA wal_checkpoint(TRUNCATE)');
    expect(filesHolding(dataDir, credential.split('.')[1])).toEqual([]);
  });

  it('sealed by the secret store where there is one; a program without it says so and changes nothing', async () => {
    if (!run) return;
    central = await startCentral();
    const dataDir = makeTempDir();
    dirs.push(dataDir);
    const app = await openServices({ dataDir, resourcesDir: RESOURCES_DIR, actor: 'Chris', secretSealer: testSealer(), program: 'desktop' });
    const { code } = await central.user({ name: 'Chris', role: 'inspector', teams: ['Gent'] });
    await callOk(app.ctx, 'enrolDevice', { server: central.url, code });
    const secret = readCredential(app.ctx)!.split('.')[1];
    expect(readFileSync(join(dataDir, CREDENTIAL_FILE), 'utf8')).not.toContain(secret);
    expect(JSON.parse(readFileSync(join(dataDir, CREDENTIAL_FILE), 'utf8')).sealing).toBe('test-sealer');
    await callOk(app.ctx, 'syncNow', {});
    await app.close();

    const cli = await openTestServices({ seedDemo: false, dataDir });
    opened.push(cli);
    const refused = await call(cli.ctx, 'syncNow', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/vergrendeld met test-sealer/) } });
  });
});
