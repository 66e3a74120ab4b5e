import type { WritableDB } from '../db';
import { mergeSearchIndex } from './searchMerge';
import { indexQueued } from './searchQueue';

/** How often the store is tidied while the desktop runs. */
export const IDLE_MAINTENANCE_INTERVAL_MS = 5_000;

/**
 * Moves the store's housekeeping out of the agent's saves and into a timer: SQLite's automatic WAL
 * checkpoint (every ~1,000 written pages) made one wrap-up in seventeen take ~6.5 ms instead of
 * ~0.6 ms at a million cases, and FTS5's automatic merging did the same to searches' index
 * (migration 011). Every interval: up to 500 queued search documents (searchQueue.ts), one
 * bounded merge step and a PASSIVE checkpoint, which never
 * waits for readers. Committed data is durable in the WAL either way. Returns `stop`, which
 * restores automatic checkpoints.
 */
export function startIdleMaintenance(db: WritableDB, log: (message: string, error?: unknown) => void): () => void {
  db.pragma('wal_autocheckpoint = 0');
  const timer = setInterval(() => {
    try {
      indexQueued(db, 500); // documents a sync queued and a crash left behind
      mergeSearchIndex(db);
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch (error) {
      log('store maintenance failed; it is tried again later', error);
    }
  }, IDLE_MAINTENANCE_INTERVAL_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
    if (db.open) db.pragma('wal_autocheckpoint = 1000');
  };
}
