import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../src/main/store/openDatabase';
import { columnsOf, databaseAt, tablesOf } from '../../support/migrationHarness';

describe('migration 035: evidence files', () => {
  it('keeps existing evidence on its case, adds the removal mark, and captures it for sync', () => {
    const db = databaseAt(26);
    db.prepare("INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES ('k1', '王', '13800000000', 1, 1)").run();
    db.prepare("INSERT INTO cases (id, number, customer_id, channel, subject, status, created_at, updated_at) VALUES ('c1', 'N1', 'k1', 'phone', 's', 'new', 1, 1)").run();
    db.prepare("INSERT INTO case_evidence (id, case_id, file_name, media_type, size_bytes, sha256, added_at) VALUES ('e1', 'c1', 'a.png', 'image/png', 10, ?, 1)").run('a'.repeat(64));
    applyMigrations(db, 35);
    expect(columnsOf(db, 'case_evidence')).toEqual(expect.arrayContaining(['removed_at', 'removed_by']));
    expect(tablesOf(db)).toContain('evidence_uploads');
    expect(db.prepare("SELECT file_name, removed_at FROM case_evidence WHERE id = 'e1'").get()).toEqual({ file_name: 'a.png', removed_at: null });
    db.prepare('UPDATE sync_state SET capture = 1 WHERE id = 1').run();
    db.prepare('DELETE FROM sync_capture').run();
    db.prepare("UPDATE case_evidence SET removed_at = 5, removed_by = 'a1' WHERE id = 'e1'").run();
    const captured = db.prepare("SELECT op, new FROM sync_capture WHERE tbl = 'case_evidence'").get() as { op: string; new: string };
    expect(captured.op).toBe('u');
    expect(JSON.parse(captured.new)).toMatchObject({ id: 'e1', removed_at: 5, removed_by: 'a1' });
    expect(() => db.prepare("INSERT INTO evidence_uploads (evidence_id, uploaded_at) VALUES ('nope', 1)").run()).toThrow(/FOREIGN KEY/);
  });
});
