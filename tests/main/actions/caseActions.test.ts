import type { WritableDB } from '../../../src/main/store/db';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localAgent, type Actor } from '../../../src/main/store/actor';
import { getCaseDetail } from '../../../src/main/store/cases/caseDetail';
import { addNote, changeCaseStatus, createCase, updateCase } from '../../../src/main/actions/caseActions';
import { openDatabase } from '../../../src/main/store/openDatabase';
import { saveWrapUp } from '../../../src/main/actions/saveWrapUp';
import { fingerprint } from '../../support/dbFingerprint';
import { makeTempDir } from '../../support/tempDir';
import { sampleWrapUp } from '../../support/wrapUpFixture';

let temp: ReturnType<typeof makeTempDir>;
let db: WritableDB;
let caseId: string;
const T0 = Date.UTC(2026, 10, 22, 2, 0);
const agent: Actor = { agentId: 'a1', role: 'agent' };
const at = (now: number, actor: Actor = agent) => ({ now, actor });

beforeEach(() => {
  temp = makeTempDir();
  db = openDatabase(join(temp.dir, 'store.db'));
  db.exec(`INSERT INTO branches (id, code, name) VALUES ('b1', 'SH01', '上海一部');
           INSERT INTO teams (id, branch_id, name) VALUES ('t1', 'b1', '售后一组');
           INSERT INTO agents (id, number, name, role, branch_id, team_id) VALUES ('a1', '8001', '李明', 'agent', 'b1', 't1'), ('a2', '8002', '周红', 'agent', 'b1', 't1');`);
  caseId = createCase(
    db,
    { customerName: '王女士', customerPhone: '13812345678', channel: 'phone', subject: '洗衣机漏水', scenario: 'afterSales', description: '底部渗水' },
    { ...at(T0), branchCode: 'SH01', utcOffsetMinutes: 480 },
  );
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

const outbox = () => db.prepare('SELECT name, args, hlc FROM outbox ORDER BY seq').all() as { name: string; args: string; hlc: string }[];
const events = (kind: string) => db.prepare('SELECT data, actor_id FROM timeline_events WHERE case_id = ? AND kind = ? ORDER BY at, id').all(caseId, kind) as { data: string; actor_id: string | null }[];

describe('a new case', () => {
  it('is assigned to the acting agent, with team and branch taken from the agent', () => {
    expect(db.prepare('SELECT assignee_id, team_id, branch_id, scenario, priority FROM cases WHERE id = ?').get(caseId)).toEqual({
      assignee_id: 'a1',
      team_id: 't1',
      branch_id: 'b1',
      scenario: 'afterSales',
      priority: 'normal',
    });
  });

  it('is refused, with nothing written, when assigned to an agent who does not exist', () => {
    const before = fingerprint(db);
    expect(() =>
      createCase(db, { customerName: '赵', customerPhone: '13900000000', channel: 'chat', subject: 'x', assigneeId: 'ghost' }, { ...at(T0), branchCode: 'SH01', utcOffsetMinutes: 480 }),
    ).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(fingerprint(db)).toBe(before);
  });
});

describe('editing case fields', () => {
  it('records one event per changed field, one outbox mutation, and stamps each field with its clock', () => {
    updateCase(db, caseId, { priority: 'high', subject: '洗衣机漏水（加急）', product: '滚筒洗衣机 XQG100' }, at(T0 + 1000));
    const detail = getCaseDetail(db, caseId);
    expect(detail).toMatchObject({ priority: 'high', subject: '洗衣机漏水（加急）', product: '滚筒洗衣机 XQG100', updatedAt: T0 + 1000 });
    expect(events('fieldChanged').map((e) => JSON.parse(e.data))).toEqual(
      expect.arrayContaining([
        { field: 'priority', from: 'normal', to: 'high' },
        { field: 'subject', from: '洗衣机漏水', to: '洗衣机漏水（加急）' },
        { field: 'product', from: null, to: '滚筒洗衣机 XQG100' },
      ]),
    );
    const last = outbox().at(-1)!;
    expect(last.name).toBe('case.setFields');
    expect(JSON.parse(last.args)).toEqual({ caseId, fields: { priority: 'high', subject: '洗衣机漏水（加急）', product: '滚筒洗衣机 XQG100' } });
    const clocks = db.prepare("SELECT field, hlc FROM field_clocks WHERE entity = 'case' AND entity_id = ? ORDER BY field").all(caseId);
    expect(clocks).toEqual([
      { field: 'priority', hlc: last.hlc },
      { field: 'product', hlc: last.hlc },
      { field: 'subject', hlc: last.hlc },
    ]);
  });

  it('writes nothing when the values are unchanged', () => {
    const before = fingerprint(db);
    updateCase(db, caseId, { priority: 'normal', subject: '洗衣机漏水' }, at(T0 + 1000));
    expect(fingerprint(db)).toBe(before);
  });

  it('refuses an assignee who does not exist and leaves the case as it was', () => {
    const before = fingerprint(db);
    expect(() => updateCase(db, caseId, { assigneeId: 'ghost', priority: 'urgent' }, at(T0 + 1000))).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(fingerprint(db)).toBe(before);
  });
});

describe('moving a case through its states', () => {
  it('follows the state machine: resolve sets the resolution time, reopen clears it and counts', () => {
    changeCaseStatus(db, { caseId, from: 'new', to: 'inProgress' }, at(T0 + 1000));
    changeCaseStatus(db, { caseId, from: 'inProgress', to: 'resolved', note: '已上门更换进水管' }, at(T0 + 2000));
    expect(db.prepare('SELECT status, resolved_at, reopen_count FROM cases WHERE id = ?').get(caseId)).toEqual({ status: 'resolved', resolved_at: T0 + 2000, reopen_count: 0 });
    changeCaseStatus(db, { caseId, from: 'resolved', to: 'reopened' }, at(T0 + 3000));
    expect(db.prepare('SELECT status, resolved_at, reopen_count FROM cases WHERE id = ?').get(caseId)).toEqual({ status: 'reopened', resolved_at: null, reopen_count: 1 });
    expect(events('statusChanged').map((e) => JSON.parse(e.data))).toEqual([
      { from: 'new', to: 'inProgress' },
      { from: 'inProgress', to: 'resolved', note: '已上门更换进水管' },
      { from: 'resolved', to: 'reopened' },
    ]);
    expect(outbox().filter((m) => m.name === 'case.setStatus').map((m) => JSON.parse(m.args).to)).toEqual(['inProgress', 'resolved', 'reopened']);
  });

  it('refuses a move the state machine does not allow, changing nothing', () => {
    const before = fingerprint(db);
    expect(() => changeCaseStatus(db, { caseId, from: 'new', to: 'reopened' }, at(T0 + 1000))).toThrow(expect.objectContaining({ code: 'invalid_transition' }));
    expect(fingerprint(db)).toBe(before);
  });

  it('refuses a move from a status the case no longer has (someone else moved it), changing nothing', () => {
    changeCaseStatus(db, { caseId, from: 'new', to: 'inProgress' }, at(T0 + 1000));
    const before = fingerprint(db);
    expect(() => changeCaseStatus(db, { caseId, from: 'new', to: 'closed' }, at(T0 + 2000))).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(fingerprint(db)).toBe(before);
  });
});

describe('notes', () => {
  it('append an event and a note.add mutation carrying the event id', () => {
    const eventId = addNote(db, caseId, '客户要求周六上午上门', at(T0 + 1000));
    expect(events('note')).toEqual([{ data: JSON.stringify({ text: '客户要求周六上午上门' }), actor_id: 'a1' }]);
    expect(JSON.parse(outbox().at(-1)!.args)).toEqual({ eventId, caseId, text: '客户要求周六上午上门', at: T0 + 1000 });
  });

  it('on a case that does not exist are refused, writing nothing', () => {
    const before = fingerprint(db);
    expect(() => addNote(db, 'no-such-case', 'x', at(T0))).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(fingerprint(db)).toBe(before);
  });
});

describe('the call wrap-up', () => {
  const wrapUp = (overrides: Record<string, unknown> = {}) => sampleWrapUp(caseId, T0, overrides);

  it('writes case, call, stage events, survey, follow-up and one outbox mutation together', () => {
    const mutationsBefore = outbox().length;
    const result = saveWrapUp(db, wrapUp(), at(T0 + 400_000));
    expect(db.prepare('SELECT status, category, resolution, satisfaction, first_response_at, resolved_at FROM cases WHERE id = ?').get(caseId)).toEqual({
      status: 'resolved',
      category: 'afterSalesRepair',
      resolution: '指导客户调平机身后不再漏水',
      satisfaction: 5,
      first_response_at: T0,
      resolved_at: T0 + 400_000,
    });
    expect(db.prepare('SELECT agent_id, talk_seconds, acw_seconds, disposition FROM calls WHERE id = ?').get(result.callId)).toEqual({ agent_id: 'a1', talk_seconds: 270, acw_seconds: 45, disposition: 'resolved' });
    expect(events('stageCompleted')).toHaveLength(5);
    expect(db.prepare('SELECT score, comment FROM surveys WHERE id = ?').get(result.surveyId)).toEqual({ score: 5, comment: '很耐心' });
    expect(db.prepare('SELECT kind, due_at, state, agent_id FROM follow_ups WHERE id = ?').get(result.followUpId)).toEqual({ kind: 'callback', due_at: T0 + 86_400_000, state: 'due', agent_id: 'a1' });
    expect(events('survey')).toHaveLength(1);
    expect(events('followUpScheduled')).toHaveLength(1);
    expect(events('note')).toHaveLength(1);
    const added = outbox().slice(mutationsBefore).map((m) => m.name);
    expect(added).toEqual(['case.setStatus', 'call.wrapUp']);
  });

  it('stores nothing at all if any part fails', () => {
    db.exec("CREATE TRIGGER no_follow_ups BEFORE INSERT ON follow_ups BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    const before = fingerprint(db);
    expect(() => saveWrapUp(db, wrapUp(), at(T0 + 400_000))).toThrow(/disk full/);
    expect(fingerprint(db)).toBe(before);
  });

  it('refuses a call that ends before it starts, and an unknown case, writing nothing', () => {
    const before = fingerprint(db);
    expect(() => saveWrapUp(db, wrapUp({ call: { ...wrapUp().call, endedAt: T0 - 1 } }), at(T0))).toThrow(expect.objectContaining({ code: 'validation' }));
    expect(() => saveWrapUp(db, wrapUp({ caseId: 'missing' }), at(T0))).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(fingerprint(db)).toBe(before);
  });

  it('uses the local agent when nobody is logged in', () => {
    const result = saveWrapUp(db, wrapUp({ satisfaction: null, followUp: null }), at(T0 + 1, localAgent));
    expect(result.surveyId).toBeNull();
    expect(db.prepare('SELECT agent_id FROM calls WHERE id = ?').get(result.callId)).toEqual({ agent_id: null });
  });
});
