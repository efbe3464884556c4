import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../db/open';
import type { ServiceContext } from '../services/context';
import { seedDemoIfEmpty } from '../services/demo';
import { readProfile, saveProfile } from '../services/settings';
import { sweepInterruptedCopies } from '../services/backup';
import { loadAdviceCatalogue } from '../services/advice-catalogue';
import { FrameworkLibrary } from '../services/frameworks';
import { moveCredentialOutOfRecord, type SecretSealer } from '../services/sync/credential';
import { acquireRecordLock, liveHolders, type Program } from './record-lock';
import { DATABASE_FILE, findResourcesDir } from './paths';

export interface OpenServicesOptions {
  dataDir: string;
  resourcesDir?: string;
  /** Start an empty record on the demo data set (the app does; tests and the CLI may not). */
  seedDemo?: boolean;
  /**
   * Tests, benchmarks and scripted runs only: the person to record as the
   * profile (role inspecteur) when the record has none yet. The app itself
   * asks at first start; nothing ever falls back to the OS account.
   */
  actor?: string;
  now?: () => Date;
  /** Which program holds the record (named when a restore elsewhere is refused); the CLI names its command as `detail`. */
  program?: Program;
  programDetail?: string;
  /** Electron's safeStorage, when available: the device credential is sealed with it. */
  secretSealer?: SecretSealer;
}

export interface Services {
  ctx: ServiceContext;
  close(): Promise<void>;
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
    now: options.now ?? (() => new Date()),
    secretSealer: options.secretSealer,
  };
  await moveCredentialOutOfRecord(ctx);
  if (options.actor && !(await readProfile(db))) await saveProfile(ctx, { profileName: options.actor, role: 'inspecteur' });
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
