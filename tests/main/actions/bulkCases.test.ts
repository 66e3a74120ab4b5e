import type { WritableDB } from '../../../src/main/store/db';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bulkUpdateCases } from '../../../src/main/actions/bulkUpdateCases';
import { listCases } from '../../../src/main/store/cases/caseReads';
import { changeCaseStatus, createCase } from '../../../src/main/actions/caseActions';
import { openDatabase } from '../../../src/main/store/openDatabase';
import { savedViewQuery } from '../../../src/shared/domain/savedViews';
import type { RowEffect } from '../../../src/shared/sync/protocol';
import { fingerprint } from '../../support/dbFingerprint';
import { makeTempDir } from '../../support/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let db: WritableDB;
let ids: string[];
const T0 = Date.UTC(2026, 10, 23, 2, 0);
const ctx = (now = T0) => ({ now, actor: { agentId: 'a1', role: 'agent' as const }, branchCode: 'SH01', utcOffsetMinutes: 480 });

beforeEach(() => {
  temp = makeTempDir();
  db = openDatabase(join(temp.dir, 'store.db'));
  db.exec(`INSERT INTO branches (id, code, name) VALUES ('b1', 'SH01', '上海一部');
           INSERT INTO agents (id, number, name, role, branch_id) VALUES ('a1', '8001', '李明', 'agent', 'b1'), ('a2', '8002', '周红', 'agent', 'b1');`);
  ids = ['洗衣机漏水', '冰箱不制冷', '电视无信号'].map((subject, i) => createCase(db, { customerName: `客户${i}`, customerPhone: `1380000000${i}`, channel: 'phone', subject }, ctx(T0 + i)));
  changeCaseStatus(db, { caseId: ids[2]!, from: 'new', to: 'closed' }, ctx(T0 + 10));
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

describe('bulk actions on selected cases', () => {
  it('assigns many cases at once, each with its event and outbox mutation', () => {
    const outboxBefore = (db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;
    expect(bulkUpdateCases(db, ids, { kind: 'assign', assigneeId: 'a2' }, ctx(T0 + 100))).toEqual(ids.map((caseId) => ({ caseId, ok: true })));
    expect(db.prepare('SELECT DISTINCT assignee_id FROM cases').all()).toEqual([{ assignee_id: 'a2' }]);
    expect((db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n - outboxBefore).toBe(3);
  });

  it('moves the cases the state machine allows and reports the others, unchanged', () => {
    const results = bulkUpdateCases(db, ids, { kind: 'status', to: 'inProgress' }, ctx(T0 + 100));
    expect(results).toEqual([
      { caseId: ids[0], ok: true },
      { caseId: ids[1], ok: true },
      { caseId: ids[2], ok: false, code: 'invalid_transition' },
    ]);
    expect(db.prepare('SELECT status FROM cases WHERE id = ?').get(ids[2])).toEqual({ status: 'closed' });
  });

  it('adds a tag once, and syncs it as a row effect', () => {
    bulkUpdateCases(db, ids.slice(0, 2), { kind: 'tag', tag: 'VIP' }, ctx(T0 + 100));
    bulkUpdateCases(db, ids.slice(0, 1), { kind: 'tag', tag: 'VIP' }, ctx(T0 + 200));
    expect(db.prepare('SELECT tags FROM cases WHERE id = ?').get(ids[0])).toEqual({ tags: '["VIP"]' });
    const last = db.prepare("SELECT effects FROM outbox WHERE name = 'case.addTag' ORDER BY seq DESC LIMIT 1").get() as { effects: string };
    expect((JSON.parse(last.effects) as RowEffect[]).find((e) => e.t === 'cases')).toMatchObject({ op: 'u', f: { tags: '["VIP"]' }, o: { tags: '[]' } });
  });

  it('reports a case that does not exist, and an agent who does not exist, and changes nothing', () => {
    const before = fingerprint(db);
    const results = bulkUpdateCases(db, [ids[0]!, 'missing'], { kind: 'assign', assigneeId: 'ghost' }, ctx());
    expect(results).toEqual([
      { caseId: ids[0], ok: false, code: 'not_found' },
      { caseId: 'missing', ok: false, code: 'not_found' },
    ]);
    expect(fingerprint(db)).toBe(before);
  });
});

describe('saved views', () => {
  it('"my open cases" lists the signed-in agent’s open cases; "waiting for customer" the waiting ones', () => {
    bulkUpdateCases(db, ids, { kind: 'assign', assigneeId: 'a1' }, ctx(T0 + 100));
    bulkUpdateCases(db, [ids[1]!], { kind: 'status', to: 'waitingCustomer' }, ctx(T0 + 200));
    const mine = listCases(db, { limit: 50, ...savedViewQuery('myOpen', 'a1') }, T0);
    expect(mine.rows.map((r) => r.subject).sort()).toEqual(['冰箱不制冷', '洗衣机漏水']);
    expect(listCases(db, { limit: 50, ...savedViewQuery('waitingCustomer', 'a1') }, T0).rows.map((r) => r.subject)).toEqual(['冰箱不制冷']);
  });

  it('"breaching soon" lists open cases past or near their resolution time, most urgent first', () => {
    const due = (db.prepare('SELECT resolution_due_at AS due FROM cases WHERE id = ?').get(ids[0]) as { due: number }).due;
    const rows = listCases(db, { limit: 50, ...savedViewQuery('breachingSoon', null) }, due - 60_000).rows;
    expect(rows.map((r) => r.id)).toContain(ids[0]);
    expect(rows.map((r) => r.id)).not.toContain(ids[2]); // closed
  });
});
