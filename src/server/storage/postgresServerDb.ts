import pg from 'pg';
import type { CustomTypesConfig, PoolClient } from 'pg';
import type { ServerDb, SqlValue, Tx } from './serverDb';

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** The first half of the advisory lock every writing transaction takes: "AGDS". */
const WRITE_LOCK_CLASS = 0x41474453;

/** BIGINT and NUMERIC as JS numbers, for this pool only (the global pg.types stay as they are). */
const numberTypes: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID || oid === NUMERIC_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as CustomTypesConfig['getTypeParser'],
};

export interface PostgresOptions {
  url: string;
  /** A schema of its own (created if missing), e.g. one per test; default: the role's search_path. */
  schema?: string;
  /** Pool size; default 10. */
  max?: number;
}

/**
 * The server's storage on PostgreSQL. Each writing transaction takes a transaction-scoped
 * advisory lock first, so writers are serialized across every server process on the database
 * (per schema: the lock's second half is a hash of the schema name). Reads run on a
 * REPEATABLE READ READ ONLY snapshot and never wait for writers.
 */
export class PostgresServerDb implements ServerDb {
  readonly kind = 'postgres' as const;
  private readonly lockKey: number;
  private closed = false;

  constructor(
    private readonly pool: pg.Pool,
    schema: string | undefined,
    /** Where the database is, for a connection of its own (the notice bus's LISTEN). */
    readonly connection: { url: string; schema?: string } = { url: '' },
  ) {
    this.lockKey = schema ? hash32(schema) : 0;
    // An idle connection that breaks is dropped by the pool; the next query reports the problem.
    pool.on('error', () => undefined);
  }

  write<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transaction('BEGIN', fn, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1, $2)', [WRITE_LOCK_CLASS, this.lockKey]);
    });
  }

  read<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transaction('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', fn);
  }

  /** Runs a multi-statement script (a migration) inside a transaction of `write`: a query without parameters may hold several statements. */
  async runScript(tx: Tx, sql: string): Promise<void> {
    await tx.run(sql);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  private async transaction<T>(begin: string, fn: (tx: Tx) => Promise<T>, first?: (client: PoolClient) => Promise<void>): Promise<T> {
    if (this.closed) throw new Error('the server database is closed');
    const client = await this.pool.connect();
    let broken: Error | undefined;
    const tx = postgresTx(client);
    try {
      await client.query(begin);
      await first?.(client);
      const result = await fn(tx);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch (rollbackError) {
        broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
      }
      throw error;
    } finally {
      tx.finish();
      client.release(broken);
    }
  }
}

export async function openPostgresServerDb(options: PostgresOptions): Promise<PostgresServerDb> {
  const { schema } = options;
  if (schema !== undefined && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid PostgreSQL schema name: ${schema}`);
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.max ?? 10,
    types: numberTypes,
    application_name: 'agentdesk-server',
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const db = new PostgresServerDb(pool, schema, { url: options.url, ...(schema ? { schema } : {}) });
  try {
    if (schema) await db.write((tx) => tx.run(`CREATE SCHEMA IF NOT EXISTS "${schema}"`));
    else await db.read((tx) => tx.all('SELECT 1'));
  } catch (error) {
    await pool.end().catch(() => undefined);
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot open the PostgreSQL database at ${withoutPassword(options.url)}: ${cause}`, { cause: error });
  }
  return db;
}

function postgresTx(client: PoolClient): Tx & { finish(): void } {
  let finished = false;
  const query = (sql: string, params: readonly SqlValue[] | undefined) => {
    if (finished) throw new Error('the transaction has already finished');
    return params && params.length > 0 ? client.query(sql, params as SqlValue[]) : client.query(sql);
  };
  return {
    async all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
      return (await query(sql, params)).rows as T[];
    },
    async run(sql: string, params?: readonly SqlValue[]): Promise<{ changes: number }> {
      return { changes: (await query(sql, params)).rowCount ?? 0 };
    },
    finish() {
      finished = true;
    },
  };
}

/** FNV-1a, as a signed 32-bit integer (the type of an advisory lock's key halves). */
function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) hash = Math.imul(hash ^ byte, 0x01000193);
  return hash | 0;
}

/** The URL for messages: the password replaced by `***`. */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}
