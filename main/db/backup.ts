import { Database, DatabaseOpenError } from './connection';
import { readSchemaVersion } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';

/**
 * Low-level backup primitives on SQLite files. A copy is made with
 * `VACUUM INTO`: one consistent snapshot of the database as of the moment it
 * runs (WAL content included), written to a fresh, compact file. Because it
 * goes through the connection's queue it never lands inside another flow's
 * transaction.
 */
export async function vacuumInto(db: Database, target: string): Promise<void> {
  await db.run('VACUUM INTO ?', [target]);
}

/** The tables every Doorlicht record has had since its first schema step. */
const SIGNATURE_TABLES = ['schools', 'school_year_figures'];

export interface DatabaseInspection {
  file: string;
  integrity: 'ok' | string;
  schemaVersion: number;
  isDoorlicht: boolean;
  /** Row count per table (user tables only). */
  counts: Record<string, number>;
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Integrity check, schema version and row counts of an open database. */
export async function inspectOpenDatabase(db: Database): Promise<DatabaseInspection> {
  const integrityRows = await db.all<{ integrity_check: string }>('PRAGMA integrity_check');
  const integrity = integrityRows.map((r) => r.integrity_check).join('; ');
  const schemaVersion = await readSchemaVersion(db);
  const tables = (await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")).map((t) => t.name);
  const counts: Record<string, number> = {};
  for (const table of tables) {
    counts[table] = (await db.get<{ n: number }>(`SELECT count(*) AS n FROM ${quoteIdentifier(table)}`))?.n ?? 0;
  }
  return {
    file: db.file,
    integrity: integrity === 'ok' ? 'ok' : integrity,
    schemaVersion,
    isDoorlicht: schemaVersion >= 1 && SIGNATURE_TABLES.every((t) => tables.includes(t)),
    counts,
  };
}

/**
 * Opens a file read-only and inspects it, without changing a byte. A file
 * that is not SQLite at all is reported as such instead of thrown.
 */
export async function inspectDatabaseFile(file: string): Promise<DatabaseInspection> {
  const db = await Database.open(file, 'readonly');
  try {
    return await inspectOpenDatabase(db);
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    if (/not a database|file is encrypted|SQLITE_NOTADB|SQLITE_CORRUPT|malformed/i.test(message)) {
      return { file, integrity: message, schemaVersion: 0, isDoorlicht: false, counts: {} };
    }
    throw error;
  } finally {
    await db.close().catch(() => undefined);
  }
}

/** The reasons a file may not replace the record (empty when it may). */
export function restoreObjections(inspection: DatabaseInspection, latest = LATEST_SCHEMA_VERSION): string[] {
  const objections: string[] = [];
  if (inspection.integrity !== 'ok') objections.push(`de integriteitscontrole faalt (${inspection.integrity.slice(0, 200)})`);
  if (!inspection.isDoorlicht) objections.push('het is geen Doorlicht-database');
  if (inspection.schemaVersion > latest) objections.push(`het komt uit een nieuwere versie van Doorlicht (schema ${inspection.schemaVersion}, deze versie kent tot ${latest})`);
  return objections;
}

export { DatabaseOpenError };
