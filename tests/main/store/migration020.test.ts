import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../src/main/store/openDatabase';
import { databaseAt, tablesOf } from '../../support/migrationHarness';

describe('migration 020: local accounts', () => {
  it('adds local accounts with a unique number, a known role and an active flag, keeping existing agents', () => {
    const db = databaseAt(19);
    db.prepare("INSERT INTO branches (id, code, name) VALUES ('b1', 'BR01', '总店')").run();
    db.prepare("INSERT INTO agents (id, number, name, role, branch_id) VALUES ('a1', '1101', '王组长', 'lead', 'b1')").run();
    applyMigrations(db, 20);
    expect(tablesOf(db)).toContain('local_accounts');
    expect(db.prepare('SELECT count(*) FROM agents').pluck().get()).toBe(1);
    const insert = db.prepare('INSERT INTO local_accounts (id, number, name, role, password_hash, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, 1)');
    insert.run('a1', '1101', '王组长', 'lead', 'scrypt$x', 1);
    expect(() => insert.run('a2', '1101', '重号', 'agent', 'scrypt$x', 1)).toThrow(/UNIQUE/);
    expect(() => insert.run('a3', '1103', '越权', 'boss', 'scrypt$x', 1)).toThrow(/CHECK/);
    expect(() => insert.run('a4', '1104', '半停', 'agent', 'scrypt$x', 2)).toThrow(/CHECK/);
  });
});
