import { createCaptureTriggers } from '../sync/syncCapture';
import type { Migration } from './migration';

/**
 * Incidents and proactive service (issue 18), all synced and scoped by branch.
 *
 * - `incidents`: what an agent reported (kind, a short description) and where it stands
 *   (open → acknowledged → resolved → closed). `reported_by` is the reporter.
 * - `incident_events`: the incident's timeline, append-only: opened, acknowledged, updates,
 *   linked cases (`case_id`), resolved, closed — who (`actor_id`) and when. The moves are a lead's.
 * - `proactive_lists`: a lead's list of customers to contact (care call, survey, post-visit
 *   check), with the script the agents read; built from a filter or imported from a file.
 * - `proactive_contacts`: one customer of a list and the latest outcome of working it
 *   (`worked_by`, `worked_at`, `attempts`). `customer_id` is set when the list came from cases.
 *
 * No foreign keys to cases or customers: a desktop may pull an incident before the case it names.
 */
export const migration033: Migration = {
  version: 33,
  name: 'incidents and proactive lists',
  up(db) {
    db.exec(`
      CREATE TABLE incidents (
        id TEXT PRIMARY KEY,
        branch_id TEXT,
        team_id TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('outage', 'similarComplaints', 'safety', 'other')),
        summary TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'acknowledged', 'resolved', 'closed')),
        reported_by TEXT,
        reported_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX incidents_by_state ON incidents(state, reported_at);
      CREATE TABLE incident_events (
        id TEXT PRIMARY KEY,
        incident_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('opened', 'acknowledged', 'update', 'caseLinked', 'resolved', 'closed')),
        actor_id TEXT,
        at INTEGER NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        case_id TEXT,
        CHECK ((kind = 'caseLinked') = (case_id IS NOT NULL))
      );
      CREATE INDEX incident_events_by_incident ON incident_events(incident_id, at);
      CREATE INDEX incident_events_by_case ON incident_events(case_id) WHERE case_id IS NOT NULL;
      CREATE TABLE proactive_lists (
        id TEXT PRIMARY KEY,
        branch_id TEXT,
        team_id TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('careCall', 'survey', 'postVisit')),
        name TEXT NOT NULL,
        script TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL CHECK (source IN ('filter', 'file')),
        state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
        created_by TEXT,
        created_at INTEGER NOT NULL
      );
      CREATE TABLE proactive_contacts (
        id TEXT PRIMARY KEY,
        list_id TEXT NOT NULL,
        customer_id TEXT,
        name TEXT NOT NULL,
        phone TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        outcome TEXT CHECK (outcome IS NULL OR outcome IN ('reached', 'noAnswer', 'refused', 'done')),
        outcome_note TEXT NOT NULL DEFAULT '',
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        worked_by TEXT,
        worked_at INTEGER,
        CHECK ((outcome IS NULL) = (worked_at IS NULL))
      );
      CREATE INDEX proactive_contacts_by_list ON proactive_contacts(list_id, position);
      CREATE INDEX proactive_contacts_worked ON proactive_contacts(worked_at) WHERE worked_at IS NOT NULL;
    `);
    createCaptureTriggers(db, 'incidents', ['id']);
    createCaptureTriggers(db, 'incident_events', ['id']);
    createCaptureTriggers(db, 'proactive_lists', ['id']);
    createCaptureTriggers(db, 'proactive_contacts', ['id']);
  },
};
