import { Database, DatabaseOpenError } from './connection';
import { readSchemaVersion } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { schemaDifferences } from './schema-check';

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
  /** The user tables found (to say what a foreign file holds). */
  tables: string[];
  /** How the schema differs from what the migrations create at `schemaVersion` (empty: identical; not checked when newer). */
  schemaProblems: string[];
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Integrity check, schema version, schema comparison and row counts of an open database. */
export async function inspectOpenDatabase(db: Database, latest = LATEST_SCHEMA_VERSION): Promise<DatabaseInspection> {
  const integrityRows = await db.all<{ integrity_check: string }>('PRAGMA integrity_check');
  const integrity = integrityRows.map((r) => r.integrity_check).join('; ');
  const schemaVersion = await readSchemaVersion(db);
  const tables = (await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")).map((t) => t.name);
  const isDoorlicht = schemaVersion >= 1 && SIGNATURE_TABLES.every((t) => tables.includes(t));
  const schemaProblems = isDoorlicht && schemaVersion <= latest ? await schemaDifferences(db, schemaVersion) : [];
  const counts: Record<string, number> = {};
  // Counted only in a schema we know: a foreign "table" may be a virtual one whose module runs code.
  if (isDoorlicht && schemaProblems.length === 0) {
    for (const table of tables) counts[table] = (await db.get<{ n: number }>(`SELECT count(*) AS n FROM ${quoteIdentifier(table)}`))?.n ?? 0;
  }
  return { file: db.file, integrity: integrity === 'ok' ? 'ok' : integrity, schemaVersion, isDoorlicht, counts, tables, schemaProblems };
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
      return { file, integrity: message, schemaVersion: 0, isDoorlicht: false, counts: {}, tables: [], schemaProblems: [] };
    }
    throw error;
  } finally {
    await db.close().catch(() => undefined);
  }
}

/**
 * The reasons a file may not replace the record (empty when it may), most
 * telling first: a foreign file is called foreign, not "newer"; then the
 * schema against the migrations; then integrity.
 */
export function restoreObjections(inspection: DatabaseInspection, latest = LATEST_SCHEMA_VERSION): string[] {
  if (!inspection.isDoorlicht) {
    if (inspection.integrity !== 'ok' && inspection.tables.length === 0) return [`het is geen SQLite-database of het is beschadigd (${inspection.integrity.slice(0, 120)})`];
    const found = inspection.tables.length ? `gevonden tabellen: ${inspection.tables.slice(0, 8).join(', ')}${inspection.tables.length > 8 ? ', …' : ''}` : 'geen tabellen';
    return [`het is geen Doorlicht-database (${found}${inspection.schemaVersion > 0 ? `; schemanummer ${inspection.schemaVersion}` : ''})`];
  }
  if (inspection.schemaVersion > latest) return [`het komt uit een nieuwere versie van Doorlicht (schema ${inspection.schemaVersion}, deze versie kent tot ${latest})`];
  const objections: string[] = [];
  if (inspection.schemaProblems.length) objections.push(`het schema wijkt af van wat Doorlicht ${inspection.schemaVersion > 0 ? `(schema ${inspection.schemaVersion}) ` : ''}aanmaakt: ${inspection.schemaProblems.join('; ')}`);
  if (inspection.integrity !== 'ok') objections.push(`de integriteitscontrole faalt (${inspection.integrity.slice(0, 200)})`);
  return objections;
}

export { DatabaseOpenError };
