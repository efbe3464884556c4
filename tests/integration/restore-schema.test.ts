import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Database } from '../../main/db/connection';
import { migrate } from '../../main/db/migrate';
import { migrations } from '../../main/db/migrations';
import { openDatabase } from '../../main/db/open';
import { backupTo, restoreFrom } from '../../main/services/backup';
import { makeTempDir, openTestServices, removeTempDir, type TestServices } from '../helpers/services';

/**
 * A restore accepts only a file whose schema is exactly what the
 * migrations create at its version: no missing or reshaped table, no
 * missing index, no foreign trigger or view. Each refusal changes nothing.
 */
let services: TestServices | undefined;
const temps: string[] = [];
afterEach(async () => {
  await services?.close();
  services = undefined;
  for (const dir of temps.splice(0)) removeTempDir(dir);
});

async function setUp() {
  services = await openTestServices({ seedDemo: true });
  const dir = makeTempDir();
  temps.push(dir);
  return { ctx: services.ctx, dir };
}

/** A backup of the live record, changed by `alter` (run on the copy only). */
async function alteredBackup(ctx: TestServices['ctx'], dir: string, name: string, alter: string): Promise<string> {
  const file = join(dir, name);
  await backupTo(ctx, file);
  const db = await Database.open(file);
  await db.exec(alter);
  await db.close();
  return file;
}

const schoolNames = async (ctx: TestServices['ctx']) => (await ctx.db.all<{ name: string }>('SELECT name FROM schools ORDER BY instellingsnummer LIMIT 3')).map((r) => r.name);

describe('restore checks the schema against the migrations', () => {
  it('two tables with the right names and user_version 8 are not a record', async () => {
    const { ctx, dir } = await setUp();
    const file = join(dir, 'twee-tabellen.sqlite');
    const db = await Database.open(file);
    await db.exec('CREATE TABLE schools (x); CREATE TABLE school_year_figures (y); PRAGMA user_version = 8');
    await db.close();
    await expect(restoreFrom(ctx, file)).rejects.toThrow(/^Herstellen geweigerd: het schema wijkt af van wat Doorlicht \(schema 8\) aanmaakt: tabel advice_decisions ontbreekt; tabel attachments ontbreekt;.*; en nog \d+ verschillen\. Er is niets gewijzigd\.$/);
  });

  it('a backup with an added trigger (that would rename every school) is refused; names unchanged', async () => {
    const { ctx, dir } = await setUp();
    const before = await schoolNames(ctx);
    const file = await alteredBackup(ctx, dir, 'trigger.sqlite', "CREATE TRIGGER rename_all AFTER UPDATE ON inspections BEGIN UPDATE schools SET name = 'gehackt'; END;");
    await expect(restoreFrom(ctx, file)).rejects.toThrow(/het schema wijkt af .*: vreemde trigger rename_all \(niet van Doorlicht\)\. Er is niets gewijzigd\./);
    expect(await schoolNames(ctx)).toEqual(before);
  });

  it('a view, a dropped index, an added column, a changed trigger-less table are each named', async () => {
    const { ctx, dir } = await setUp();
    const index = (await ctx.db.get<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name LIMIT 1"))!.name;
    const cases: [string, RegExp][] = [
      ['CREATE VIEW v AS SELECT * FROM schools;', /vreemde view v \(niet van Doorlicht\)/],
      [`DROP INDEX ${index};`, new RegExp(`index ${index} ontbreekt`)],
      ['ALTER TABLE schools ADD COLUMN extra TEXT;', /tabel schools heeft andere kolommen \(extra: extra TEXT\)/],
      ['CREATE TABLE notes (x);', /vreemde tabel notes/],
    ];
    for (const [i, [alter, message]] of cases.entries()) {
      await expect(restoreFrom(ctx, await alteredBackup(ctx, dir, `case${i}.sqlite`, alter))).rejects.toThrow(message);
    }
  });

  it('an honest older record (schema 5) is accepted and migrated', async () => {
    const { ctx, dir } = await setUp();
    const file = join(dir, 'oud.sqlite');
    const db = await Database.open(file);
    await migrate(db, migrations.filter((m) => m.version <= 5));
    await db.close();
    const result = await restoreFrom(ctx, file);
    expect(result.schemaVersion).toBe(5);
    expect((await ctx.db.get<{ user_version: number }>('PRAGMA user_version'))!.user_version).toBe(Math.max(...migrations.map((m) => m.version)));
  });

  it("another program's database with schema number 53 is called foreign, not newer (restore and open)", async () => {
    const { ctx, dir } = await setUp();
    const file = join(dir, 'ander.sqlite');
    const db = await Database.open(file);
    await db.exec('CREATE TABLE moz_places (id); CREATE TABLE moz_bookmarks (id); PRAGMA user_version = 53');
    await db.close();
    const refusal = restoreFrom(ctx, file);
    await expect(refusal).rejects.toThrow('Herstellen geweigerd: het is geen Doorlicht-database (gevonden tabellen: moz_bookmarks, moz_places; schemanummer 53). Er is niets gewijzigd.');
    await expect(openDatabase(file)).rejects.toThrow(/is een SQLite-database van een ander programma \(tabellen: moz_places, moz_bookmarks; schemanummer 53\), geen Doorlicht-database\. Het is niet gewijzigd/);
    const unnumbered = join(dir, 'zonder-nummer.sqlite');
    const other = await Database.open(unnumbered);
    await other.exec('CREATE TABLE notes (x)');
    await other.close();
    await expect(openDatabase(unnumbered)).rejects.toThrow(/van een ander programma \(tabellen: notes\)/);
    const check = await Database.open(unnumbered, 'readonly');
    expect(await check.all("SELECT name FROM sqlite_master WHERE type = 'table'")).toEqual([{ name: 'notes' }]);
    await check.close();
  });
});
