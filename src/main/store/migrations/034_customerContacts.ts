import { createCaptureTriggers } from '../sync/syncCapture';
import type { Migration } from './migration';

/**
 * A customer's several phones can be removed as well as added (issue 17, contacts in customer 360).
 * Sync has no deletes, so a removed phone stays as a row marked `removed = 1`: two desktops that
 * add and remove phones converge field by field like every other synced row, and adding the same
 * number again clears the mark. The capture triggers of `customer_phones` are made again so that
 * captured rows carry the new column.
 */
export const migration034: Migration = {
  version: 34,
  name: 'customer contacts',
  up(db) {
    db.exec(`
      ALTER TABLE customer_phones ADD COLUMN removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1));
      DROP TRIGGER sync_capture_customer_phones_insert;
      DROP TRIGGER sync_capture_customer_phones_update;
    `);
    createCaptureTriggers(db, 'customer_phones', ['customer_id', 'phone']);
  },
};
