import type { Migration } from './migration';

/**
 * A server restored from a backup must get back what it acknowledged after the copy was taken:
 * acknowledged mutations move from `outbox` to `outbox_acked` (same seq, id and effects, with
 * when they were acknowledged) and stay there for a retention window (30 days by default), so
 * they can be sent again. `sync_state` records the server database the desktop synced with
 * (`server_id`) and the mark the server gave with the pull cursor (`pull_mark`).
 *
 * A table of its own rather than an `acked` state in `outbox`: the outbox's state CHECK could
 * only change by rebuilding it, which would also rebuild its AUTOINCREMENT counter — a reused seq
 * would be answered "duplicate" by the server and lost.
 */
export const migration018: Migration = {
  version: 18,
  name: 'sync retention',
  up(db) {
    db.exec(`
      CREATE TABLE outbox_acked (
        seq INTEGER PRIMARY KEY,
        mutation_id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        args TEXT NOT NULL,
        hlc TEXT NOT NULL,
        effects TEXT NOT NULL,
        acked_at INTEGER NOT NULL
      );
      CREATE INDEX outbox_acked_by_time ON outbox_acked (acked_at);
      ALTER TABLE sync_state ADD COLUMN server_id TEXT;
      ALTER TABLE sync_state ADD COLUMN pull_mark TEXT;
    `);
  },
};
