import { createCaptureTriggers } from '../sync/syncCapture';
import type { Migration } from './migration';

/**
 * Promises kept (issue 17): each follow-up says what it promised the customer (`promise`: a
 * callback, an escalation's feedback, the check after a transfer, the confirmation after an
 * engineer visit, a complaint's handling plan; null for surveys and care contacts). Existing
 * follow-ups get theirs from the event that scheduled them. The sweep that marks follow-ups past
 * their time as missed reads open ones by due time. The sync capture triggers of `follow_ups`
 * are made again so that captured rows carry the new column (the backfill itself is not
 * captured: every desktop derives the same values).
 */
export const migration025: Migration = {
  version: 25,
  name: 'promises',
  up(db) {
    db.exec(`
      DROP TRIGGER IF EXISTS sync_capture_follow_ups_insert;
      DROP TRIGGER IF EXISTS sync_capture_follow_ups_update;
      ALTER TABLE follow_ups ADD COLUMN promise TEXT
        CHECK (promise IS NULL OR promise IN ('callback', 'escalationFeedback', 'transferCheck', 'visitConfirmation', 'complaintPlan'));
      UPDATE follow_ups SET promise = CASE kind
        WHEN 'visitConfirmation' THEN 'visitConfirmation'
        WHEN 'callback' THEN coalesce((
          SELECT json_extract(e.data, '$.reason') FROM timeline_events e
          WHERE e.case_id = follow_ups.case_id AND e.kind = 'followUpScheduled'
            AND json_extract(e.data, '$.followUpId') = follow_ups.id
            AND json_extract(e.data, '$.reason') IN ('escalationFeedback', 'transferCheck')
          LIMIT 1), 'callback')
        END;
      CREATE INDEX follow_ups_open_by_due ON follow_ups(due_at) WHERE state = 'due';
    `);
    createCaptureTriggers(db, 'follow_ups', ['id']);
  },
};
