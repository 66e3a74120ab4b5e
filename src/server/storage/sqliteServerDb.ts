import Database from 'better-sqlite3';
import type { Database as Connection, Statement } from 'better-sqlite3';
import type { ServerDb, SqlValue, Tx } from './serverDb';

const BUSY_TIMEOUT_MS = 5_000;

/**
 * The server's storage on one SQLite file (WAL). Writes run one at a time in this process
 * (a promise queue, because a transaction's function is async and requests interleave) and
 * under `BEGIN IMMEDIATE` across processes (waiting up to 5 s for another process's write,
 * without blocking the event loop). Reads run on a second, read-only connection, one
 * snapshot at a time, so a pull never waits for a push to finish.
 *
 * Placeholders: SQLite itself reads `$1, $2, …` as named parameters `"1"`, `"2"`, …, so the
 * statements run unchanged (the same text PostgreSQL runs, string literals included) and the
 * values are bound as an object keyed by position.
 */
export class SqliteServerDb implements ServerDb {
  readonly kind = 'sqlite' as const;
  private readonly writer: Connection;
  private readonly reader: Connection;
  private readonly writes = serialQueue();
  private readonly reads: ReturnType<typeof serialQueue>;
  private readonly writerStatements: StatementCache;
  private readonly readerStatements: StatementCache;
  private closed = false;

  constructor(path: string) {
    this.writer = new Database(path);
    this.writer.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    this.writer.pragma('journal_mode = WAL');
    // A push is acknowledged only after its commit is on disk: the desktop then forgets it.
    this.writer.pragma('synchronous = FULL');
    this.writerStatements = statementCache(this.writer);
    if (path === ':memory:' || path === '') {
      this.reader = this.writer;
      this.reads = this.writes;
      this.readerStatements = this.writerStatements;
    } else {
      this.reader = new Database(path, { readonly: true, fileMustExist: true });
      this.reader.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      this.reads = serialQueue();
      this.readerStatements = statementCache(this.reader);
    }
  }

  write<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.writes.run(async () => {
      await this.waitForWriteLock();
      return this.transaction(this.writer, this.writerStatements, null, fn);
    });
  }

  read<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.reads.run(() => this.transaction(this.reader, this.readerStatements, 'BEGIN', fn));
  }

  /** Runs a multi-statement script (a migration) inside a transaction of `write`. */
  async runScript(_tx: Tx, sql: string): Promise<void> {
    this.writer.exec(sql);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([this.writes.idle(), this.reads.idle()]);
    if (this.reader !== this.writer) this.reader.close();
    this.writer.close();
  }

  /**
   * `BEGIN IMMEDIATE`, waiting without blocking the event loop while another process (or another
   * instance in this one) holds the write lock: SQLite's own busy wait would block the thread.
   */
  private async waitForWriteLock(): Promise<void> {
    if (!this.writer.open) throw new Error('the server database is closed');
    const deadline = Date.now() + BUSY_TIMEOUT_MS;
    this.writer.pragma('busy_timeout = 0');
    try {
      for (let delay = 2; ; delay = Math.min(delay * 2, 50)) {
        try {
          this.writer.exec('BEGIN IMMEDIATE');
          return;
        } catch (error) {
          if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() + delay > deadline) throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    } finally {
      if (this.writer.open) this.writer.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    }
  }

  /** Runs `fn` in a transaction: begun here with `begin`, or already begun (null). */
  private async transaction<T>(db: Connection, statements: StatementCache, begin: string | null, fn: (tx: Tx) => Promise<T>): Promise<T> {
    if (!db.open) throw new Error('the server database is closed');
    if (begin) db.exec(begin);
    const tx = sqliteTx(statements);
    try {
      const result = await fn(tx);
      db.exec('COMMIT');
      return result;
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    } finally {
      tx.finish();
    }
  }
}

type StatementCache = (sql: string) => Statement;

function statementCache(db: Connection, max = 500): StatementCache {
  const cache = new Map<string, Statement>();
  return (sql) => {
    let statement = cache.get(sql);
    if (!statement) {
      if (cache.size >= max) cache.clear();
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
}

/** `[a, b]` → `{1: a, 2: b}`; whole numbers bound as INTEGER (a JS number alone binds as REAL). */
function bindings(params: readonly SqlValue[] | undefined): [Record<string, unknown>] | [] {
  if (!params || params.length === 0) return [];
  const named: Record<string, unknown> = {};
  params.forEach((value, i) => {
    named[String(i + 1)] = typeof value === 'number' && Number.isSafeInteger(value) ? BigInt(value) : value;
  });
  return [named];
}

function sqliteTx(statements: StatementCache): Tx & { finish(): void } {
  let finished = false;
  const check = () => {
    if (finished) throw new Error('the transaction has already finished');
  };
  return {
    async all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
      check();
      const statement = statements(sql);
      if (!statement.reader) {
        statement.run(...bindings(params));
        return [];
      }
      return statement.all(...bindings(params)) as T[];
    },
    async run(sql: string, params?: readonly SqlValue[]): Promise<{ changes: number }> {
      check();
      return { changes: statements(sql).run(...bindings(params)).changes };
    },
    finish() {
      finished = true;
    },
  };
}

/** Runs tasks one after another in the order they were queued; a failing task does not stop the queue. */
function serialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const result = tail.then(task);
      tail = result.catch(() => undefined);
      return result;
    },
    idle: () => tail.then(() => undefined),
  };
}
