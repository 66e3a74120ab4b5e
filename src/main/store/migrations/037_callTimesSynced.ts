import { createCaptureTriggers } from '../sync/syncCapture';
import type { Migration } from './migration';

/**
 * The telephony times migration 022 added to `calls` (softphone call id, ring and answer, total
 * hold time and holds, solution time) were left out of sync: the capture triggers list the
 * columns a table had when they were made. They are made again so that a saved call's row carries
 * them (issue 18: the lead scoring the call on another desktop sees its holds). Calls saved before
 * keep these times on the desktop that saved them only.
 */
export const migration037: Migration = {
  version: 37,
  name: 'call times synced',
  up(db) {
    db.exec(`
      DROP TRIGGER sync_capture_calls_insert;
      DROP TRIGGER sync_capture_calls_update;
    `);
    createCaptureTriggers(db, 'calls', ['id']);
  },
};
