import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Database, DatabaseOpenError } from '../../main/db/connection';
import { migrate, readSchemaVersion } from '../../main/db/migrate';
import { LATEST_SCHEMA_VERSION, migrations } from '../../main/db/migrations';
import type { Migration } from '../../main/db/migrations/types';
import { openDatabase } from '../../main/db/open';
import { makeTempDir, removeTempDir } from '../helpers/services';

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'main', 'db', 'migrations');

/** The tables each numbered step creates. A new step without an entry here fails the suite on purpose. */
const TABLES_BY_STEP: Record<number, string[]> = {
  1: ['school_year_figures', 'schools'],
  2: ['frameworks', 'inspections', 'ratings'],
  3: ['audit_log', 'report_exports'],
  4: ['import_log'],
  5: ['attachments', 'disciplinary_files', 'evidence', 'observations', 'settings', 'survey_tallies'],
  6: ['taskforce_actions', 'taskforce_goals', 'taskforce_milestones', 'taskforce_referrals', 'taskforce_report_exports', 'taskforce_visit_progress', 'taskforce_visits'],
  7: ['advice_decisions'],
  8: ['exchange_log', 'sync_entries'],
  9: [],
  10: ['signal_cache_state'],
  11: ['taskforce_decisions'],
  12: ['central_entries', 'central_inspections'],
  13: ['demo_marks'],
  14: ['taskforce_board_contacts'],
  15: [],
};

let dir: string;
const opened: Database[] = [];

beforeEach(() => {
  dir = makeTempDir();
});

afterEach(async () => {
  for (const db of opened.splice(0)) await db.close().catch(() => undefined);
  removeTempDir(dir);
});

async function open(file = join(dir, 'test.sqlite')): Promise<Database> {
  const db = await openDatabase(file);
  opened.push(db);
  return db;
}

async function rawOpen(file: string): Promise<Database> {
  const db = await Database.open(file);
  opened.push(db);
  return db;
}

async function closeDb(db: Database): Promise<void> {
  opened.splice(opened.indexOf(db), 1);
  await db.close();
}

async function tableNames(db: Database): Promise<string[]> {
  const rows = await db.all<{ name: string }>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  );
  return rows.map((r) => r.name);
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function sidecars(file: string): string[] {
  return ['-wal', '-shm', '-journal'].filter((suffix) => existsSync(file + suffix));
}

async function expectOpenError(promise: Promise<unknown>): Promise<DatabaseOpenError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(DatabaseOpenError);
    return error as DatabaseOpenError;
  }
  throw new Error('expected openDatabase to reject');
}

