import type { Migration } from './migration';

/**
 * Pulled rows the desktop could not apply (a UNIQUE, CHECK or NOT NULL constraint failed), set
 * aside with their reason so the rest of the page applies and the cursor moves on. One entry per
 * row key, holding the newest version the server sent; retried on later pulls and removed once applied.
 *
 * Also the store's device secret (`sync_state.device_secret`, 32 random bytes in hex, made once):
 * sent with sign-in and push, it proves to the server that this device owns its client id, so
 * several agents can sync from one shared desktop.
 */
export const migration019: Migration = {
  version: 19,
  name: 'pull set-aside rows and device secret',
  up(db) {
    db.exec(`
      CREATE TABLE pull_set_aside (
        tbl TEXT NOT NULL,
        pk TEXT NOT NULL,
        fields TEXT NOT NULL,
        reason TEXT NOT NULL,
        detail TEXT NOT NULL,
        first_at INTEGER NOT NULL,
        last_tried_at INTEGER NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 1 CHECK (attempts >= 1),
        PRIMARY KEY (tbl, pk)
      ) WITHOUT ROWID;
      ALTER TABLE sync_state ADD COLUMN device_secret TEXT;
      UPDATE sync_state SET device_secret = lower(hex(randomblob(32)));
    `);
  },
};
