import { statement, type ReadableDB, type WritableDB } from '../db';
import { indexMany, type SearchKind } from './searchIndex';

/** Queues documents for indexing; call inside the transaction that changed them. */
export function queueForIndexing(db: WritableDB, kind: SearchKind, ids: Iterable<string>): void {
  const insert = statement(db, 'INSERT OR IGNORE INTO search_queue (kind, ref_id) VALUES (?, ?)');
  for (const id of ids) insert.run(kind, id);
}

export function searchQueueLength(db: ReadableDB): number {
  return (statement(db, 'SELECT count(*) AS n FROM search_queue').get() as { n: number }).n;
}

/** The order the queue is worked in: articles, customers, then cases (each in id order). */
const kindsInOrder: readonly SearchKind[] = ['article', 'customer', 'case'];

/**
 * Indexes up to `limit` queued documents in one transaction (articles, customers, then cases,
 * each kind in id order, as many at a time: one read of their rows per kind); returns how many
 * are left.
 */
export function indexQueued(db: WritableDB, limit: number): number {
  db.transaction(() => {
    let left = limit;
    for (const kind of kindsInOrder) {
      if (left <= 0) break;
      const ids = statement(db, 'SELECT ref_id FROM search_queue WHERE kind = ? ORDER BY ref_id LIMIT ?').pluck().all(kind, left) as string[];
      if (ids.length === 0) continue;
      indexMany(db, kind, ids);
      // The first ids of this kind, in the queue's key order: exactly those at or below the last one taken.
      statement(db, 'DELETE FROM search_queue WHERE kind = ? AND ref_id <= ?').run(kind, ids.at(-1)!);
      left -= ids.length;
    }
  })();
  return searchQueueLength(db);
}

/** Works the queue down in batches, yielding to the event loop between them (the window stays responsive). */
export async function drainSearchQueue(db: WritableDB, batch = 2_000): Promise<void> {
  while (indexQueued(db, batch) > 0) await new Promise((resolve) => setImmediate(resolve));
}

/** Queues every case, customer and article for indexing (after a bulk load); call inside its transaction. */
export function queueAllForIndexing(db: WritableDB): void {
  db.exec(`INSERT OR IGNORE INTO search_queue (kind, ref_id) SELECT 'customer', id FROM customers;
    INSERT OR IGNORE INTO search_queue (kind, ref_id) SELECT 'case', id FROM cases;
    INSERT OR IGNORE INTO search_queue (kind, ref_id) SELECT 'article', id FROM kb_articles;`);
}
