import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { openServerDb, type OpenServerDbOptions } from '../../src/server/storage/openServerDb';
import type { ServerDb } from '../../src/server/storage/serverDb';

/** Test helpers for the server shell: one fresh database per test, on either backend. */
export type Backend = 'sqlite' | 'postgres';
export const backends: Backend[] = ['sqlite', 'postgres'];
export const TEST_PG_URL = process.env['AGENTDESK_TEST_PG_URL'] ?? 'postgres://agentdesk:agentdesk@127.0.0.1:5432/agentdesk_test';

/** Hash passwords at a low scrypt cost (N=1024) in this test process; the server's default stays slow. */
export function useFastScrypt(): void {
  process.env['AGENTDESK_SCRYPT_N'] = '1024';
}

export interface TestServerDb {
  db: ServerDb;
  /** How to open the same database again (another "process"). */
  options: OpenServerDbOptions;
  /** Closes `db` and, on PostgreSQL, drops the test's schema. */
  cleanup(): Promise<void>;
}

/** A fresh database: a SQLite file in `dir`, or a schema of its own in the test PostgreSQL (which must be running). */
export async function openFreshServerDb(backend: Backend, dir: string): Promise<TestServerDb> {
  if (backend === 'sqlite') {
    const options = { sqlitePath: join(dir, `server-${randomUUID()}.db`) };
    const db = await openServerDb(options);
    return { db, options, cleanup: () => db.close() };
  }
  const options = { databaseUrl: TEST_PG_URL, pgSchema: `t_${randomUUID().replaceAll('-', '').slice(0, 20)}` };
  let db: ServerDb;
  try {
    db = await openServerDb(options);
  } catch (error) {
    throw new Error(
      `The PostgreSQL variant of the server tests needs PostgreSQL at AGENTDESK_TEST_PG_URL (${TEST_PG_URL.replace(/:[^:@/]*@/, ':***@')}). ` +
        `Start it with \`pg_ctlcluster 15 main start\` and create the role and database as .ci/run does. Cause: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  return { db, options, cleanup: async () => {
    await db.close();
    await dropPgSchema(options.pgSchema);
  } };
}

export async function dropPgSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}
