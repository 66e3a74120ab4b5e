import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../src/main/store/openDatabase';
import { columnsOf, databaseAt, tablesOf } from '../../support/migrationHarness';

describe('migration 022: call events', () => {
  it('adds the call_events table and the telephony times of a call, keeping existing calls', () => {
    const db = databaseAt(19);
    db.prepare("INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES ('k1', '王', '13800000000', 1, 1)").run();
    db.prepare("INSERT INTO cases (id, number, customer_id, channel, subject, status, created_at, updated_at) VALUES ('c1', 'N1', 'k1', 'phone', 's', 'new', 1, 1)").run();
    db.prepare("INSERT INTO calls (id, case_id, channel, started_at) VALUES ('call1', 'c1', 'phone', 5)").run();
    applyMigrations(db, 22);
    expect(tablesOf(db)).toContain('call_events');
    expect(columnsOf(db, 'calls')).toEqual(expect.arrayContaining(['call_ref', 'ring_at', 'answered_at', 'hold_seconds', 'hold_count', 'solution_at']));
    expect(db.prepare("SELECT ring_at, answered_at, hold_seconds, hold_count FROM calls WHERE id = 'call1'").get()).toEqual({ ring_at: null, answered_at: null, hold_seconds: 0, hold_count: 0 });
    const insert = db.prepare("INSERT INTO call_events (id, call_ref, kind, at, received_at, source) VALUES (?, 'pbx-1', ?, 10, 10, ?)");
    insert.run('e1', 'ring', 'telephony');
    expect(() => insert.run('e2', 'dance', 'telephony')).toThrow(/CHECK/);
    expect(() => insert.run('e3', 'hold', 'somebody')).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE calls SET hold_seconds = -1 WHERE id = 'call1'").run()).toThrow(/CHECK/);
  });
});
