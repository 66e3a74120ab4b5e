import type { Migration } from './migration';

/**
 * Saving a case re-indexes it, and each such transaction adds a small segment to the FTS5 index.
 * With FTS5's automatic merging, one save in twenty or so paid for merging segments (up to 60 ms
 * at a million cases, measured); now saves never merge, and mergeSearchIndex does that work in
 * small steps while the desktop is idle (see idleMaintenance.ts).
 */
export const migration011: Migration = {
  version: 11,
  name: 'search merge',
  up(db) {
    db.exec("INSERT INTO search_index (search_index, rank) VALUES ('automerge', 0)");
  },
};
