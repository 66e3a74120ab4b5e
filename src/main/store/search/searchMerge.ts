import type { WritableDB } from '../db';

/** How much work one merge step may do. */
const PAGES_PER_STEP = 200;

/**
 * One bounded step of merging the search index's small segments (FTS5 'merge': up to
 * PAGES_PER_STEP pages, and only on a level that has gathered 4 segments or more), so saves stay
 * fast (migration 011 turned merging on save off) and searches do not slow down as segments pile up.
 * Run by startIdleMaintenance.
 */
export function mergeSearchIndex(db: WritableDB): void {
  db.exec(`INSERT INTO search_index (search_index, rank) VALUES ('merge', ${PAGES_PER_STEP})`);
}
