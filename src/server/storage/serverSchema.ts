import { randomBytes, randomUUID } from 'node:crypto';
import type { Tx } from './serverDb';

export interface ServerMigration {
  version: number;
  sql: string;
  /** Fills what `sql` created from existing data, in the same transaction (same code on both back ends). */
  backfill?: (tx: Tx) => Promise<void>;
}

/**
 * The server's schema, numbered like the desktop's migrations and written in SQL both SQLite and
 * PostgreSQL accept. Append only: never edit a migration that has shipped.
 *
 * - `records`: every synced row, keyed by table and row key, with its branch (for scoping), its
 *   columns as JSON, the hybrid-logical clock of each column, and the change number of its last
 *   change (pull cursor order).
 * - `accounts`: an agent's login (the agent's profile itself is a `records` row of `agents`).
 * - `sync_clients` / `sync_mutations`: per desktop, the last outbox seq applied, and every
 *   mutation received with its outcome (so a duplicate is answered as it was the first time).
 * - `server_meta`: the change-number counter; `server_secrets`: the token-signing key shared by
 *   every server process on the database.
 * - `sync_clients.device_secret_hash`, `sync_client_agents` (4): a client id belongs to the device
 *   holding its secret (only a hash is kept), and lists the agents who signed in through it.
 * - `case_numbers` (2): which case holds each case number, so a pushed case whose number another
 *   case already has is renumbered instead of stored twice.
 * - (3) `server_secrets.server_id`: the database's identity, random, made when it is created (a
 *   restored backup keeps it; a new database has another). `change_marks`: one random mark per
 *   range of change numbers handed out together (`high` = its last number), so a pull cursor can
 *   be checked against the history it came from — after a restore the same numbers are handed
 *   out again with other marks.
 * - (5) `evidence_chunks` / `evidence_files`: the bytes of evidence files, chunk by chunk, and
 *   which files are complete (checked against their row's sha256); see evidence/evidenceFiles.ts.
 */
export const serverMigrations: readonly ServerMigration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE server_meta (key TEXT PRIMARY KEY, value BIGINT NOT NULL);
      INSERT INTO server_meta (key, value) VALUES ('change_seq', 0);
      CREATE TABLE server_secrets (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE records (
        tbl TEXT NOT NULL,
        pk TEXT NOT NULL,
        branch_id TEXT,
        data TEXT NOT NULL,
        clocks TEXT NOT NULL,
        change_seq BIGINT NOT NULL,
        PRIMARY KEY (tbl, pk)
      );
      CREATE INDEX records_by_change ON records (change_seq);
      CREATE INDEX records_by_branch ON records (branch_id, change_seq);
      CREATE TABLE accounts (
        agent_id TEXT PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        password_hash TEXT NOT NULL,
        token_version BIGINT NOT NULL DEFAULT 0,
        updated_at BIGINT NOT NULL
      );
      CREATE TABLE sync_clients (
        client_id TEXT PRIMARY KEY,
        last_seq BIGINT NOT NULL,
        agent_id TEXT,
        updated_at BIGINT NOT NULL
      );
      CREATE TABLE sync_mutations (
        client_id TEXT NOT NULL,
        seq BIGINT NOT NULL,
        mutation_id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        status TEXT NOT NULL,
        reason TEXT,
        received_at BIGINT NOT NULL,
        PRIMARY KEY (client_id, seq)
      );
    `,
  },
  {
    version: 2,
    sql: `
      CREATE TABLE case_numbers (number TEXT PRIMARY KEY, case_id TEXT NOT NULL);
      CREATE INDEX case_numbers_by_case ON case_numbers (case_id);
    `,
    backfill: async (tx) => {
      // The earliest case with a number keeps it; duplicates stored before this version stay as they are.
      const cases = await tx.all<{ pk: string; data: string }>("SELECT pk, data FROM records WHERE tbl = 'cases' ORDER BY change_seq");
      for (const row of cases) {
        const number: unknown = (JSON.parse(row.data) as { number?: unknown }).number;
        if (typeof number === 'string') await tx.run('INSERT INTO case_numbers (number, case_id) VALUES ($1, $2) ON CONFLICT (number) DO NOTHING', [number, row.pk]);
      }
    },
  },
  {
    version: 3,
    sql: `
      CREATE TABLE change_marks (high BIGINT PRIMARY KEY, mark TEXT NOT NULL);
    `,
    backfill: async (tx) => {
      await tx.run('INSERT INTO server_secrets (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [SERVER_ID_KEY, randomUUID()]);
      const [row] = await tx.all<{ value: number }>("SELECT value FROM server_meta WHERE key = 'change_seq'");
      const high = Number(row?.value ?? 0);
      if (high > 0) await tx.run('INSERT INTO change_marks (high, mark) VALUES ($1, $2)', [high, newMark()]);
    },
  },
  {
    version: 4,
    sql: `
      ALTER TABLE sync_clients ADD COLUMN device_secret_hash TEXT;
      CREATE TABLE sync_client_agents (
        client_id TEXT NOT NULL,
        agent_id TEXT NOT NULL,
        registered_at BIGINT NOT NULL,
        PRIMARY KEY (client_id, agent_id)
      );
    `,
  },
  {
    version: 5,
    sql: `
      CREATE TABLE evidence_chunks (
        evidence_id TEXT NOT NULL,
        idx INTEGER NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (evidence_id, idx)
      );
      CREATE TABLE evidence_files (
        evidence_id TEXT PRIMARY KEY,
        sha256 TEXT NOT NULL,
        size_bytes BIGINT NOT NULL,
        completed_at BIGINT NOT NULL
      );
    `,
  },
];

export const SERVER_ID_KEY = 'server_id';

function newMark(): string {
  return randomBytes(12).toString('base64url');
}

/** Hands out `count` change numbers; call inside `ServerDb.write`, whose lock makes them commit in order. */
export async function takeChangeNumbers(tx: Tx, count: number): Promise<number> {
  const [row] = await tx.all<{ value: number }>("UPDATE server_meta SET value = value + $1 WHERE key = 'change_seq' RETURNING value", [count]);
  if (count > 0) await tx.run('INSERT INTO change_marks (high, mark) VALUES ($1, $2)', [Number(row!.value), newMark()]);
  return Number(row!.value) - count + 1;
}
