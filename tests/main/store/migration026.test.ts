import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../src/main/store/openDatabase';
import { columnsOf, databaseAt, tablesOf } from '../../support/migrationHarness';

describe('migration 026: live approvals', () => {
  it('adds approval_requests, whose writes the sync capture records, and keeps a decision consistent', () => {
    const db = databaseAt(22);
    applyMigrations(db, 26);
    expect(tablesOf(db)).toContain('approval_requests');
    expect(columnsOf(db, 'approval_requests')).toEqual(expect.arrayContaining(['call_ref', 'case_id', 'branch_id', 'state', 'decided_by', 'decided_at', 'decided_via', 'reason']));
    const insert = db.prepare("INSERT INTO approval_requests (id, call_ref, requested_at, state, decided_at, decided_via) VALUES (?, 'call-1', 10, ?, ?, ?)");
    insert.run('a1', 'pending', null, null);
    expect(db.prepare("SELECT tbl, op FROM sync_capture WHERE pk = 'a1'").get()).toEqual({ tbl: 'approval_requests', op: 'i' });
    expect(() => insert.run('a2', 'maybe', null, null)).toThrow(/CHECK/);
    expect(() => insert.run('a3', 'granted', null, 'live')).toThrow(/CHECK/); // decided without a time
    expect(() => insert.run('a4', 'pending', 20, null)).toThrow(/CHECK/); // pending with a decision time
    expect(() => insert.run('a5', 'granted', 20, 'email')).toThrow(/CHECK/);
    insert.run('a6', 'denied', 20, 'shoulder');
  });
});
