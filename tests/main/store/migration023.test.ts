import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../src/main/store/openDatabase';
import { columnsOf, databaseAt, tablesOf } from '../../support/migrationHarness';

describe('migration 023: case replies', () => {
  it('adds the case_replies table, checked and captured for sync, keeping existing cases', () => {
    const db = databaseAt(22);
    db.prepare("INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES ('k1', '王', '', 1, 1)").run();
    db.prepare("INSERT INTO cases (id, number, customer_id, channel, subject, status, created_at, updated_at) VALUES ('c1', 'N1', 'k1', 'email', 's', 'new', 1, 1)").run();
    applyMigrations(db, 23);
    expect(tablesOf(db)).toContain('case_replies');
    expect(columnsOf(db, 'case_replies')).toEqual(['id', 'case_id', 'channel', 'body', 'sent_at', 'agent_id', 'template_id', 'external_id', 'created_at']);
    const insert = db.prepare('INSERT INTO case_replies (id, case_id, channel, body, sent_at, created_at) VALUES (?, ?, ?, ?, 10, 10)');
    insert.run('r1', 'c1', 'email', '您好');
    expect(() => insert.run('r2', 'c1', 'phone', '您好')).toThrow(/CHECK/);
    expect(() => insert.run('r3', 'c1', 'chat', '')).toThrow(/CHECK/);
    expect(() => insert.run('r4', 'nope', 'chat', 'x')).toThrow(/FOREIGN KEY/);
    expect(db.prepare("SELECT tbl, op FROM sync_capture WHERE tbl = 'case_replies'").all()).toEqual([{ tbl: 'case_replies', op: 'i' }]);
  });
});
