import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../src/main/store/openDatabase';
import { columnsOf, databaseAt } from '../../support/migrationHarness';

describe('migration 025: promises', () => {
  it('gives each follow-up what it promised, from the event that scheduled it, and captures the new column for sync', () => {
    const db = databaseAt(22);
    db.prepare("INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES ('k1', '王', '13800000000', 1, 1)").run();
    db.prepare("INSERT INTO cases (id, number, customer_id, channel, subject, status, created_at, updated_at) VALUES ('c1', 'N1', 'k1', 'phone', 's', 'new', 1, 1)").run();
    const follow = db.prepare("INSERT INTO follow_ups (id, case_id, customer_id, kind, due_at, created_at) VALUES (?, 'c1', 'k1', ?, 100, 1)");
    follow.run('f-esc', 'callback');
    follow.run('f-plain', 'callback');
    follow.run('f-visit', 'visitConfirmation');
    follow.run('f-survey', 'survey');
    db.prepare("INSERT INTO timeline_events (id, case_id, kind, at, data) VALUES ('e1', 'c1', 'followUpScheduled', 1, ?)").run(JSON.stringify({ followUpId: 'f-esc', kind: 'callback', reason: 'escalationFeedback' }));
    applyMigrations(db, 25);
    expect(columnsOf(db, 'follow_ups')).toContain('promise');
    const promises = Object.fromEntries((db.prepare('SELECT id, promise FROM follow_ups').all() as { id: string; promise: string | null }[]).map((r) => [r.id, r.promise]));
    expect(promises).toEqual({ 'f-esc': 'escalationFeedback', 'f-plain': 'callback', 'f-visit': 'visitConfirmation', 'f-survey': null });
    expect(() => db.prepare("UPDATE follow_ups SET promise = 'whatever' WHERE id = 'f-plain'").run()).toThrow(/CHECK/);

    db.prepare('DELETE FROM sync_capture').run();
    db.prepare("UPDATE follow_ups SET state = 'missed' WHERE id = 'f-plain'").run();
    const captured = db.prepare("SELECT new FROM sync_capture WHERE tbl = 'follow_ups'").all() as { new: string }[];
    expect(captured.map((c) => JSON.parse(c.new) as Record<string, unknown>)).toEqual([expect.objectContaining({ id: 'f-plain', state: 'missed', promise: 'callback' })]);
  });
});
