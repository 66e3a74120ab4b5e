import { createCaptureTriggers } from '../sync/syncCapture';
import type { Migration } from './migration';

/**
 * What a call leaves as evidence: its append-only history of acts (stage visits, identity checks,
 * solutions tried, escalations, transfers, "not solved" answers) as JSON, and how the caller's
 * identity was checked (JSON `{method, at}`, null when the caller was anonymous or not asked).
 * Calls from before have an empty history. The sync capture triggers of `calls` are made again
 * so that captured rows carry the new columns.
 */
export const migration021: Migration = {
  version: 21,
  name: 'call evidence',
  up(db) {
    db.exec(`
      ALTER TABLE calls ADD COLUMN history TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE calls ADD COLUMN verification TEXT;
      DROP TRIGGER sync_capture_calls_insert;
      DROP TRIGGER sync_capture_calls_update;
    `);
    createCaptureTriggers(db, 'calls', ['id']);
  },
};
