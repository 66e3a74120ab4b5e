import { openPostgresServerDb } from './postgresServerDb';
import type { ServerDb, Tx } from './serverDb';
import { serverMigrations } from './serverSchema';
import { SqliteServerDb } from './sqliteServerDb';

export interface OpenServerDbOptions {
  /** PostgreSQL connection URL; when given, PostgreSQL is used. */
  databaseUrl?: string;
  /** SQLite file, used when there is no databaseUrl. */
  sqlitePath?: string;
  /** PostgreSQL schema of its own (created if missing), e.g. one per test. */
  pgSchema?: string;
}

export const DEFAULT_SQLITE_PATH = './agentdesk-server.db';

/** The newest schema version this code knows. */
export const latestSchemaVersion = Math.max(0, ...serverMigrations.map((m) => m.version));

/** A database written by a newer server: refused rather than used by code that does not know its schema. */
export class SchemaTooNewError extends Error {
  constructor(readonly found: number, readonly known: number) {
    super(`the server database has schema version ${found}, newer than this server knows (${known}): upgrade the server, do not point an older one at it`);
  }
}

interface ScriptableDb extends ServerDb {
  runScript(tx: Tx, sql: string): Promise<void>;
}

/** Opens the server's database (PostgreSQL when a URL is given, else a SQLite file) and brings its schema up to date. */
export async function openServerDb(options: OpenServerDbOptions): Promise<ServerDb> {
  const db: ScriptableDb = options.databaseUrl
    ? await openPostgresServerDb({ url: options.databaseUrl, ...(options.pgSchema ? { schema: options.pgSchema } : {}) })
    : new SqliteServerDb(options.sqlitePath ?? DEFAULT_SQLITE_PATH);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/** The same choice main.ts and the admin CLI make: DATABASE_URL (PostgreSQL) or AGENTDESK_SERVER_DB (SQLite path). */
export function serverDbOptionsFromEnv(env: NodeJS.ProcessEnv): OpenServerDbOptions {
  const databaseUrl = env['DATABASE_URL'];
  if (databaseUrl) return { databaseUrl, ...(env['AGENTDESK_PG_SCHEMA'] ? { pgSchema: env['AGENTDESK_PG_SCHEMA'] } : {}) };
  return { sqlitePath: env['AGENTDESK_SERVER_DB'] || DEFAULT_SQLITE_PATH };
}

/** The schema version the database holds (0 before the first migration). */
export async function readSchemaVersion(tx: Tx): Promise<number> {
  const [row] = await tx.all<{ version: number | null }>('SELECT MAX(version) AS version FROM server_schema');
  return Number(row?.version ?? 0);
}

async function migrate(db: ScriptableDb): Promise<void> {
  await db.write(async (tx) => {
    await tx.run('CREATE TABLE IF NOT EXISTS server_schema (version BIGINT NOT NULL)');
    const current = await readSchemaVersion(tx);
    if (current > latestSchemaVersion) throw new SchemaTooNewError(current, latestSchemaVersion);
    for (const migration of [...serverMigrations].sort((a, b) => a.version - b.version)) {
      if (migration.version <= current) continue;
      await db.runScript(tx, migration.sql);
      await migration.backfill?.(tx);
    }
    if (latestSchemaVersion > current) {
      await tx.run('DELETE FROM server_schema');
      await tx.run('INSERT INTO server_schema (version) VALUES ($1)', [latestSchemaVersion]);
    }
  });
}
