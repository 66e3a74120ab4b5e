import type { Database } from 'better-sqlite3';
import { statement } from '../store/db';

/**
 * Runs `work` with the sync capture triggers off: rows that come from the server (or are taken back after a rejection) are not local edits. Call inside a
 * transaction; capture is back on when it commits.
 */
export function withoutCapture<T>(db: Database, work: () => T): T {
  statement(db, 'UPDATE sync_state SET capture = 0 WHERE id = 1').run();
  try {
    return work();
  } finally {
    statement(db, 'UPDATE sync_state SET capture = 1 WHERE id = 1').run();
  }
}
