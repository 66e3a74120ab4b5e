import type { WritableDB } from '../store/db';
import { pruneRetained, rewindOutbox } from '../store/sync/outbox';
import { lastAckedSeqOf, rewindAckedSeq, saveServerId, serverIdOf } from '../store/sync/syncState';

/**
 * What a desktop does when its server was restored from a backup (or is another server):
 *
 * - Every push and pull carries the server id the desktop synced with; a server database with
 *   another id (a new, empty server, or another site's) refuses it (409 `serverChanged`) and the
 *   desktop shows that error and sends nothing there: pushing one server's history into another
 *   must be a deliberate act, not a side effect of changing an address. A desktop that has no
 *   server id yet (first sync, or synced before ids existed) adopts the first one that answers.
 * - Every pull answer says the highest seq the server holds for this desktop. Below the last seq
 *   it acknowledged means a restored server: the retained mutations after it (and rejected ones,
 *   which the server must judge again) become pending again, so the next push sends them; the
 *   server applies a mutation id once, so a re-sent mutation it still has changes nothing.
 * - The pull cursor travels with the mark the server gave for it; a restored server whose history
 *   ends before the cursor, or whose numbers were reused by other changes, cannot vouch for it and
 *   pulls from 0. Re-applying pulled rows is safe: a field with a pending local change keeps its
 *   value, and the rewound mutations are pending before the page is applied.
 */

export const DEFAULT_RETENTION_MS = 30 * 24 * 3_600_000;

/** Records the server id of an answer when the desktop has none yet. */
export function recordServerId(db: WritableDB, serverId: string | undefined): void {
  if (serverId && serverIdOf(db) === null) saveServerId(db, serverId);
}

/** When the server holds fewer of this desktop's mutations than it acknowledged, makes the rest pending again; returns how many. */
export function rewindIfServerBehind(db: WritableDB, serverLastSeq: number | undefined): number {
  if (serverLastSeq === undefined) return 0;
  return db.transaction(() => {
    const acked = lastAckedSeqOf(db);
    if (serverLastSeq >= acked) return 0;
    const back = rewindOutbox(db, serverLastSeq, acked);
    rewindAckedSeq(db, serverLastSeq);
    return back;
  })();
}

/** Forgets acknowledged mutations older than the retention window. */
export function pruneRetention(db: WritableDB, now: number, retentionMs = DEFAULT_RETENTION_MS): number {
  return pruneRetained(db, now - retentionMs);
}
