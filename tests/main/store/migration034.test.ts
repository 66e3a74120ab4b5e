import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../src/main/store/openDatabase';
import { columnsOf, databaseAt } from '../../support/migrationHarness';

describe('migration 034: customer contacts', () => {
  it('marks phones removed instead of deleting them, and the sync capture carries the mark', () => {
    const db = databaseAt(26);
    db.prepare("INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES ('c1', '周女士', '13700001111', 1, 1)").run();
    db.prepare("INSERT INTO customer_phones (customer_id, phone) VALUES ('c1', '13700001111')").run();
    applyMigrations(db, 34);
    expect(columnsOf(db, 'customer_phones')).toContain('removed');
    expect(db.prepare("SELECT removed FROM customer_phones WHERE customer_id = 'c1'").get()).toEqual({ removed: 0 });
    db.prepare('DELETE FROM sync_capture').run();
    db.prepare("UPDATE customer_phones SET removed = 1 WHERE customer_id = 'c1'").run();
    const captured = db.prepare("SELECT tbl, op, new FROM sync_capture WHERE tbl = 'customer_phones'").get() as { tbl: string; op: string; new: string };
    expect(captured.op).toBe('u');
    expect(JSON.parse(captured.new)).toMatchObject({ customer_id: 'c1', phone: '13700001111', removed: 1 });
    expect(() => db.prepare("UPDATE customer_phones SET removed = 2 WHERE customer_id = 'c1'").run()).toThrow(/CHECK/);
  });
});
