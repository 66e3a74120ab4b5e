import type { WritableDB } from '../../../src/main/store/db';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/main/store/actor';
import { getCaseDetail } from '../../../src/main/store/cases/caseDetail';
import { createCase } from '../../../src/main/actions/caseActions';
import { openDatabase } from '../../../src/main/store/openDatabase';
import { saveWrapUp } from '../../../src/main/actions/saveWrapUp';
import { makeTempDir } from '../../support/tempDir';
import { sampleWrapUp } from '../../support/wrapUpFixture';

let temp: ReturnType<typeof makeTempDir>;
let db: WritableDB;
let caseId: string;
const T0 = Date.UTC(2026, 10, 22, 2, 0);
const agent: Actor = { agentId: 'a1', role: 'agent' };

beforeEach(() => {
  temp = makeTempDir();
  db = openDatabase(join(temp.dir, 'store.db'));
  db.exec(`INSERT INTO branches (id, code, name) VALUES ('b1', 'SH01', '上海一部');
           INSERT INTO agents (id, number, name, role, branch_id) VALUES ('a1', '8001', '李明', 'agent', 'b1');`);
  caseId = createCase(db, { customerName: '王女士', customerPhone: '13812345678', channel: 'phone', subject: '洗衣机漏水', scenario: 'returnExchange' }, { now: T0, actor: agent, branchCode: 'SH01', utcOffsetMinutes: 480 });
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

/** A return with its first two steps, as the call screen and the review write them. */
function insertReturn(id: string, createdAt: number) {
  db.prepare(
    `INSERT INTO returns (id, case_id, kind, reason, purchased_at, cost_bearer, method, address, step, created_at, updated_at)
     VALUES (?, ?, 'exchange', 'qualityDefect', ?, 'merchant', '上门取件', '上海市浦东新区世纪大道100号8楼', 'reviewed', ?, ?)`,
  ).run(id, caseId, createdAt - 86_400_000, createdAt, createdAt + 3_600_000);
  db.prepare("INSERT INTO return_steps (id, return_id, step, at, due_at, note) VALUES (?, ?, 'requested', ?, ?, '')").run(`${id}-s1`, id, createdAt, createdAt + 86_400_000);
  db.prepare("INSERT INTO return_steps (id, return_id, step, at, due_at, note) VALUES (?, ?, 'reviewed', ?, ?, '同意换货')").run(`${id}-s2`, id, createdAt + 3_600_000, createdAt + 8 * 86_400_000);
}

describe('the case detail read', () => {
  it('carries the calls, follow-ups, surveys and returns of the case, newest or soonest first', () => {
    saveWrapUp(db, sampleWrapUp(caseId, T0 + 60_000, { status: 'inProgress' }), { now: T0 + 400_000, actor: agent });
    saveWrapUp(db, sampleWrapUp(caseId, T0 + 7_200_000, { status: 'inProgress', satisfaction: { score: 3, comment: '等太久' }, followUp: { kind: 'survey', dueAt: T0 + 3_600_000, note: '' } }), {
      now: T0 + 7_600_000,
      actor: agent,
    });
    insertReturn('r1', T0 + 1000);
    insertReturn('r2', T0 + 2000);

    const detail = getCaseDetail(db, caseId);
    expect(detail.calls.map((c) => c.startedAt)).toEqual([T0 + 7_200_000, T0 + 60_000]);
    expect(detail.calls[0]).toMatchObject({ channel: 'phone', agentName: '李明', talkSeconds: 270, acwSeconds: 45, disposition: 'resolved', endedAt: T0 + 7_500_000 });
    expect(detail.followUps.map((f) => [f.kind, f.dueAt, f.state])).toEqual([
      ['survey', T0 + 3_600_000, 'due'],
      ['callback', T0 + 60_000 + 86_400_000, 'due'],
    ]);
    expect(detail.surveys.map((s) => [s.score, s.comment])).toEqual([
      [3, '等太久'],
      [5, '很耐心'],
    ]);
    expect(detail.returns.map((r) => r.id)).toEqual(['r2', 'r1']);
    expect(detail.returns[0]).toMatchObject({ kind: 'exchange', reason: 'qualityDefect', costBearer: 'merchant', method: '上门取件', step: 'reviewed' });
    expect(detail.returns[0]!.steps).toEqual([
      { step: 'requested', at: T0 + 2000, dueAt: T0 + 2000 + 86_400_000, note: '', deadline: null, breached: false },
      { step: 'reviewed', at: T0 + 2000 + 3_600_000, dueAt: T0 + 2000 + 8 * 86_400_000, note: '同意换货', deadline: T0 + 2000 + 86_400_000, breached: false },
    ]);
    expect(detail.returns[0]).toMatchObject({ state: 'open', trackingNumber: null, resolution: null });
  });

  it('masks the return address and the customer: no personal data leaves in clear', () => {
    insertReturn('r1', T0 + 1000);
    const detail = getCaseDetail(db, caseId);
    expect(detail.returns[0]!.addressMasked).toBe('上海市浦东新****');
    expect(detail.customer.phoneMasked).toBe('138****5678');
    const json = JSON.stringify(detail);
    expect(json).not.toContain('13812345678');
    expect(json).not.toContain('世纪大道');
  });

  it('has empty lists for a case with nothing linked yet', () => {
    expect(getCaseDetail(db, caseId)).toMatchObject({ calls: [], followUps: [], surveys: [], returns: [], timelineTotal: 1 });
  });

  it('sends the 500 newest timeline events of a long case and counts them all', () => {
    const insert = db.prepare("INSERT INTO timeline_events (id, case_id, kind, at, data, actor_id) VALUES (?, ?, 'note', ?, ?, 'a1')");
    db.transaction(() => {
      for (let i = 0; i < 620; i++) insert.run(`n${String(i).padStart(4, '0')}`, caseId, T0 + (i + 1) * 1000, JSON.stringify({ text: `备注 ${i}` }));
    })();
    const detail = getCaseDetail(db, caseId);
    expect(detail.timeline).toHaveLength(500);
    expect(detail.timelineTotal).toBe(621);
    expect(detail.timeline[0]!.data).toEqual({ text: '备注 619' });
    expect(detail.timeline.every((e, i, all) => i === 0 || all[i - 1]!.at >= e.at)).toBe(true);
  });
});
