import type { Tx } from '../storage/serverDb';
import { SERVER_ID_KEY } from '../storage/serverSchema';

/**
 * The server database's identity and history position, as push and pull replies carry them so a
 * desktop can tell a restored server (behind what it was told) or another server (another id).
 */

/** A request meant for another server database (the desktop synced with a different one): nothing is applied (409). */
export class ServerChangedError extends Error {
  constructor(readonly expected: string, readonly actual: string) {
    super(
      `this desktop synced with server ${expected}, but this server's database is ${actual}: it was not restored from that server's backup. ` +
        'Point the desktop back at its server, or reset its sync deliberately before using this one',
    );
  }
}

export async function serverIdOf(tx: Tx): Promise<string> {
  const [row] = await tx.all<{ value: string }>('SELECT value FROM server_secrets WHERE key = $1', [SERVER_ID_KEY]);
  return row!.value;
}

/** Refuses a request carrying another server's id; returns this server's id. */
export async function checkServerId(tx: Tx, expected: string | undefined): Promise<string> {
  const actual = await serverIdOf(tx);
  if (expected !== undefined && expected !== actual) throw new ServerChangedError(expected, actual);
  return actual;
}

export async function highWaterOf(tx: Tx): Promise<number> {
  const [row] = await tx.all<{ value: number }>("SELECT value FROM server_meta WHERE key = 'change_seq'");
  return Number(row?.value ?? 0);
}

/** The mark of the range holding change number `cursor` ('' for 0), or null when the history ends before it. */
export async function markOf(tx: Tx, cursor: number): Promise<string | null> {
  if (cursor === 0) return '';
  const [row] = await tx.all<{ mark: string }>('SELECT mark FROM change_marks WHERE high >= $1 ORDER BY high LIMIT 1', [cursor]);
  return row?.mark ?? null;
}

export async function lastSeqOf(tx: Tx, clientId: string): Promise<number> {
  const [row] = await tx.all<{ last_seq: number }>('SELECT last_seq FROM sync_clients WHERE client_id = $1', [clientId]);
  return row ? Number(row.last_seq) : 0;
}
