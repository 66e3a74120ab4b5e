import { createCaptureTriggers } from '../sync/syncCapture';
import type { Migration } from './migration';

/**
 * Tags on cases (bulk "add tag" in the case list). The sync capture triggers of `cases` are made
 * again so that captured rows carry the new column.
 */
export const migration016: Migration = {
  version: 16,
  name: 'case tags',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
      DROP TRIGGER sync_capture_cases_insert;
      DROP TRIGGER sync_capture_cases_update;
    `);
    createCaptureTriggers(db, 'cases', ['id']);
  },
};
