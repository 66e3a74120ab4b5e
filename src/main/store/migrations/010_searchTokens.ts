import { rebuildSearchIndex } from '../search/searchIndex';
import type { Migration } from './migration';

/**
 * Re-indexes everything after a tokenizer fix: a word of Latin letters or digits used to run on
 * into the Chinese right after it ("XQG120的使用方法" was one token), so such text could not be found
 * by its Chinese part. The schema is unchanged.
 */
export const migration010: Migration = {
  version: 10,
  name: 'search tokens',
  up(db) {
    rebuildSearchIndex(db);
  },
};
