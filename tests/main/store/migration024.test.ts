import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../src/main/store/openDatabase';
import { columnsOf, databaseAt, tablesOf } from '../../support/migrationHarness';

describe('migration 024: return flow, visit bookings, case evidence', () => {
  it('gives returns a state, tracking number and resolution, keeps existing returns open, and adds visits and evidence', () => {
    const db = databaseAt(22);
    db.prepare("INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES ('k1', '王', '13800000000', 1, 1)").run();
    db.prepare("INSERT INTO cases (id, number, customer_id, channel, subject, status, created_at, updated_at) VALUES ('c1', 'N1', 'k1', 'phone', 's', 'new', 1, 1)").run();
    db.prepare("INSERT INTO returns (id, case_id, kind, reason, step, created_at, updated_at) VALUES ('r1', 'c1', 'return', 'qualityDefect', 'requested', 1, 1)").run();
    applyMigrations(db, 24);
    expect(columnsOf(db, 'returns')).toEqual(expect.arrayContaining(['state', 'tracking_number', 'resolution']));
    expect(db.prepare("SELECT state, tracking_number, resolution FROM returns WHERE id = 'r1'").get()).toEqual({ state: 'open', tracking_number: null, resolution: null });
    expect(() => db.prepare("UPDATE returns SET state = 'lost' WHERE id = 'r1'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE returns SET resolution = 'cash' WHERE id = 'r1'").run()).toThrow(/CHECK/);
    expect(tablesOf(db)).toEqual(expect.arrayContaining(['visit_bookings', 'case_evidence']));
    const visit = db.prepare("INSERT INTO visit_bookings (id, case_id, engineer, day, address, duration_minutes, created_at) VALUES (?, 'c1', '陈工', '2026-03-05', '上海', ?, 1)");
    visit.run('v1', 90);
    expect(() => visit.run('v2', 5)).toThrow(/CHECK/);
    const evidence = db.prepare("INSERT INTO case_evidence (id, case_id, file_name, media_type, size_bytes, sha256, added_at) VALUES (?, 'c1', 'a.png', ?, ?, ?, 1)");
    evidence.run('e1', 'image/png', 100, 'a'.repeat(64));
    expect(() => evidence.run('e2', 'application/x-msdownload', 100, 'b'.repeat(64))).toThrow(/CHECK/);
    expect(() => evidence.run('e3', 'image/png', 10 * 1024 * 1024 + 1, 'c'.repeat(64))).toThrow(/CHECK/);
  });
});
