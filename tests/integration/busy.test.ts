import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireRecordLock } from '../../main/app/record-lock';
import { Database } from '../../main/db/connection';
import { call, openTestServices, type TestServices } from '../helpers/services';

/**
 * A second connection (as another program would have) holds the record's
 * write lock; the busy timeout is made short so the test is quick.
 */
let services: TestServices | undefined;
let other: Database | undefined;
afterEach(async () => {
  await other?.exec('ROLLBACK').catch(() => undefined);
  await other?.close();
  other = undefined;
  await services?.close();
  services = undefined;
});

async function lockedRecord() {
  services = await openTestServices({ seedDemo: true });
  await services.ctx.db.exec('PRAGMA busy_timeout = 50');
  other = await Database.open(join(services.dataDir, 'doorlicht.sqlite'));
  await other.exec('BEGIN IMMEDIATE');
  return services.ctx;
}

describe('a record another program is writing', () => {
  it('a write that stays blocked answers busy (its own code), says why, names the program holding the record', async () => {
    const ctx = await lockedRecord();
    const school = ((await call(ctx, 'listSchools', { limit: 1 })) as { value: { instellingsnummer: string }[] }).value[0];
    const holder = acquireRecordLock(services!.dataDir, 'browser');
    try {
      const answer = await call(ctx, 'createInspection', { instellingsnummer: school.instellingsnummer, type: 'full' });
      expect(answer).toMatchObject({ ok: false, error: { code: 'busy' } });
      expect(answer.ok || answer.error.message).toMatch(/^Een ander programma schrijft op dit moment in de database\. Er is niets gewijzigd; probeer het zo dadelijk opnieuw\. \(Open in: Doorlicht in browsermodus, pid \d+/);
    } finally {
      holder.release();
    }
    await other!.exec('ROLLBACK');
    expect((await call(ctx, 'listInspections', { instellingsnummer: school.instellingsnummer })).ok).toBe(true);
  });

  it('a write whose lock is released within the retries goes through (BEGIN IMMEDIATE is retried; nothing had happened)', async () => {
    const ctx = await lockedRecord();
    const listed = await call(ctx, 'listSchools', { limit: 1 });
    const school = (listed as { value: { instellingsnummer: string }[] }).value[0];
    const before = ((await call(ctx, 'listInspections', { instellingsnummer: school.instellingsnummer })) as { value: unknown[] }).value.length;
    setTimeout(() => void other!.exec('ROLLBACK'), 300);
    const answer = await call(ctx, 'createInspection', { instellingsnummer: school.instellingsnummer, type: 'full' });
    expect(answer.ok || answer.error).toBe(true);
    expect(((await call(ctx, 'listInspections', { instellingsnummer: school.instellingsnummer })) as { value: unknown[] }).value.length).toBe(before + 1);
  });
});
