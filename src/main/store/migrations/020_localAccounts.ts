import type { Migration } from './migration';

/**
 * Local accounts of a standalone desktop (a branch office with no sync server): who may sign in
 * here, with the scrypt hash of their password. Each account is also an agent row (same id), so
 * cases, calls, notes and reports name them exactly as they name a server's agents.
 */
export const migration020: Migration = {
  version: 20,
  name: 'local accounts',
  up(db) {
    db.exec(`
      CREATE TABLE local_accounts (
        id TEXT PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('agent', 'lead', 'admin')),
        team_id TEXT REFERENCES teams(id),
        password_hash TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
    `);
  },
};
