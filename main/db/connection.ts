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
    return this.enqueue(() => this.direct.run(sql, params));
  }
  get<Row>(sql: string, params?: SqlParams) {
    return this.enqueue(() => this.direct.get<Row>(sql, params));
  }
  all<Row>(sql: string, params?: SqlParams) {
    return this.enqueue(() => this.direct.all<Row>(sql, params));
  }
  exec(sql: string) {
    return this.enqueue(() => this.direct.exec(sql));
  }

  /** Runs `work` in one IMMEDIATE transaction; any throw rolls the whole of it back. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.enqueue(async () => {
      await this.direct.exec('BEGIN IMMEDIATE');
      try {
        const value = await work(this.direct);
        await this.direct.exec('COMMIT');
        return value;
      } catch (error) {
        await this.direct.exec('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }

  close(): Promise<void> {
    return this.enqueue(
      () => new Promise<void>((resolve, reject) => this.raw.close((err) => (err ? reject(err) : resolve()))),
    );
  }
}
