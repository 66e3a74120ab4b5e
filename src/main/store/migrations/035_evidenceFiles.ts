import { createCaptureTriggers } from '../sync/syncCapture';
import type { Migration } from './migration';

/**
 * Complaint evidence taken off a case is marked, never deleted: `case_evidence` gains
 * `removed_at` and `removed_by` (its capture triggers are made again so captured rows carry
 * them). `evidence_uploads` is this desktop's own record of which files the server already holds
 * whole (not synced): a file not listed there is still to be sent, in chunks.
 */
export const migration035: Migration = {
  version: 35,
  name: 'evidence files',
  up(db) {
    db.exec(`
      ALTER TABLE case_evidence ADD COLUMN removed_at INTEGER;
      ALTER TABLE case_evidence ADD COLUMN removed_by TEXT;
      DROP TRIGGER sync_capture_case_evidence_insert;
      DROP TRIGGER sync_capture_case_evidence_update;
      CREATE TABLE evidence_uploads (
        evidence_id TEXT PRIMARY KEY REFERENCES case_evidence(id),
        uploaded_at INTEGER NOT NULL
      );
    `);
    createCaptureTriggers(db, 'case_evidence', ['id']);
  },
};
