import type { Migration } from './migration';

/**
 * Team leads' live view and shift reports: indexes so each report section reads only the rows of
 * its time range (cases by creation and resolution time, calls by start, follow-ups by due time,
 * surveys by time, each case's first contact (covering, so first-contact resolution reads no call rows), escalations/transfers/approval requests by kind and time, reopened cases), the
 * open cases nearing their first-response due time, and the agent whose call a draft is (drafts
 * stay on this desktop; the live view shows who is on a call here).
 */
export const migration015: Migration = {
  version: 15,
  name: 'team lead reports',
  up(db) {
    db.exec(`
      ALTER TABLE call_drafts ADD COLUMN agent_id TEXT;

      CREATE INDEX cases_by_created ON cases(created_at);
      CREATE INDEX cases_by_resolved ON cases(resolved_at) WHERE resolved_at IS NOT NULL;
      CREATE INDEX cases_by_response_due ON cases(response_due_at) WHERE first_response_at IS NULL;
      CREATE INDEX cases_reopened ON cases(id) WHERE reopen_count > 0;
      CREATE INDEX calls_by_start ON calls(started_at);
      CREATE INDEX calls_first_contact ON calls(case_id, started_at, ended_at, talk_seconds, acw_seconds);
      CREATE INDEX follow_ups_by_due ON follow_ups(due_at);
      CREATE INDEX surveys_by_time ON surveys(at);
      CREATE INDEX timeline_for_leads ON timeline_events(kind, at) WHERE kind IN ('escalation', 'transfer', 'approvalRequested');
    `);
  },
};
