import type { LockHolder } from '../app/record-lock';
import type { Database } from '../db/connection';
import type { AdviceCatalogue } from '../domain/advice/catalogue';
import type { FrameworkLibrary } from './frameworks';

/** What every use case gets: the record, the framework files, who acts, and the clock. */
export interface ServiceContext {
  db: Database;
  dataDir: string;
  frameworks: FrameworkLibrary;
  /** The advice catalogue (labels and rules of advice 1, 2A, 2B, 3). */
  advice: AdviceCatalogue;
  /** The inspector profile name recorded as author of changes. */
  actor: string;
  now: () => Date;
  /** This program's registration as a holder of the record (a restore ignores its own). */
  recordLock?: LockHolder;
}
