import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../src/main/store/openDatabase';
import { columnsOf, databaseAt, tablesOf } from '../../support/migrationHarness';

describe('migration 031: policies', () => {
  it('adds policies, whose rows the sync capture records, refusing an unknown kind, version 1 or a body that is not JSON', () => {
    const db = databaseAt(30);
    applyMigrations(db, 31);
    expect(tablesOf(db)).toContain('policies');
    expect(columnsOf(db, 'policies')).toEqual(['id', 'kind', 'version', 'effective_from', 'body', 'note', 'author_id', 'created_at']);
    const insert = db.prepare('INSERT INTO policies (id, kind, version, effective_from, body, created_at) VALUES (?, ?, ?, 100, ?, 50)');
    insert.run('p1', 'slaTargets', 2, '{"clocks":[]}');
    expect(db.prepare("SELECT tbl, op FROM sync_capture WHERE pk = 'p1'").get()).toEqual({ tbl: 'policies', op: 'i' });
    expect(() => insert.run('p2', 'holidays', 2, '{}')).toThrow(/CHECK/);
    expect(() => insert.run('p3', 'slaTargets', 1, '{}')).toThrow(/CHECK/);
    expect(() => insert.run('p4', 'businessCalendar', 3, 'not json')).toThrow(/CHECK/);
  });
});
