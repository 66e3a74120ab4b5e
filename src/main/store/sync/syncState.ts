import { decodeHlc, encodeHlc, tickHlc } from '../../../shared/domain/hlc';
import { statement, type ReadableDB, type WritableDB } from '../db';

/**
 * The owner of `sync_state`, the desktop's one sync row (id 1): client id, hybrid logical clock,
 * pull cursor, last acknowledged seq, last sync and error, and the capture switch.
 */

export function clientIdOf(db: ReadableDB): string {
  return (statement(db, 'SELECT client_id FROM sync_state WHERE id = 1').get() as { client_id: string }).client_id;
}

/** The secret proving to the server that this device owns its client id (made once per store, migration 019). */
export function deviceSecretOf(db: ReadableDB): string {
  return (statement(db, 'SELECT device_secret FROM sync_state WHERE id = 1').get() as { device_secret: string }).device_secret;
}

/** Advances the desktop's clock past `now` and the last stamp it gave, and returns the new stamp. */
export function tickClock(db: WritableDB, now: number): string {
  const state = statement(db, 'SELECT hlc FROM sync_state WHERE id = 1').get() as { hlc: string };
  const hlc = encodeHlc(tickHlc(decodeHlc(state.hlc), now));
  statement(db, 'UPDATE sync_state SET hlc = ? WHERE id = 1').run(hlc);
  return hlc;
}

export function pullCursorOf(db: ReadableDB): number {
  const { pull_cursor: cursor } = statement(db, 'SELECT pull_cursor FROM sync_state WHERE id = 1').get() as { pull_cursor: string | null };
  return cursor ? Number(cursor) : 0;
}

/** Records a pulled page's cursor; call in the page's transaction. */
export function savePullCursor(db: WritableDB, cursor: number, now: number): void {
  statement(db, 'UPDATE sync_state SET pull_cursor = ?, last_sync_at = ? WHERE id = 1').run(String(cursor), now);
}

export function saveAckedSeq(db: WritableDB, lastSeq: number): void {
  statement(db, 'UPDATE sync_state SET last_acked_seq = max(last_acked_seq, ?) WHERE id = 1').run(lastSeq);
}

export function recordSyncSuccess(db: WritableDB, now: number): void {
  statement(db, 'UPDATE sync_state SET last_sync_at = ?, last_error = NULL WHERE id = 1').run(now);
}

export function recordSyncError(db: WritableDB, message: string): void {
  statement(db, 'UPDATE sync_state SET last_error = ? WHERE id = 1').run(message);
}

export function lastSyncAtOf(db: ReadableDB): number | null {
  return (statement(db, 'SELECT last_sync_at FROM sync_state WHERE id = 1').get() as { last_sync_at: number | null }).last_sync_at;
}

/**
 * Runs `work` with the sync capture triggers off: rows that come from the server (or are taken back after a rejection) are not local edits. Call inside a
 * transaction; capture is back on when it commits.
 */
export function withoutCapture<T>(db: WritableDB, work: () => T): T {
  setCapture(db, false);
  try {
    return work();
  } finally {
    setCapture(db, true);
  }
}

/** The server database this desktop syncs with (null until its first answer naming one). */
export function serverIdOf(db: ReadableDB): string | null {
  return (statement(db, 'SELECT server_id FROM sync_state WHERE id = 1').get() as { server_id: string | null }).server_id;
}

export function saveServerId(db: WritableDB, serverId: string): void {
  statement(db, 'UPDATE sync_state SET server_id = ? WHERE id = 1').run(serverId);
}

/** The mark the server gave with the pull cursor (null: none yet, or a cursor from before marks). */
export function pullMarkOf(db: ReadableDB): string | null {
  return (statement(db, 'SELECT pull_mark FROM sync_state WHERE id = 1').get() as { pull_mark: string | null }).pull_mark;
}

/** Records the mark of the pull cursor; call in the page's transaction. */
export function savePullMark(db: WritableDB, mark: string | null): void {
  statement(db, 'UPDATE sync_state SET pull_mark = ? WHERE id = 1').run(mark);
}

export function lastAckedSeqOf(db: ReadableDB): number {
  return (statement(db, 'SELECT last_acked_seq FROM sync_state WHERE id = 1').get() as { last_acked_seq: number }).last_acked_seq;
}

/** Sets the last acknowledged seq back to what a restored server holds (saveAckedSeq only moves it forward). */
export function rewindAckedSeq(db: WritableDB, lastSeq: number): void {
  statement(db, 'UPDATE sync_state SET last_acked_seq = ? WHERE id = 1').run(lastSeq);
}

/** Turns the sync capture triggers' recording on or off (off while writing rows that are never synced). */
export function setCapture(db: WritableDB, on: boolean): void {
  statement(db, 'UPDATE sync_state SET capture = ? WHERE id = 1').run(on ? 1 : 0);
}
