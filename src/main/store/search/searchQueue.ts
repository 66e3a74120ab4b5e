import { statement, type ReadableDB, type WritableDB } from '../db';
import { indexArticle, indexCase, indexCustomer, type SearchKind } from './searchIndex';

/** Queues documents for indexing; call inside the transaction that changed them. */
export function queueForIndexing(db: WritableDB, kind: SearchKind, ids: Iterable<string>): void {
  const insert = statement(db, 'INSERT OR IGNORE INTO search_queue (kind, ref_id) VALUES (?, ?)');
  for (const id of ids) insert.run(kind, id);
}

export function searchQueueLength(db: ReadableDB): number {
  return (statement(db, 'SELECT count(*) AS n FROM search_queue').get() as { n: number }).n;
}

const indexers: Record<SearchKind, (db: WritableDB, id: string) => void> = { case: indexCase, customer: indexCustomer, article: indexArticle };

/**
 * Indexes up to `limit` queued documents in one transaction (customers first, so a case's
 * document finds its customer's name); returns how many are left.
 */
export function indexQueued(db: WritableDB, limit: number): number {
  db.transaction(() => {
    const rows = statement(db, "SELECT kind, ref_id FROM search_queue ORDER BY kind = 'case', kind, ref_id LIMIT ?").all(limit) as { kind: SearchKind; ref_id: string }[];
    const remove = statement(db, 'DELETE FROM search_queue WHERE kind = ? AND ref_id = ?');
    for (const row of rows) {
      indexers[row.kind](db, row.ref_id);
      remove.run(row.kind, row.ref_id);
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
