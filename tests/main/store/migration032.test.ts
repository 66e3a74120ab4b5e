import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../src/main/store/openDatabase';
import { columnsOf, databaseAt, tablesOf } from '../../support/migrationHarness';

describe('migration 032: quality evaluation', () => {
  it('adds the scorecard, evaluation, exchange and action tables, captured for sync, with their checks', () => {
    const db = databaseAt(30);
    applyMigrations(db, 32);
    expect(tablesOf(db)).toEqual(expect.arrayContaining(['quality_scorecards', 'quality_evaluations', 'quality_evaluation_events', 'quality_actions']));
    expect(columnsOf(db, 'quality_evaluations')).toEqual(expect.arrayContaining(['call_id', 'case_id', 'evaluated_agent_id', 'scored_by', 'scorecard_version', 'marks', 'score', 'state']));
    const evaluation = db.prepare("INSERT INTO quality_evaluations (id, call_id, case_id, scorecard_id, scorecard_version, score, state, scored_at, updated_at) VALUES (?, 'k1', 'c1', 'card', 1, ?, ?, 10, 10)");
    evaluation.run('e1', 80.5, 'scored');
    expect(db.prepare("SELECT tbl, op FROM sync_capture WHERE pk = 'e1'").get()).toEqual({ tbl: 'quality_evaluations', op: 'i' });
    expect(() => evaluation.run('e2', 101, 'scored')).toThrow(/CHECK/);
    expect(() => evaluation.run('e3', 50, 'rejected')).toThrow(/CHECK/);
    const event = db.prepare("INSERT INTO quality_evaluation_events (id, evaluation_id, kind, at) VALUES (?, 'e1', ?, 20)");
    event.run('v1', 'disputed');
    expect(() => event.run('v2', 'deleted')).toThrow(/CHECK/);
    const action = db.prepare("INSERT INTO quality_actions (id, evaluation_id, text, due_at, state, created_at, done_at) VALUES (?, 'e1', '复习', 100, ?, 10, ?)");
    action.run('q1', 'open', null);
    expect(() => action.run('q2', 'done', null)).toThrow(/CHECK/); // done without a time
    expect(() => action.run('q3', 'open', 50)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO quality_scorecards (id, version, effective_from, criteria, created_at) VALUES ('s', 0, 0, '[]', 0)").run()).toThrow(/CHECK/);
  });
});
