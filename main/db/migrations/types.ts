import type { SqlExecutor } from '../connection';

/** One numbered schema step. `version` is the `user_version` the database has after it. */
export interface Migration {
  version: number;
  name: string;
  up(tx: SqlExecutor): Promise<void>;
}
