import { rebuildSearchIndex } from '../search/searchIndex';
import type { Migration } from './migration';

/**
 * Search across cases, customers and knowledge-base articles. `search_docs` maps each indexed
 * thing to a rowid; `search_index` is a contentless FTS5 table holding only tokens made by
 * shared/domain/searchTokens (bigrams for Chinese, words, identifier trigrams), so it stores no
 * personal data in readable form. A re-indexed document gets a new, higher rowid: rowid order is
 * recency order, which bounds ranking to the newest matches. Existing data is indexed here.
 */
export const migration008: Migration = {
  version: 8,
  name: 'search',
  up(db) {
    db.exec(`
      CREATE TABLE search_docs (
        rowid INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('case', 'customer', 'article')),
        ref_id TEXT NOT NULL,
        UNIQUE (kind, ref_id)
      );
      CREATE VIRTUAL TABLE search_index USING fts5(
        title, body, ids,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2'
      );
    `);
    rebuildSearchIndex(db);
  },
};
