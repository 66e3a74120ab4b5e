import { applySearchMergeSettings } from '../search/searchMerge';
import { moveToSearchLanes } from '../search/searchIndex';
import { liftSearchSegments } from '../search/searchStructure';
import type { Migration } from './migration';

/**
 * Saves never merge the search index, and customers are searched in a lane of their own:
 *  - the segments already in the index move to high levels of their own, out of reach of the small
 *    segments saves write (searchStructure.ts: on a seeded store one save merged 140 MB, 4 s);
 *  - FTS5's merge settings of searchMerge.ts (crisismerge 64 instead of 16);
 *  - customer and article documents are re-indexed into their kinds' rowid ranges, least
 *    recently changed first, so a search reads the newest matching customers directly.
 * The lift goes first, before this connection has read the index's structure.
 */
export const migration030: Migration = {
  version: 30,
  name: 'search lanes',
  up(db) {
    db.unsafeMode(true);
    try {
      liftSearchSegments(db);
    } finally {
      db.unsafeMode(false);
    }
    applySearchMergeSettings(db);
    moveToSearchLanes(db);
  },
};
