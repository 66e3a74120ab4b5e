import { createCaptureTriggers } from '../sync/syncCapture';
import type { Migration } from './migration';

/**
 * Returns carried to the end, visit bookings and complaint evidence.
 * - `returns` gains its state (open, refused, done), the customer's tracking number and how it
 *   was settled (refund or exchange); each step stays a `return_steps` row with the next step's
 *   due time. The capture triggers of `returns` are made again so captured rows carry the new columns.
 * - `visit_bookings`: an engineer visit with its address and expected duration.
 * - `case_evidence`: photos and receipts attached to a case; the file itself lives in the data
 *   directory under its sha256, this row only names it.
 */
export const migration024: Migration = {
  version: 24,
  name: 'return flow, visits and evidence',
  up(db) {
    db.exec(`
      ALTER TABLE returns ADD COLUMN state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'refused', 'done'));
      ALTER TABLE returns ADD COLUMN tracking_number TEXT;
      ALTER TABLE returns ADD COLUMN resolution TEXT CHECK (resolution IN ('refund', 'exchange'));
      CREATE INDEX returns_open ON returns(state, step);
      DROP TRIGGER sync_capture_returns_insert;
      DROP TRIGGER sync_capture_returns_update;

      CREATE TABLE visit_bookings (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        engineer TEXT NOT NULL,
        day TEXT NOT NULL,
        time_slot TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 15 AND 720),
        created_at INTEGER NOT NULL
      );
      CREATE INDEX visit_bookings_by_case ON visit_bookings(case_id);

      CREATE TABLE case_evidence (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        file_name TEXT NOT NULL,
        media_type TEXT NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
        size_bytes INTEGER NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        added_by TEXT,
        added_at INTEGER NOT NULL
      );
      CREATE INDEX case_evidence_by_case ON case_evidence(case_id, added_at);
    `);
    createCaptureTriggers(db, 'returns', ['id']);
    createCaptureTriggers(db, 'visit_bookings', ['id']);
    createCaptureTriggers(db, 'case_evidence', ['id']);
  },
};
