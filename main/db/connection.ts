import sqlite3 from 'sqlite3';

/** A value SQLite can bind. */
export type SqlValue = string | number | bigint | null | Buffer;
export type SqlParams = readonly SqlValue[] | Record<string, SqlValue>;

/** The statements a flow may run; a transaction hands one of these to its callback. */
export interface SqlExecutor {
  run(sql: string, params?: SqlParams): Promise<{ changes: number; lastID: number }>;
  get<Row>(sql: string, params?: SqlParams): Promise<Row | undefined>;
  all<Row>(sql: string, params?: SqlParams): Promise<Row[]>;
  exec(sql: string): Promise<void>;
}

export class DatabaseOpenError extends Error {
  constructor(
    message: string,
    readonly code: 'not_a_database' | 'too_new' | 'cannot_open',
    readonly file: string,
  ) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}

/** SQLITE_BUSY / SQLITE_LOCKED past the busy timeout: another connection holds the lock. */
export function isSqliteBusy(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

/** The record stayed locked by another program through the busy timeout and every safe retry. */
export class RecordBusyError extends Error {
  constructor(readonly file: string) {
    super('Een ander programma schrijft op dit moment in de database. Er is niets gewijzigd; probeer het zo dadelijk opnieuw.');
    this.name = 'RecordBusyError';
  }
}

/** Waits between retries of a statement that SQLite refused as busy (after its own busy timeout). */
export const BUSY_RETRY_DELAYS_MS = [200, 600];

/**
 * Runs `attempt` again when SQLite says busy, where that is safe: a read, or
 * BEGIN IMMEDIATE (nothing has happened yet). Still busy: RecordBusyError.
 */
async function retryWhenBusy<T>(file: string, attempt: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isSqliteBusy(error)) throw error;
      if (i >= BUSY_RETRY_DELAYS_MS.length) throw new RecordBusyError(file);
      await new Promise((resolve) => setTimeout(resolve, BUSY_RETRY_DELAYS_MS[i]));
    }
  }
}

/** A write outside a transaction that SQLite refused as busy did not happen: say so clearly (no retry: not every caller expects a repeat). */
async function busyAsRecordBusy<T>(file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw isSqliteBusy(error) ? new RecordBusyError(file) : error;
  }
}

function promisify(raw: sqlite3.Database): SqlExecutor {
  return {
    run: (sql, params = []) =>
      new Promise((resolve, reject) => {
        raw.run(sql, params, function onRun(this: sqlite3.RunResult, err: Error | null) {
          if (err) reject(err);
          else resolve({ changes: this.changes, lastID: this.lastID });
        });
      }),
    get: <Row>(sql: string, params: SqlParams = []) =>
      new Promise<Row | undefined>((resolve, reject) => {
        raw.get(sql, params, (err: Error | null, row: Row | undefined) => (err ? reject(err) : resolve(row)));
      }),
    all: <Row>(sql: string, params: SqlParams = []) =>
      new Promise<Row[]>((resolve, reject) => {
        raw.all(sql, params, (err: Error | null, rows: Row[]) => (err ? reject(err) : resolve(rows)));
      }),
    exec: (sql) =>
      new Promise((resolve, reject) => {
        raw.exec(sql, (err: Error | null) => (err ? reject(err) : resolve()));
      }),
  };
}

/**
 * One sqlite3 connection shared by every caller in the process.
 *
 * node-sqlite3 runs all callers on the same connection, so a statement issued
 * by flow B while flow A holds an open transaction becomes part of A's
 * transaction — and A's ROLLBACK would erase it. Every top-level call
 * therefore waits its turn in one queue; a transaction holds the queue until
 * it commits or rolls back, and its callback gets a direct executor that
 * bypasses the queue (using `db` inside it would deadlock).
 */
export class Database implements SqlExecutor {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly direct: SqlExecutor;

  private constructor(
    private readonly raw: sqlite3.Database,
    readonly file: string,
  ) {
    this.direct = promisify(raw);
  }

  static open(file: string, mode: 'readwrite' | 'readonly' = 'readwrite'): Promise<Database> {
    const flags =
      mode === 'readonly' ? sqlite3.OPEN_READONLY : sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE;
    return new Promise((resolve, reject) => {
      const raw = new sqlite3.Database(file, flags, (err) => {
        if (err) reject(new DatabaseOpenError(`Kan database niet openen: ${file} (${err.message})`, 'cannot_open', file));
        else resolve(new Database(raw, file));
      });
    });
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work, work);
    this.queue = result.catch(() => undefined);
    return result;
  }

  run(sql: string, params?: SqlParams) {
    return this.enqueue(() => busyAsRecordBusy(this.file, () => this.direct.run(sql, params)));
  }
  get<Row>(sql: string, params?: SqlParams) {
    return this.enqueue(() => retryWhenBusy(this.file, () => this.direct.get<Row>(sql, params)));
  }
  all<Row>(sql: string, params?: SqlParams) {
    return this.enqueue(() => retryWhenBusy(this.file, () => this.direct.all<Row>(sql, params)));
  }
  exec(sql: string) {
    return this.enqueue(() => busyAsRecordBusy(this.file, () => this.direct.exec(sql)));
  }

  /** Runs `work` in one IMMEDIATE transaction; any throw rolls the whole of it back. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.enqueue(async () => {
      await retryWhenBusy(this.file, () => this.direct.exec('BEGIN IMMEDIATE'));
      try {
        const value = await work(this.direct);
        await this.direct.exec('COMMIT');
        return value;
      } catch (error) {
        await this.direct.exec('ROLLBACK').catch(() => undefined);
        throw isSqliteBusy(error) ? new RecordBusyError(this.file) : error;
      }
    });
  }

  close(): Promise<void> {
    return this.enqueue(
      () => new Promise<void>((resolve, reject) => this.raw.close((err) => (err ? reject(err) : resolve()))),
    );
  }
}