describe('migrations', () => {
  it('are numbered 1…n without gaps, one file per step', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(migrations.length);
    const files = readdirSync(MIGRATIONS_DIR).filter((f) => /^\d{3}-.+\.ts$/.test(f));
    expect(files.length).toBe(migrations.length);
    for (const m of migrations) expect(TABLES_BY_STEP[m.version], `tables for step ${m.version}`).toBeDefined();
  });

  it('from an empty file reach LATEST_SCHEMA_VERSION and create every table', async () => {
    const db = await open();
    expect(await readSchemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(await tableNames(db)).toEqual(Object.values(TABLES_BY_STEP).flat().sort());
    // Running them again changes nothing.
    expect(await migrate(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(await readSchemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
  });

  it.each(migrations.map((m) => [m.version, m.name, m] as const))(
    'step %i (%s) applies alone on top of the previous steps',
    async (version, _name, step) => {
      const db = await rawOpen(join(dir, `step-${version}.sqlite`));
      await db.exec('PRAGMA foreign_keys = ON');
      const previous = migrations.filter((m) => m.version < version);
      expect(await migrate(db, previous)).toBe(version - 1);
      expect(await readSchemaVersion(db)).toBe(version - 1);
      const before = await tableNames(db);
      expect(before).toEqual(previous.flatMap((m) => TABLES_BY_STEP[m.version]).sort());

      expect(await migrate(db, [...previous, step])).toBe(version);
      expect(await readSchemaVersion(db)).toBe(version);
      const added = (await tableNames(db)).filter((t) => !before.includes(t));
      expect(added.sort()).toEqual([...TABLES_BY_STEP[version]].sort());
      const fk = await db.all<{ table: string }>("SELECT * FROM pragma_foreign_key_check");
      expect(fk).toEqual([]);
    },
  );

  it('a later step keeps the data written before it', async () => {
    const db = await rawOpen(join(dir, 'keep.sqlite'));
    await migrate(db, migrations.slice(0, 1));
    await db.run("INSERT INTO schools (instellingsnummer, name, level, form) VALUES ('012345', 'De Klimop', 'basis', 'gewoon')");
    await migrate(db);
    expect(await db.get('SELECT instellingsnummer, name FROM schools')).toEqual({ instellingsnummer: '012345', name: 'De Klimop' });
  });

  it('step 9 moves tekort texts off other levels into ontwikkelkansen and gives old audit rows their inspection', async () => {
    const db = await rawOpen(join(dir, 'step-9-data.sqlite'));
    await db.exec('PRAGMA foreign_keys = ON');
    await migrate(db, migrations.slice(0, 8));
    await db.exec(`
      INSERT INTO schools (instellingsnummer, name, level, form) VALUES ('012345', 'De Klimop', 'basis', 'gewoon');
      INSERT INTO frameworks (id, version, content, sha256) VALUES ('f', '1', '{}', '${'0'.repeat(64)}');
      INSERT INTO inspections (id, instellingsnummer, type, status, framework_id, framework_version, focus_domains, start_date, created_at, created_by, updated_at)
        VALUES ('i1', '012345', 'full', 'deciding', 'f', '1', '[]', '2026-01-05', 't', 'a', 't');
      INSERT INTO ratings (inspection_id, indicator_id, level, motivation, opportunities, shortcomings, updated_at, updated_by) VALUES
        ('i1', 'km.1', 'benadert', 'm', 'al een kans', 'geen routines', 't', 'a'),
        ('i1', 'km.2', 'benadert', 'm', '', 'weinig rust', 't', 'a'),
        ('i1', 'km.3', 'beneden', 'm', '', 'bindend tekort', 't', 'a');
      INSERT INTO audit_log (at, actor, entity, entity_id, field, old_value, new_value) VALUES ('t', 'a', 'advice', 'i1', 'chosen', NULL, '2A');
    `);
    await migrate(db, migrations.slice(0, 9));
    const ratings = await db.all('SELECT indicator_id AS id, opportunities, shortcomings FROM ratings ORDER BY indicator_id');
    expect(ratings).toEqual([
      { id: 'km.1', opportunities: 'al een kans\ngeen routines', shortcomings: '' },
      { id: 'km.2', opportunities: 'weinig rust', shortcomings: '' },
      { id: 'km.3', opportunities: '', shortcomings: 'bindend tekort' },
    ]);
    expect(await db.get("SELECT inspection_id AS id FROM audit_log WHERE entity = 'advice'")).toEqual({ id: 'i1' });
  });

  it('a failing step leaves user_version at the previous step and no partial table', async () => {
    const db = await rawOpen(join(dir, 'fail.sqlite'));
    const failing: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'half a step',
      async up(tx) {
        await tx.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY); INSERT INTO half_done VALUES (1);');
        await tx.exec("ALTER TABLE schools ADD COLUMN half_column TEXT NOT NULL DEFAULT ''");
        throw new Error('step failed midway');
      },
    };
    await expect(migrate(db, [...migrations, failing])).rejects.toThrow('step failed midway');
    expect(await readSchemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(await tableNames(db)).not.toContain('half_done');
    const columns = await db.all<{ name: string }>("SELECT name FROM pragma_table_info('schools')");
    expect(columns.map((c) => c.name)).not.toContain('half_column');
    // The connection is usable and not left inside a transaction.
    await db.transaction(async (tx) => {
      await tx.run("INSERT INTO schools (instellingsnummer, name, level, form) VALUES ('54321', 'x', 'basis', 'gewoon')");
    });
    expect(await db.get('SELECT count(*) AS n FROM schools')).toEqual({ n: 1 });
  });

  it('a step with an SQL error in the middle of a script leaves nothing of it', async () => {
    const db = await rawOpen(join(dir, 'sqlfail.sqlite'));
    const broken: Migration = {
      version: 2,
      name: 'broken script',
      async up(tx) {
        await tx.exec('CREATE TABLE first_part (id INTEGER); CREATE TABLE second_part (id INTEGER); CREATE TABLEE oops (x);');
      },
    };
    await expect(migrate(db, [migrations[0], broken])).rejects.toThrow();
    expect(await readSchemaVersion(db)).toBe(1);
    expect(await tableNames(db)).toEqual(TABLES_BY_STEP[1]);
  });

  it('refuses a version above the steps it knows', async () => {
    const db = await rawOpen(join(dir, 'newer.sqlite'));
    await db.exec('PRAGMA user_version = 2');
    const error = await expectOpenError(migrate(db, migrations.slice(0, 1)));
    expect(error.code).toBe('too_new');
    expect(await readSchemaVersion(db)).toBe(2);
  });
});

describe('openDatabase', () => {
  it('sets WAL and foreign keys on', async () => {
    const db = await open();
    expect(await db.get('PRAGMA journal_mode')).toEqual({ journal_mode: 'wal' });
    expect(await db.get('PRAGMA foreign_keys')).toEqual({ foreign_keys: 1 });
    // Foreign keys are enforced, not just reported.
    await expect(
      db.run("INSERT INTO school_year_figures (instellingsnummer, school_year, pupils) VALUES ('99999', '2023-2024', 10)"),
    ).rejects.toThrow(/FOREIGN KEY/);
  });

  it('close and reopen keeps the data and the version', async () => {
    const file = join(dir, 'reopen.sqlite');
    const first = await open(file);
    await first.run(
      "INSERT INTO schools (instellingsnummer, name, level, form, municipality) VALUES ('012345', 'De Regenboog', 'basis', 'gewoon', 'Gent')",
    );
    await first.transaction(async (tx) => {
      await tx.run("INSERT INTO school_year_figures (instellingsnummer, school_year, pupils) VALUES ('012345', '2023-2024', 250)");
    });
    await closeDb(first);
    expect(sidecars(file)).toEqual([]);

    const second = await open(file);
    expect(await readSchemaVersion(second)).toBe(LATEST_SCHEMA_VERSION);
    expect(await second.get('SELECT name, municipality FROM schools')).toEqual({ name: 'De Regenboog', municipality: 'Gent' });
    expect(await second.get('SELECT pupils FROM school_year_figures')).toEqual({ pupils: 250 });
    expect(await second.get('PRAGMA journal_mode')).toEqual({ journal_mode: 'wal' });
  });

  it('a rolled-back flow on one connection never erases a concurrent flow (and vice versa)', async () => {
    const db = await open();
    await db.exec('CREATE TABLE race (flow TEXT NOT NULL, n INTEGER NOT NULL)');
    const log: string[] = [];
    const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
    const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
    const bIssued = () => log.filter((e) => e.startsWith('B issue')).length;

    const flowA = async () => {
      await tick();
      try {
        await db.transaction(async (tx) => {
          log.push('A begun');
          const issuedAtBegin = bIssued();
          for (let i = 0; i < 6; i++) {
            log.push(`A insert ${i}`);
            await tx.run("INSERT INTO race VALUES ('A', ?)", [i]);
            await tick();
          }
          // Hold the transaction open until B has issued statements meanwhile.
          for (let waited = 0; bIssued() < issuedAtBegin + 3 && waited < 2000; waited += 5) await sleep(5);
          await tx.run("INSERT INTO race VALUES ('A', 99)");
          log.push('A throw');
          throw new Error('flow A gives up');
        });
      } catch (error) {
        return (error as Error).message;
      }
      return 'A committed';
    };

    const flowB = async () => {
      // Single-statement saves fired one after another without waiting for each
      // (as a UI does): some are issued while A's transaction is open.
      const pending: Promise<unknown>[] = [];
      for (let i = 0; i < 10; i++) {
        log.push(`B issue ${i}`);
        pending.push(db.run("INSERT INTO race VALUES ('B', ?)", [i]));
        await sleep(2);
      }
      await Promise.all(pending);
      log.push('B issue tx');
      await db.transaction(async (tx) => {
        await tx.run("INSERT INTO race VALUES ('B', 100)");
        await tick();
        await tx.run("INSERT INTO race VALUES ('B', 101)");
      });
      return 'B done';
    };

    const [a, b] = await Promise.all([flowA(), flowB()]);
    expect(a).toBe('flow A gives up');
    expect(b).toBe('B done');

    // The race was real: B issued statements while A's transaction was open.
    const firstA = log.indexOf('A begun');
    const throwA = log.indexOf('A throw');
    expect(firstA).toBeGreaterThanOrEqual(0);
    expect(log.slice(firstA, throwA).some((e) => e.startsWith('B issue'))).toBe(true);

    const rows = await db.all<{ flow: string; n: number }>('SELECT flow, n FROM race ORDER BY flow, n');
    expect(rows.filter((r) => r.flow === 'A')).toEqual([]);
    expect(rows.filter((r) => r.flow === 'B').map((r) => r.n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 100, 101]);
  });

  it('a failed statement inside a transaction rolls back the earlier ones', async () => {
    const db = await open();
    await expect(
      db.transaction(async (tx) => {
        await tx.run("INSERT INTO schools (instellingsnummer, name, level, form) VALUES ('11111', 'a', 'basis', 'gewoon')");
        await tx.run("INSERT INTO schools (instellingsnummer, name, level, form) VALUES ('22222', 'b', 'kleuter', 'gewoon')");
      }),
    ).rejects.toThrow(/CHECK/);
    expect(await db.get('SELECT count(*) AS n FROM schools')).toEqual({ n: 0 });
  });

  it.each([
    ['4 KB of random bytes', () => randomBytes(4096)],
    ['a text file', () => Buffer.from('instellingsnummer;naam;gemeente\r\n012345;De Klimop;Gent\r\n'.repeat(20), 'utf8')],
    ['a short text file', () => Buffer.from('hello', 'utf8')],
  ])('refuses %s as not_a_database and leaves it untouched', async (_label, bytes) => {
    const file = join(dir, 'not-sqlite.sqlite');
    writeFileSync(file, bytes());
    const before = sha256(file);
    const error = await expectOpenError(openDatabase(file));
    expect(error.code).toBe('not_a_database');
    expect(error.file).toBe(file);
    expect(error.message).toContain(file);
    expect(sha256(file)).toBe(before);
    expect(sidecars(file)).toEqual([]);
  });

  it('refuses a database from a newer version (too_new), leaving its bytes unchanged', async () => {
    const file = join(dir, 'newer.sqlite');
    const raw = await rawOpen(file);
    await migrate(raw);
    await raw.run("INSERT INTO schools (instellingsnummer, name, level, form) VALUES ('012345', 'x', 'basis', 'gewoon')");
    await raw.exec(`PRAGMA user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    await closeDb(raw);
    const before = sha256(file);

    const error = await expectOpenError(openDatabase(file));
    expect(error.code).toBe('too_new');
    expect(error.file).toBe(file);
    expect(error.message).toContain(file);
    expect(sha256(file)).toBe(before);
    expect(sidecars(file)).toEqual([]);
  });

  it('refuses a newer WAL-mode database (written by a newer Doorlicht) without changing it', async () => {
    const file = join(dir, 'newer-wal.sqlite');
    const first = await open(file);
    await first.run("INSERT INTO schools (instellingsnummer, name, level, form) VALUES ('012345', 'x', 'basis', 'gewoon')");
    await first.exec(`PRAGMA user_version = ${LATEST_SCHEMA_VERSION + 10}`);
    await closeDb(first);
    const before = sha256(file);

    const error = await expectOpenError(openDatabase(file));
    expect(error.code).toBe('too_new');
    expect(sha256(file)).toBe(before);
    expect(sidecars(file)).toEqual([]);
  });

  it('reports a folder it cannot open as cannot_open', async () => {
    const error = await expectOpenError(openDatabase(join(dir, 'no-such-folder', 'x.sqlite')));
    expect(error.code).toBe('cannot_open');
  });
});
