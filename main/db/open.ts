import { Database, DatabaseOpenError } from './connection';
import { assertSupportedVersion, migrate, readSchemaVersion } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';

function isNotADatabase(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e?.code === 'SQLITE_NOTADB' || /not a database|file is encrypted/i.test(e?.message ?? '');
}

/**
 * Another program's SQLite file is not ours to migrate: one with tables but
 * no schema number, or a schema number without Doorlicht's first tables, is
 * refused as foreign (not as "newer") before anything is written to it.
 */
async function assertDoorlichtShaped(db: Database, file: string, version: number): Promise<void> {
  const tables = (await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")).map((t) => t.name);
  const foreign = version === 0 ? tables.length > 0 : !['schools', 'school_year_figures'].every((t) => tables.includes(t));
  if (foreign) {
    throw new DatabaseOpenError(
      `Het bestand ${file} is een SQLite-database van een ander programma (tabellen: ${tables.slice(0, 6).join(', ') || 'geen'}${version ? `; schemanummer ${version}` : ''}), geen Doorlicht-database. Het is niet gewijzigd; kies een andere datamap of verplaats het bestand.`,
      'not_a_database',
      file,
    );
  }
}

/**
 * Opens (or creates) the record, refusing a foreign or newer file before
 * anything is written to it, then sets the pragmas and applies migrations.
 */
export async function openDatabase(file: string): Promise<Database> {
  const db = await Database.open(file);
  try {
    let version: number;
    try {
      // The first read touches the header: a foreign file fails here, unchanged.
      version = await readSchemaVersion(db);
      await db.get('SELECT count(*) FROM sqlite_master');
    } catch (error) {
      if (isNotADatabase(error)) {
        throw new DatabaseOpenError(
          `Het bestand ${file} is geen Doorlicht-database (geen SQLite). Het is niet gewijzigd; kies een andere datamap of verplaats het bestand.`,
          'not_a_database',
          file,
        );
      }
      throw error;
    }
    await assertDoorlichtShaped(db, file, version);
    assertSupportedVersion(file, version, LATEST_SCHEMA_VERSION);
    await db.exec('PRAGMA busy_timeout = 5000');
    await db.exec('PRAGMA journal_mode = WAL');
    await db.exec('PRAGMA synchronous = NORMAL');
    await db.exec('PRAGMA foreign_keys = ON');
    await migrate(db);
    return db;
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}
