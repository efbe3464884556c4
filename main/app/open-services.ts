import { mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../db/open';
import type { ServiceContext } from '../services/context';
import { seedDemoIfEmpty } from '../services/demo';
import { sweepInterruptedCopies } from '../services/backup';
import { loadAdviceCatalogue } from '../services/advice-catalogue';
import { FrameworkLibrary } from '../services/frameworks';
import { acquireRecordLock, liveHolders, type Program } from './record-lock';
import { DATABASE_FILE, findResourcesDir } from './paths';

export interface OpenServicesOptions {
  dataDir: string;
  resourcesDir?: string;
  /** Start an empty record on the demo data set (the app does; tests and the CLI may not). */
  seedDemo?: boolean;
  actor?: string;
  now?: () => Date;
  /** Which program holds the record (named when a restore elsewhere is refused); the CLI names its command as `detail`. */
  program?: Program;
  programDetail?: string;
}

export interface Services {
  ctx: ServiceContext;
  close(): Promise<void>;
}

function defaultActor(): string {
  if (process.env.DOORLICHT_USER) return process.env.DOORLICHT_USER;
  try {
    return userInfo().username || 'inspecteur';
  } catch {
    return 'inspecteur';
  }
}

/** Opens the record in `dataDir` and everything the use cases need; shared by Electron, browser mode and the CLI. */
export async function openServices(options: OpenServicesOptions): Promise<Services> {
  mkdirSync(options.dataDir, { recursive: true });
  const resourcesDir = options.resourcesDir ?? findResourcesDir();
  const frameworks = FrameworkLibrary.loadFromDir(join(resourcesDir, 'frameworks'));
  const advice = loadAdviceCatalogue(resourcesDir);
  const lock = acquireRecordLock(options.dataDir, options.program ?? 'cli', options.programDetail);
  let db;
  try {
    // A leftover is surely stale only when no other program has the record (its backup may be under way).
    if (liveHolders(options.dataDir, lock.holder.id).length === 0) sweepInterruptedCopies(options.dataDir, join(options.dataDir, DATABASE_FILE));
    db = await openDatabase(join(options.dataDir, DATABASE_FILE));
  } catch (error) {
    lock.release();
    throw error;
  }
  const ctx: ServiceContext = {
    db,
    recordLock: lock.holder,
    dataDir: options.dataDir,
    frameworks,
    advice,
    actor: options.actor ?? defaultActor(),
    now: options.now ?? (() => new Date()),
  };
  if (options.seedDemo) await seedDemoIfEmpty(ctx);
  // ctx.db, not db: a restore swaps the connection (services/backup.ts restoreFrom).
  return {
    ctx,
    close: async () => {
      try {
        await ctx.db.close();
      } finally {
        lock.release();
      }
    },
  };
}
