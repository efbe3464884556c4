import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, migrationFiles } from '../../central/db';
import { requirePostgres, startCentral, type TestCentral } from '../helpers/central';

let run = false;
let central: TestCentral | undefined;
beforeAll(async () => {
  run = await requirePostgres();
  if (run) central = await startCentral({ schools: 3 });
});
afterAll(async () => central?.close());

describe('central schema migrations', () => {
  it('are numbered 001, 002, … without gaps', () => {
    const files = migrationFiles();
    expect(files.map((f) => f.version)).toEqual(files.map((_, i) => i + 1));
    const dir = mkdtempSync(join(tmpdir(), 'central-mig-'));
    writeFileSync(join(dir, '001-a.sql'), 'SELECT 1;');
    writeFileSync(join(dir, '003-c.sql'), 'SELECT 1;');
    expect(() => migrationFiles(dir)).toThrow(/003-c: expected number 2/);
    writeFileSync(join(dir, 'x.sql'), 'SELECT 1;');
    expect(() => migrationFiles(dir)).toThrow(/NNN-name\.sql/);
  });

  it('bring an empty database to the newest version once; running again changes nothing', async () => {
    if (!run) return;
    const { rows } = await central!.pool.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(migrationFiles().map((f) => f.version));
    expect(await migrate(central!.pool)).toEqual({ from: migrationFiles().length, to: migrationFiles().length });
    const { rows: tables } = await central!.pool.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    expect(tables.map((t) => t.tablename)).toEqual(
      ['devices', 'enrolment_codes', 'entries', 'files', 'frameworks', 'inspections', 'referrals', 'schema_migrations', 'school_figures', 'schools', 'security_events', 'taskforce_schools', 'team_members', 'teams', 'users'],
    );
  });

  it('store codes and credentials only as hashes', async () => {
    if (!run) return;
    const { code } = await central!.user({ name: 'Hash', role: 'staff' });
    const { rows } = await central!.pool.query<{ code_hash: string }>('SELECT code_hash FROM enrolment_codes');
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.code_hash) && !r.code_hash.includes(code.replace(/-/g, '')))).toBe(true);
  });
});
