import type { LockHolder } from '../app/record-lock';
import type { Database } from '../db/connection';
import type { AdviceCatalogue } from '../domain/advice/catalogue';
import type { Author } from '../domain/people';
import type { FrameworkLibrary } from './frameworks';
import type { SecretSealer } from './sync/credential';

/** What every use case gets: the record, the framework files and the clock. Who acts comes from the profile (services/settings.ts). */
export interface ServiceContext {
  db: Database;
  dataDir: string;
  frameworks: FrameworkLibrary;
  /** The advice catalogue (labels and rules of advice 1, 2A, 2B, 3). */
  advice: AdviceCatalogue;
  /**
   * Writes as this person instead of the profile: only for the demo data set,
   * which is written by its own fictitious team before anyone has a profile.
   */
  authorOverride?: Author;
  /** Marks what is written as demo data (domain/demo.ts): only while the demo set seeds its example inspections. */
  demoSeeding?: boolean;
  now: () => Date;
  /** This program's registration as a holder of the record (a restore ignores its own). */
  recordLock?: LockHolder;
  /** The operating system's secret store, where the program has one (Electron): seals the device credential (services/sync/credential.ts). */
  secretSealer?: SecretSealer;
}
