import { statement, type ReadableDB, type WritableDB } from '../db';

/**
 * The owner of `local_logins` (migration 013): agents who signed in on this desktop, with the
 * slow hash of their password, for offline sign-in. `agent` is the signed-in agent as JSON.
 */

export function saveLocalLogin(db: WritableDB, number: string, agent: string, passwordHash: string, now: number): void {
  statement(
    db,
    `INSERT INTO local_logins (number, agent, password_hash, last_login_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (number) DO UPDATE SET agent = excluded.agent, password_hash = excluded.password_hash, last_login_at = excluded.last_login_at`,
  ).run(number, agent, passwordHash, now);
}

export function localLoginOf(db: ReadableDB, number: string): { agent: string; password_hash: string } | undefined {
  return statement(db, 'SELECT agent, password_hash FROM local_logins WHERE number = ?').get(number) as { agent: string; password_hash: string } | undefined;
}

export function touchLocalLogin(db: WritableDB, number: string, now: number): void {
  statement(db, 'UPDATE local_logins SET last_login_at = ? WHERE number = ?').run(now, number);
}

/** The agent (JSON) who signed in here last, if any. */
export function lastLocalLogin(db: ReadableDB): string | undefined {
  const row = statement(db, 'SELECT agent FROM local_logins ORDER BY last_login_at DESC LIMIT 1').get() as { agent: string } | undefined;
  return row?.agent;
}
