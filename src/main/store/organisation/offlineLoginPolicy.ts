import { statement, type ReadableDB, type WritableDB } from '../db';

/** What the server last said about an agent's account (migration 017). */
export type AccountRefusal = 'tokenRevoked' | 'accountDeactivated';

export interface OfflineLoginCheck {
  lastOnlineAt: number;
  revoked: AccountRefusal | null;
}

/** The server confirmed this agent now (online sign-in or a successful sync): clears any refusal. */
export function recordOnlineCheck(db: WritableDB, number: string, now: number): void {
  statement(
    db,
    `INSERT INTO offline_login_checks (number, last_online_at, revoked) VALUES (?, ?, NULL)
     ON CONFLICT (number) DO UPDATE SET last_online_at = excluded.last_online_at, revoked = NULL`,
  ).run(number, now);
}

/** The server said this agent's sign-in was revoked (password reset) or the account deactivated. */
export function recordAccountRefusal(db: WritableDB, number: string, refusal: AccountRefusal): void {
  statement(
    db,
    `INSERT INTO offline_login_checks (number, last_online_at, revoked) VALUES (?, 0, ?)
     ON CONFLICT (number) DO UPDATE SET revoked = excluded.revoked`,
  ).run(number, refusal);
}

export function offlineLoginCheckOf(db: ReadableDB, number: string): OfflineLoginCheck | undefined {
  const row = statement(db, 'SELECT last_online_at, revoked FROM offline_login_checks WHERE number = ?').get(number) as
    | { last_online_at: number; revoked: AccountRefusal | null }
    | undefined;
  return row && { lastOnlineAt: row.last_online_at, revoked: row.revoked };
}

/**
 * The server address changed: the agents (and roles) remembered for offline sign-in were the old
 * server's, so they are forgotten; pinned keys stay, per URL.
 */
export function forgetCachedLogins(db: WritableDB): void {
  db.transaction(() => {
    statement(db, 'DELETE FROM local_logins').run();
    statement(db, 'DELETE FROM offline_login_checks').run();
  })();
}
