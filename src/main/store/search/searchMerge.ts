import { statement, type WritableDB } from '../db';

/**
 * FTS5's merge settings for the search index (migrations 011 and 030), so that no save ever pays
 * for merging the index's segments:
 *  - automerge 0: a write never does incremental merge work;
 *  - crisismerge 64: a write merges a level only once it holds 64 segments (FTS5's default, 16,
 *    made one save in sixteen merge every level-0 segment, and on a freshly seeded store level 0
 *    held the seeded 140 MB segments: one save took 4 s). Maintenance keeps levels far below that;
 *  - usermerge 4: a maintenance step merges a level once it holds 4 segments.
 */
export const SEARCH_MERGE_SETTINGS = { automerge: 0, crisismerge: 64, usermerge: 4 } as const;

export function applySearchMergeSettings(db: WritableDB): void {
  const set = statement(db, 'INSERT INTO search_index (search_index, rank) VALUES (?, CAST(? AS INTEGER))');
  for (const [key, value] of Object.entries(SEARCH_MERGE_SETTINGS)) set.run(key, value);
}

/** The merge settings stored in the index (FTS5 leaves a setting at its default out). */
export function searchMergeSettings(db: WritableDB): Record<string, number> {
  const rows = statement(db, "SELECT k, v FROM search_index_config WHERE k IN ('automerge', 'crisismerge', 'usermerge')").all() as { k: string; v: number }[];
  return Object.fromEntries(rows.map((r) => [r.k, r.v]));
}

/** How much one maintenance step may write: FTS5 leaf pages (~4 KiB each). */
export const MERGE_PAGES_PER_STEP = 64;

/**
 * One bounded, resumable step of merging the search index's segments: FTS5's 'merge' command
 * writes up to `pages` leaf pages (it finishes the term it is on, so a very common term can take
 * it a little past that), and only on a level holding `usermerge` segments or more. A merge left
 * unfinished is recorded in the index and the next step goes on with it. Returns whether the step
 * found any work, so a caller can stop early. Run by startIdleMaintenance, never inside a save.
 */
export function mergeSearchIndex(db: WritableDB, pages = MERGE_PAGES_PER_STEP): boolean {
  // The index's structure record changes exactly when the step merged something.
  const structure = () => (statement(db, 'SELECT block FROM search_index_data WHERE id = 10').get() as { block: Buffer } | undefined)?.block;
  return db.transaction(() => {
    const before = structure();
    statement(db, "INSERT INTO search_index (search_index, rank) VALUES ('merge', CAST(? AS INTEGER))").run(pages);
    const after = structure();
    return !(before && after && before.equals(after));
  })();
}
