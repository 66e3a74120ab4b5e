import { createCaptureTriggers } from '../sync/syncCapture';
import type { Migration } from './migration';

/**
 * Approvals while the customer waits (issue 17): a request beyond the agent's authority made
 * during a call, before the call is saved (so before it has a case), and the lead's decision.
 * Synced (lww, scoped by branch): the lead's desktop pulls it at once on the server's notice, and
 * the agent's call screen reads the decision back. `decided_by` is the lead (who signed the act),
 * `decided_via` how: `live` on the lead's own desktop, `shoulder` on the agent's desktop with the
 * lead's own credentials. `case_id` names the case once there is one (no foreign key: a lead's
 * desktop may pull the request before the case).
 */
export const migration026: Migration = {
  version: 26,
  name: 'live approvals',
  up(db) {
    db.exec(`
      CREATE TABLE approval_requests (
        id TEXT PRIMARY KEY,
        call_ref TEXT NOT NULL,
        case_id TEXT,
        branch_id TEXT,
        team_id TEXT,
        agent_id TEXT,
        customer TEXT NOT NULL DEFAULT '',
        remedy TEXT,
        summary TEXT NOT NULL DEFAULT '',
        requested_at INTEGER NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'granted', 'denied')),
        decided_by TEXT,
        decided_at INTEGER,
        decided_via TEXT CHECK (decided_via IS NULL OR decided_via IN ('live', 'shoulder')),
        reason TEXT NOT NULL DEFAULT '',
        CHECK ((state = 'pending') = (decided_at IS NULL))
      );
      CREATE INDEX approval_requests_by_call ON approval_requests(call_ref, requested_at);
      CREATE INDEX approval_requests_pending ON approval_requests(branch_id, requested_at) WHERE state = 'pending';
    `);
    createCaptureTriggers(db, 'approval_requests', ['id']);
  },
};
