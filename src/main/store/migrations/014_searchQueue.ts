import type { Migration } from './migration';

/**
 * Documents waiting to be (re-)indexed for search. A large pull (a desktop's first sync brings
 * hundreds of thousands of rows) queues its documents here, in the same transaction as the rows,
 * and the desktop indexes them in small batches afterwards, so the data is there at once and
 * search catches up within seconds — even after a crash in between.
 */
export const migration014: Migration = {
  version: 14,
  name: 'search queue',
  up(db) {
    db.exec(`
      CREATE TABLE search_queue (
        kind TEXT NOT NULL CHECK (kind IN ('case', 'customer', 'article')),
        ref_id TEXT NOT NULL,
        PRIMARY KEY (kind, ref_id)
      ) WITHOUT ROWID;
    `);
  },
};
