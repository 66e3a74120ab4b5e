import { createCaptureTriggers } from '../sync/syncCapture';
import type { Migration } from './migration';

/**
 * Policies as data (issue 18): each published version of a policy (SLA targets, the business
 * calendar, later stage gates, scripts, phrases…) is one row, never changed afterwards; the
 * version in force at an instant is the one effective latest at or before it. The built-in
 * defaults are version 1 and live in code (shared/domain/policies), so a fresh desktop has rules
 * before its first pull. Synced append-only; only admins may push a row (server: syncTables.ts).
 * No UNIQUE(kind, version): two admins offline may both publish "version 3"; effective time and
 * creation time still order them.
 */
export const migration031: Migration = {
  version: 31,
  name: 'policies',
  up(db) {
    db.exec(`
      CREATE TABLE policies (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('slaTargets', 'businessCalendar', 'stageGates', 'scripts', 'phrases', 'dispositions', 'authorityLimits')),
        version INTEGER NOT NULL CHECK (version >= 2),
        effective_from INTEGER NOT NULL,
        body TEXT NOT NULL CHECK (json_valid(body)),
        note TEXT NOT NULL DEFAULT '',
        author_id TEXT,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX policies_by_kind ON policies(kind, effective_from);
    `);
    createCaptureTriggers(db, 'policies', ['id']);
  },
};
