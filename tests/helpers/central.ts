import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { addUser, type NewUser } from '../../central/accounts';
import { migrate, openPool, type Pool } from '../../central/db';
import { memoryLogger } from '../../central/log';
import { importSchools } from '../../central/schools';
import { serve } from '../../central/server';
import { generateDemoData } from '../../main/demo/generate';
import { SYNC_TABLES } from '../../main/db/repositories/sync-tables';
import { ratedInspection, type RatingSpec } from './inspection-builder';
import { callOk, openTestServices, type TestServices } from './services';

/**
 * A real Doorlicht Centraal for tests: a throwaway PostgreSQL database per
 * test file, migrated, with the API on a loopback port. PostgreSQL must run
 * in CI (.ci/run starts it); locally the tests skip with a printed reason
 * when it cannot be reached.
 */
export const PG_ADMIN_URL = process.env.DOORLICHT_TEST_PG ?? 'postgresql://root@localhost/postgres?host=/var/run/postgresql';

export async function postgresReachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Whether to run: in CI PostgreSQL is required, so an unreachable one fails the run instead of skipping. */
export async function requirePostgres(): Promise<boolean> {
  const problem = await postgresReachable();
  if (!problem) return true;
  if (process.env.DOORLICHT_REQUIRE_PG || process.env.CI) throw new Error(`PostgreSQL is required in CI: ${problem}`);
  console.warn(`Skipping the central-server tests: PostgreSQL is not reachable at ${PG_ADMIN_URL} (${problem}). Start it with: pg_ctlcluster 15 main start`);
  return false;
}

function databaseUrl(name: string): string {
  const url = new URL(PG_ADMIN_URL.replace(/^postgresql:/, 'http:'));
  url.pathname = `/${name}`;
  return url.toString().replace(/^http:/, 'postgresql:');
}

export interface TestCentral {
  pool: Pool;
  url: string;
  databaseUrl: string;
  log: ReturnType<typeof memoryLogger>;
  /** A user with a fresh one-time code. */
  user(user: NewUser): Promise<{ userId: number; code: string }>;
  close(): Promise<void>;
}

/** `onLog` sees each of the server's log lines as it is written (a test can act at the moment a push or pull is answered). */
export async function startCentral(options: { port?: number; schools?: number; onLog?: (line: Record<string, unknown>) => void } = {}): Promise<TestCentral> {
  const name = `doorlicht_test_${process.env.DOORLICHT_TEST_DB_TAG ?? 'ci'}_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const dbUrl = databaseUrl(name);
  const pool = openPool(dbUrl);
  await migrate(pool);
  // Flanders' school data comes from the centre: imported once, pulled by the laptops.
  await importSchools(pool, generateDemoData().schools.slice(0, options.schools ?? 20));
  const memory = memoryLogger();
  const log = Object.assign((level: Parameters<typeof memory>[0], event: string, fields: Record<string, unknown> = {}) => {
    memory(level, event, fields);
    options.onLog?.(memory.lines[memory.lines.length - 1]);
  }, { lines: memory.lines });
  const running = await serve({ pool, port: options.port ?? 0, host: '127.0.0.1', log });
  return {
    pool,
    url: running.url,
    databaseUrl: dbUrl,
    log,
    user: (user) => addUser(pool, user),
    async close() {
      await running.close();
      await pool.end();
      const drop = new pg.Client({ connectionString: PG_ADMIN_URL });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}

/** A laptop: its own data folder, its inspector's profile, enrolled at the centre with a new account. */
export async function enrolledLaptop(central: TestCentral, opened: TestServices[], user: NewUser & { profileRole?: string }, now?: () => Date): Promise<TestServices & { userId: number; deviceId: string }> {
  const services = await openTestServices({ seedDemo: false, actor: user.name, now });
  opened.push(services);
  await callOk(services.ctx, 'saveProfile', { profileName: user.name, role: user.profileRole ?? 'inspecteur' });
  const { userId, code } = await central.user(user);
  const enrolled = await callOk(services.ctx, 'enrolDevice', { server: central.url, code });
  return Object.assign(services, { userId, deviceId: enrolled.deviceId as string });
}

/** The synced tables of one inspection as sorted rows (the inspection row's change stamp aside): what "the same state" means between copies. */
export async function syncedContent(ctx: import('../../main/services/context').ServiceContext, inspectionId: string, tables = SYNC_TABLES) {
  const out: Record<string, string[]> = {};
  for (const t of tables) {
    const rows = await ctx.db.all<Record<string, unknown>>(`SELECT * FROM ${t.table} WHERE ${t.scope}`, [inspectionId]);
    out[t.entity] = rows.map((r) => JSON.stringify(t.entity === 'inspection' ? { ...r, updated_at: null } : r)).sort();
  }
  return out;
}

/** The first laptop pulls the schools and opens an inspection; every laptop then has it. */
export async function sharedInspection(laptops: ReadonlyArray<import('../../main/services/context').ServiceContext>, ratings: RatingSpec[] = [{ indicatorId: 'km.1', level: 'volgens' }]): Promise<string> {
  const [first] = laptops;
  await callOk(first, 'syncNow', {});
  const school = (await callOk<Array<{ instellingsnummer: string }>>(first, 'listSchools', {}))[0].instellingsnummer;
  const inspectionId = await ratedInspection(first, { instellingsnummer: school, ratings });
  for (const l of laptops) await callOk(l, 'syncNow', {});
  return inspectionId;
}
