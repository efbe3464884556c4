import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** PostgreSQL access for Doorlicht Centraal: one pool, transactions, numbered migrations. */

export type Pool = pg.Pool;
export type Client = pg.PoolClient;

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export function openPool(url: string, max = 10): Pool {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client that loses its connection must not take the server down; the next query reconnects.
  pool.on('error', () => {});
  return pool;
}

export async function transaction<T>(pool: Pool, work: (client: Client) => Promise<T>, isolation = 'READ COMMITTED'): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(`BEGIN ISOLATION LEVEL ${isolation}`);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

export interface MigrationFile {
  version: number;
  name: string;
  sql: string;
}

/** The migration files, `NNN-name.sql`, in order; a gap or a repeated number is a mistake in the repository. */
export function migrationFiles(dir = MIGRATIONS_DIR): MigrationFile[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => {
      const match = /^(\d{3})-([a-z0-9-]+)\.sql$/.exec(f);
      if (!match) throw new Error(`${f}: a migration is named NNN-name.sql`);
      return { version: Number(match[1]), name: match[2], sql: readFileSync(join(dir, f), 'utf8') };
    });
  files.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${String(m.version).padStart(3, '0')}-${m.name}: expected number ${i + 1}`);
  });
  return files;
}

/** Brings the schema to the newest version; each step in its own transaction, under a lock so two servers never migrate at once. */
export async function migrate(pool: Pool): Promise<{ from: number; to: number }> {
  return transaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(160001)');
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INT PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
    const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
    const from = rows[0].v ?? 0;
    const files = migrationFiles();
    for (const m of files.filter((f) => f.version > from)) {
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    }
    return { from, to: Math.max(from, files.length) };
  });
}
