import type { Migration } from './migration';

/**
 * Agents who have signed in on this desktop with the server reachable, with a slow hash of their
 * password, so they can sign in again while the branch is offline.
 */
export const migration013: Migration = {
  version: 13,
  name: 'offline logins',
  up(db) {
    db.exec(`
      CREATE TABLE local_logins (
        number TEXT PRIMARY KEY,
        agent TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        last_login_at INTEGER NOT NULL
      );
    `);
  },
};
