import type { Migration } from './migration';

/**
 * The call in progress, saved on every change so a crash or a closed window loses nothing. One row
 * per unfinished call; finishing the call deletes it in the same transaction that writes the case.
 * Drafts are this desktop's working state: they are not synced.
 */
export const migration009: Migration = {
  version: 9,
  name: 'call drafts',
  up(db) {
    db.exec(`
      CREATE TABLE call_drafts (
        id TEXT PRIMARY KEY,
        case_id TEXT REFERENCES cases(id),
        data TEXT NOT NULL,
        started_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX call_drafts_by_update ON call_drafts(updated_at DESC);
    `);
  },
};
