import { createCaptureTriggers } from '../sync/syncCapture';
import type { Migration } from './migration';

/**
 * Quality evaluation (质检, issue 18), all synced:
 *
 * - `quality_scorecards`: scorecard versions a lead or admin saved (criteria as JSON); the built-in
 *   card is version 1 and is not stored. Shared by every branch.
 * - `quality_evaluations`: a lead's scores for one saved call (marks per criterion as JSON, the
 *   weighted score, the scorecard version used) and where the exchange with the agent stands.
 *   Scoped through its case. No foreign keys to calls or cases: a lead's desktop may pull the
 *   evaluation before the call.
 * - `quality_evaluation_events`: the exchange on the evaluation's timeline (scored, acknowledged,
 *   disputed with a comment, answered), append-only.
 * - `quality_actions`: improvement actions agreed after an evaluation, with a due date, to done.
 */
export const migration032: Migration = {
  version: 32,
  name: 'quality evaluation',
  up(db) {
    db.exec(`
      CREATE TABLE quality_scorecards (
        id TEXT PRIMARY KEY,
        version INTEGER NOT NULL CHECK (version >= 1),
        effective_from INTEGER NOT NULL,
        criteria TEXT NOT NULL,
        created_by TEXT,
        created_at INTEGER NOT NULL
      );
      CREATE TABLE quality_evaluations (
        id TEXT PRIMARY KEY,
        call_id TEXT NOT NULL,
        case_id TEXT NOT NULL,
        evaluated_agent_id TEXT,
        scored_by TEXT,
        scorecard_id TEXT NOT NULL,
        scorecard_version INTEGER NOT NULL,
        marks TEXT NOT NULL DEFAULT '[]',
        score REAL CHECK (score IS NULL OR (score >= 0 AND score <= 100)),
        state TEXT NOT NULL DEFAULT 'scored' CHECK (state IN ('scored', 'acknowledged', 'disputed', 'answered')),
        scored_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX quality_evaluations_by_call ON quality_evaluations(call_id);
      CREATE INDEX quality_evaluations_by_agent ON quality_evaluations(evaluated_agent_id, scored_at);
      CREATE INDEX quality_evaluations_by_time ON quality_evaluations(scored_at);
      CREATE TABLE quality_evaluation_events (
        id TEXT PRIMARY KEY,
        evaluation_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('scored', 'rescored', 'acknowledged', 'disputed', 'answered')),
        actor_id TEXT,
        at INTEGER NOT NULL,
        comment TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX quality_evaluation_events_by_evaluation ON quality_evaluation_events(evaluation_id, at);
      CREATE TABLE quality_actions (
        id TEXT PRIMARY KEY,
        evaluation_id TEXT NOT NULL,
        criterion_id TEXT,
        text TEXT NOT NULL,
        due_at INTEGER NOT NULL,
        state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done')),
        created_by TEXT,
        created_at INTEGER NOT NULL,
        done_at INTEGER,
        CHECK ((state = 'done') = (done_at IS NOT NULL))
      );
      CREATE INDEX quality_actions_by_evaluation ON quality_actions(evaluation_id);
      CREATE INDEX quality_actions_open ON quality_actions(due_at) WHERE state = 'open';
    `);
    createCaptureTriggers(db, 'quality_scorecards', ['id']);
    createCaptureTriggers(db, 'quality_evaluations', ['id']);
    createCaptureTriggers(db, 'quality_evaluation_events', ['id']);
    createCaptureTriggers(db, 'quality_actions', ['id']);
  },
};
