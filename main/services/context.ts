import type { Database } from '../db/connection';
import type { FrameworkLibrary } from './frameworks';

/** What every use case gets: the record, the framework files, who acts, and the clock. */
export interface ServiceContext {
  db: Database;
  dataDir: string;
  frameworks: FrameworkLibrary;
  /** The inspector profile name recorded as author of changes. */
  actor: string;
  now: () => Date;
}
