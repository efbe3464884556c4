import type { Migration } from './types';

/**
 * Whether the signal summaries cached beside the database (services/signal-cache.ts) still describe its
 * schools and figures. Any row written to either table — by this process, the CLI or a restore's own
 * history — marks the cache stale; only rebuilding it marks it clean again, with a new token. The WHEN
 * guard keeps a bulk import at one extra write, not one per row.
 */
export const signalCacheState: Migration = {
  version: 10,
  name: 'signal cache state',
  async up(tx) {
    await tx.exec(`
      CREATE TABLE signal_cache_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        token TEXT NOT NULL DEFAULT '',
        stale INTEGER NOT NULL DEFAULT 1 CHECK (stale IN (0, 1))
      );
      INSERT INTO signal_cache_state (id) VALUES (1);
    `);
    for (const table of ['schools', 'school_year_figures']) {
      for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
        await tx.exec(`
          CREATE TRIGGER ${table}_${event.toLowerCase()}_stales_signal_cache AFTER ${event} ON ${table}
          WHEN (SELECT stale FROM signal_cache_state WHERE id = 1) = 0
          BEGIN
            UPDATE signal_cache_state SET stale = 1 WHERE id = 1;
          END;
        `);
      }
    }
  },
};
