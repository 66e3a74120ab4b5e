import type { Migration } from './migration';

/** Branches, teams and agents: who works where, with which role. */
export const migration002: Migration = {
  version: 2,
  name: 'organisation',
  up(db) {
    db.exec(`
      CREATE TABLE branches (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL
      );
      CREATE TABLE teams (
        id TEXT PRIMARY KEY,
        branch_id TEXT NOT NULL REFERENCES branches(id),
        name TEXT NOT NULL
      );
      CREATE TABLE agents (
        id TEXT PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('agent', 'lead', 'admin')),
        branch_id TEXT NOT NULL REFERENCES branches(id),
        team_id TEXT REFERENCES teams(id),
        active INTEGER NOT NULL DEFAULT 1
      );
      CREATE INDEX agents_by_team ON agents(team_id);
    `);
  },
};
