import type { Migration } from './migration';

/**
 * Telephony events of a call (ring, answer, hold, resume, transfer, hangup; mute and unmute from
 * the agent's buttons), as a softphone / CTI posts them to the local endpoint or the agent's
 * buttons record them. `call_ref` is the softphone's call id (or the draft's id when no softphone
 * is connected); `case_id` and `call_id` are filled in when the call is saved. Local only: not a
 * synced table. The saved call keeps what the clocks need: ring and answer times, total hold
 * time and holds, and when a solution was told. These columns are local too (the sync capture
 * triggers list the columns calls had when they were made).
 */
export const migration022: Migration = {
  version: 22,
  name: 'call events',
  up(db) {
    db.exec(`
      CREATE TABLE call_events (
        id TEXT PRIMARY KEY,
        call_ref TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('ring', 'answer', 'hold', 'resume', 'transfer', 'hangup', 'mute', 'unmute')),
        at INTEGER NOT NULL,
        received_at INTEGER NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('telephony', 'agent')),
        caller_number TEXT,
        agent_id TEXT,
        data TEXT NOT NULL DEFAULT '{}',
        case_id TEXT,
        call_id TEXT
      );
      CREATE INDEX call_events_by_ref ON call_events(call_ref, at);
      CREATE INDEX call_events_by_case ON call_events(case_id) WHERE case_id IS NOT NULL;

      ALTER TABLE calls ADD COLUMN call_ref TEXT;
      ALTER TABLE calls ADD COLUMN ring_at INTEGER;
      ALTER TABLE calls ADD COLUMN answered_at INTEGER;
      ALTER TABLE calls ADD COLUMN hold_seconds INTEGER NOT NULL DEFAULT 0 CHECK (hold_seconds >= 0);
      ALTER TABLE calls ADD COLUMN hold_count INTEGER NOT NULL DEFAULT 0 CHECK (hold_count >= 0);
      ALTER TABLE calls ADD COLUMN solution_at INTEGER;
    `);
  },
};
