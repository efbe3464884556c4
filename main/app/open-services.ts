import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../db/open';
import type { ServiceContext } from '../services/context';
import { seedDemoIfEmpty } from '../services/demo';
import { readProfile, saveProfile } from '../services/settings';
import { loadAdviceCatalogue } from '../services/advice-catalogue';
import { FrameworkLibrary } from '../services/frameworks';
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
  const db = await openDatabase(join(options.dataDir, DATABASE_FILE));
  const ctx: ServiceContext = {
    db,
    dataDir: options.dataDir,
    frameworks,
    advice,
    now: options.now ?? (() => new Date()),
  };
  if (options.actor && !(await readProfile(db))) await saveProfile(ctx, { profileName: options.actor, role: 'inspecteur' });
  if (options.seedDemo) await seedDemoIfEmpty(ctx);
  // ctx.db, not db: a restore swaps the connection (services/backup.ts restoreFrom).
  return { ctx, close: () => ctx.db.close() };
}
