import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openServices } from '../../main/app/open-services';
import type { Envelope } from '../../main/api/envelope';
import { dispatch } from '../../main/host/dispatch';
import type { ServiceContext } from '../../main/services/context';

/** The repository root (tests/helpers → ../..). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RESOURCES_DIR = join(REPO_ROOT, 'resources');
/** The newest shipped framework (new inspections pin it). */
export const FRAMEWORK_FILE = join(RESOURCES_DIR, 'frameworks', 'goed-gedragen.v1.1.json');

/** A fresh temp folder under the OS temp dir; remove it with `removeTempDir`. */
export function makeTempDir(): string {
  return mkdtempSync(join(tmpdir(), 'doorlicht-'));
}

export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export interface TestServices {
  ctx: ServiceContext;
  dataDir: string;
  /** Closes the database and removes the data dir (unless `keepDir`). */
  close(options?: { keepDir?: boolean }): Promise<void>;
}

export interface OpenTestServicesOptions {
  seedDemo?: boolean;
  now?: () => Date;
  actor?: string;
  /** Reuse an existing data dir (to test reopening); a new temp dir otherwise. */
  dataDir?: string;
}

/** Real services on a real SQLite file in a temp folder, with the shipped resources. */
export async function openTestServices(options: OpenTestServicesOptions = {}): Promise<TestServices> {
  if (!existsSync(FRAMEWORK_FILE)) throw new Error(`framework file missing: ${FRAMEWORK_FILE}`);
  const dataDir = options.dataDir ?? makeTempDir();
  let services;
  try {
    services = await openServices({
      dataDir,
      resourcesDir: RESOURCES_DIR,
      seedDemo: options.seedDemo ?? false,
      actor: options.actor ?? 'test-inspecteur',
      now: options.now,
    });
  } catch (error) {
    if (!options.dataDir) removeTempDir(dataDir);
    throw error;
  }
  let closed = false;
  return {
    ctx: services.ctx,
    dataDir,
    async close(closeOptions = {}) {
      if (!closed) {
        closed = true;
        await services.close();
      }
      if (!closeOptions.keepDir) removeTempDir(dataDir);
    },
  };
}

/** Calls an operation exactly as both transports do. */
export function call(ctx: ServiceContext, name: string, input?: unknown): Promise<Envelope<any>> {
  return dispatch(ctx, name, input);
}

/** Calls an operation and returns its value, failing loudly on an error envelope. */
export async function callOk<T = any>(ctx: ServiceContext, name: string, input?: unknown): Promise<T> {
  const result = await dispatch(ctx, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** Row count of every table the schema has, to show that a refused call wrote nothing. */
export async function tableCounts(ctx: ServiceContext): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const tables = await ctx.db.all<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`);
  for (const { name: table } of tables) {
    const row = await ctx.db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`);
    counts[table] = row?.n ?? -1;
  }
  return counts;
}

/** A fixed clock that advances one second per call, so timestamps are distinct and predictable. */
export function steppingClock(start = '2024-10-01T08:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => {
    const d = new Date(t);
    t += 1000;
    return d;
  };
}
