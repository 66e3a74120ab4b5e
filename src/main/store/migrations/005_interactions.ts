import type { Migration } from './migration';

/** Calls with their stages, follow-ups, satisfaction surveys, returns/exchanges and fault diagnoses. */
export const migration005: Migration = {
  version: 5,
  name: 'interactions',
  up(db) {
    db.exec(`
      CREATE TABLE calls (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        agent_id TEXT,
        channel TEXT NOT NULL CHECK (channel IN ('phone', 'chat', 'email', 'walkIn')),
        started_at INTEGER NOT NULL,
        ended_at INTEGER,
        talk_seconds INTEGER NOT NULL DEFAULT 0 CHECK (talk_seconds >= 0),
        acw_seconds INTEGER NOT NULL DEFAULT 0 CHECK (acw_seconds >= 0),
        disposition TEXT,
        stages TEXT NOT NULL DEFAULT '[]'
      );
      CREATE INDEX calls_by_case ON calls(case_id, started_at);
      CREATE INDEX calls_by_agent ON calls(agent_id, started_at);

      CREATE TABLE follow_ups (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        customer_id TEXT REFERENCES customers(id),
        agent_id TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('callback', 'survey', 'visitConfirmation', 'care')),
        due_at INTEGER NOT NULL,
        state TEXT NOT NULL DEFAULT 'due' CHECK (state IN ('due', 'done', 'missed')),
        done_at INTEGER,
        note TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL
      );
      CREATE INDEX follow_ups_by_agent ON follow_ups(agent_id, state, due_at);
      CREATE INDEX follow_ups_by_case ON follow_ups(case_id);

      CREATE TABLE surveys (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        call_id TEXT REFERENCES calls(id),
        score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
        comment TEXT NOT NULL DEFAULT '',
        at INTEGER NOT NULL
      );
      CREATE INDEX surveys_by_case ON surveys(case_id);

      CREATE TABLE returns (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        kind TEXT NOT NULL CHECK (kind IN ('return', 'exchange')),
        reason TEXT NOT NULL CHECK (reason IN ('qualityDefect', 'notAsDescribed', 'noReason7Days', 'other')),
        purchased_at INTEGER,
        cost_bearer TEXT CHECK (cost_bearer IN ('merchant', 'customer', 'special')),
        method TEXT,
        address TEXT,
        step TEXT NOT NULL DEFAULT 'requested',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX returns_by_case ON returns(case_id);

      CREATE TABLE return_steps (
        id TEXT PRIMARY KEY,
        return_id TEXT NOT NULL REFERENCES returns(id),
        step TEXT NOT NULL CHECK (step IN ('requested', 'reviewed', 'methodConfirmed', 'shipped', 'received', 'processed')),
        at INTEGER NOT NULL,
        due_at INTEGER,
        note TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX return_steps_by_return ON return_steps(return_id, at);

      CREATE TABLE fault_diagnoses (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        symptoms TEXT NOT NULL,
        fault_class TEXT CHECK (fault_class IN ('hardware', 'software', 'network')),
        steps_tried TEXT NOT NULL DEFAULT '[]',
        root_cause TEXT,
        remedy TEXT,
        remedy_kind TEXT CHECK (remedy_kind IN ('fix', 'workaround')),
        needs_visit INTEGER NOT NULL DEFAULT 0,
        needs_factory_return INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX fault_diagnoses_by_case ON fault_diagnoses(case_id);
    `);
  },
};
