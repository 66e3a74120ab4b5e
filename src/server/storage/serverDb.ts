/**
 * The server's storage, the same SQL on SQLite (default, one file) and PostgreSQL
 * (`DATABASE_URL`). Statements use `$1, $2, …` placeholders; the SQLite adapter rewrites them.
 * Columns holding JSON are TEXT on both; BIGINT columns come back as JS numbers on both.
 */
export type SqlValue = string | number | null;

export interface Tx {
  all<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  run(sql: string, params?: readonly SqlValue[]): Promise<{ changes: number }>;
}

export interface ServerDb {
  readonly kind: 'sqlite' | 'postgres';
  /**
   * Runs `fn` in one transaction that commits when it resolves and rolls back when it throws.
   * Writing transactions are serialized across every server process on the database (SQLite:
   * BEGIN IMMEDIATE; PostgreSQL: a transaction-scoped advisory lock taken first), so change
   * numbers handed out inside one commit in the order they were handed out.
   */
  write<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Runs `fn` on one consistent snapshot (a read transaction). */
  read<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
