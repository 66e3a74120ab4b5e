import type { Migration } from './migration';

/**
 * What the desktop trusts about its sync servers:
 * - `pinned_server_keys`: the public key (JWK) each server URL signed its first sign-in here
 *   with; tokens from that URL are believed only when this key signed them. Kept per URL, so
 *   pointing the desktop elsewhere and back keeps the old pin.
 * - `offline_login_checks`: per agent number, when the server last confirmed the account
 *   (sign-in or sync), and whether it has said the account was reset or deactivated; offline
 *   sign-in is allowed only within the policy window and never after such a word.
 */
export const migration017: Migration = {
  version: 17,
  name: 'server trust',
  up(db) {
    db.exec(`
      CREATE TABLE pinned_server_keys (
        server_url TEXT PRIMARY KEY,
        kid TEXT NOT NULL,
        jwk TEXT NOT NULL,
        pinned_at INTEGER NOT NULL
      );
      CREATE TABLE offline_login_checks (
        number TEXT PRIMARY KEY,
        last_online_at INTEGER NOT NULL,
        revoked TEXT CHECK (revoked IN ('tokenRevoked', 'accountDeactivated'))
      );
      INSERT INTO offline_login_checks (number, last_online_at) SELECT number, last_login_at FROM local_logins;
    `);
  },
};
