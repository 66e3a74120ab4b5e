import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase } from '../../../src/main/actions/caseActions';
import { completeFollowUp } from '../../../src/main/actions/followUpActions';
import { markMissedFollowUps, missedEventId, startMissedSweep, type SweepTimer } from '../../../src/main/actions/missedFollowUps';
import { saveWrapUp } from '../../../src/main/actions/saveWrapUp';
import type { Actor } from '../../../src/main/store/actor';
import { caseClockSources } from '../../../src/main/store/cases/caseClockReads';
import { getTeamView } from '../../../src/main/reports/teamView';
import type { WritableDB } from '../../../src/main/store/db';
import { openDatabase } from '../../../src/main/store/openDatabase';
import { caseClocks } from '../../../src/shared/domain/caseClocks';
import { clockFactsOf } from '../../../src/shared/domain/caseClockFacts';
import { fingerprint } from '../../support/dbFingerprint';
import { makeTempDir } from '../../support/tempDir';
import { sampleWrapUp } from '../../support/wrapUpFixture';

let temp: ReturnType<typeof makeTempDir>;
let db: WritableDB;
const T0 = Date.UTC(2026, 10, 22, 2, 0);
const HOUR = 3_600_000;
const agent: Actor = { agentId: 'a1', role: 'agent' };
const ctx = (now: number) => ({ now, actor: agent, branchCode: 'SH01', utcOffsetMinutes: 480 });

beforeEach(() => {
  temp = makeTempDir();
  db = openDatabase(join(temp.dir, 'store.db'));
  db.exec(`INSERT INTO branches (id, code, name) VALUES ('b1', 'SH01', '上海一部');
           INSERT INTO teams (id, branch_id, name) VALUES ('t1', 'b1', '售后一组');
           INSERT INTO agents (id, number, name, role, branch_id, team_id) VALUES ('a1', '8001', '李明', 'agent', 'b1', 't1');`);
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

const newCase = (input: Record<string, unknown> = {}, now = T0) =>
  createCase(db, { customerName: '王女士', customerPhone: '13812345678', channel: 'phone', subject: '洗衣机漏水', scenario: 'afterSales', ...input } as never, ctx(now));
const followUps = (caseId: string) =>
  db.prepare('SELECT id, kind, promise, state, due_at AS dueAt, done_at AS doneAt, agent_id AS agentId FROM follow_ups WHERE case_id = ? ORDER BY due_at, id').all(caseId) as {
    id: string;
    kind: string;
    promise: string | null;
    state: string;
    dueAt: number;
    doneAt: number | null;
    agentId: string | null;
  }[];
const events = (caseId: string, kind: string) => db.prepare('SELECT id, at, data, actor_id FROM timeline_events WHERE case_id = ? AND kind = ? ORDER BY at, id').all(caseId, kind) as { id: string; at: number; data: string; actor_id: string | null }[];
const outboxNames = () => (db.prepare('SELECT name FROM outbox ORDER BY seq').pluck().all() as string[]);

function callbackCase(dueAt: number): { caseId: string; followUpId: string } {
  const caseId = newCase();
  const { followUpId } = saveWrapUp(db, sampleWrapUp(caseId, T0, { followUp: { kind: 'callback', dueAt, note: '回电确认' } }), ctx(T0));
  return { caseId, followUpId: followUpId! };
}

describe('follow-ups past their time are marked missed', () => {
  it('marks an open callback missed only once its time has passed, with one event and one mutation, and a second sweep changes nothing', () => {
    const { caseId, followUpId } = callbackCase(T0 + HOUR);
    expect(markMissedFollowUps(db, T0 + HOUR)).toBe(0);
    expect(followUps(caseId)[0]).toMatchObject({ id: followUpId, promise: 'callback', state: 'due' });

    expect(markMissedFollowUps(db, T0 + HOUR + 1)).toBe(1);
    expect(followUps(caseId)[0]).toMatchObject({ state: 'missed', doneAt: null });
    const missed = events(caseId, 'followUpMissed');
    expect(missed).toEqual([{ id: missedEventId(followUpId), at: T0 + HOUR, data: JSON.stringify({ followUpId, dueAt: T0 + HOUR, promise: 'callback' }), actor_id: null }]);
    expect(outboxNames().at(-1)).toBe('followUp.markMissed');

    const before = fingerprint(db);
    expect(markMissedFollowUps(db, T0 + 5 * HOUR)).toBe(0);
    expect(fingerprint(db)).toBe(before);
  });

  it('leaves a follow-up done on time alone; a missed one done late becomes done and keeps its missed event', () => {
    const kept = callbackCase(T0 + HOUR);
    const late = callbackCase(T0 + HOUR);
    completeFollowUp(db, kept.followUpId, '', { now: T0 + HOUR - 1, actor: agent });
    expect(markMissedFollowUps(db, T0 + 2 * HOUR)).toBe(1);
    expect(followUps(kept.caseId)[0]).toMatchObject({ state: 'done', doneAt: T0 + HOUR - 1 });
    expect(events(kept.caseId, 'followUpMissed')).toEqual([]);
    completeFollowUp(db, late.followUpId, '', { now: T0 + 3 * HOUR, actor: agent });
    expect(followUps(late.caseId)[0]).toMatchObject({ state: 'done', doneAt: T0 + 3 * HOUR });
    expect(events(late.caseId, 'followUpMissed')).toHaveLength(1);
  });

  it('the sweep in main runs on its timer with the injected clock and logs a failure instead of throwing', () => {
    callbackCase(T0 + HOUR);
    let tick: (() => void) | null = null;
    const timer: SweepTimer = { setInterval: (run) => ((tick = run), 1), clearInterval: () => (tick = null) };
    let now = T0;
    const logged: string[] = [];
    const sweep = startMissedSweep({ db, now: () => now, log: (m) => logged.push(m), timer });
    tick!();
    expect(db.prepare("SELECT count(*) FROM follow_ups WHERE state = 'missed'").pluck().get()).toBe(0);
    now = T0 + 2 * HOUR;
    tick!();
    expect(db.prepare("SELECT count(*) FROM follow_ups WHERE state = 'missed'").pluck().get()).toBe(1);
    expect(logged).toEqual(['marked 1 follow-up(s) missed']);
    db.close();
    tick!();
    expect(logged[1]).toBe('the missed follow-up sweep failed');
    sweep.stop();
    expect(tick).toBeNull();
    db = openDatabase(join(temp.dir, 'store.db'));
  });
});

describe('a complaint promises its plan; a major complaint alerts the lead at once', () => {
  it('a complaint case gets a plan follow-up due 48 h after it began, in the same mutation as the case', () => {
    const caseId = newCase({ scenario: 'complaint', severity: 'minor', subject: '安装师傅迟到' });
    expect(followUps(caseId)).toEqual([expect.objectContaining({ kind: 'callback', promise: 'complaintPlan', state: 'due', dueAt: T0 + 48 * HOUR, agentId: 'a1' })]);
    expect(events(caseId, 'escalation')).toEqual([]);
    expect(outboxNames()).toEqual(['customer.create', 'case.create']);
  });

  it('a major complaint is escalated to the team lead when recorded, its feedback promised in 30 minutes as one clock with its follow-up', () => {
    const caseId = newCase({ scenario: 'complaint', severity: 'major', subject: '热水器漏电' });
    const escalation = events(caseId, 'escalation');
    expect(escalation).toHaveLength(1);
    expect(JSON.parse(escalation[0]!.data)).toMatchObject({ target: 'teamLead', reason: 'majorComplaint', feedbackMinutes: 30 });
    expect(followUps(caseId).map((f) => [f.promise, f.dueAt])).toEqual([
      ['escalationFeedback', T0 + 30 * 60_000],
      ['complaintPlan', T0 + 48 * HOUR],
    ]);
    const clocks = caseClocks(clockFactsOf(caseClockSources(db, caseId)!), T0 + 31 * 60_000);
    const promised = clocks.filter((c) => c.id === 'promisedFeedback');
    expect(promised).toHaveLength(1);
    expect(promised[0]).toMatchObject({ dueAt: T0 + 30 * 60_000, stoppedAt: null, state: 'breached' });
    expect(clocks.find((c) => c.id === 'complaintPlan')).toMatchObject({ dueAt: T0 + 48 * HOUR, stoppedAt: null });

    // The feedback is given (the follow-up done): the one clock stops; the sweep later marks nothing for it.
    const feedback = followUps(caseId)[0]!;
    completeFollowUp(db, feedback.id, '', { now: T0 + 20 * 60_000, actor: agent });
    const after = caseClocks(clockFactsOf(caseClockSources(db, caseId)!), T0 + 31 * 60_000).filter((c) => c.id === 'promisedFeedback');
    expect(after[0]).toMatchObject({ stoppedAt: T0 + 20 * 60_000, state: 'met' });
    expect(markMissedFollowUps(db, T0 + HOUR)).toBe(0);
  });

  it('the plan told (its follow-up done) stops the complaint-plan clock', () => {
    const caseId = newCase({ scenario: 'complaint', severity: 'minor' });
    const plan = followUps(caseId)[0]!;
    completeFollowUp(db, plan.id, '', { now: T0 + 5 * HOUR, actor: agent });
    const clock = caseClocks(clockFactsOf(caseClockSources(db, caseId)!), T0 + 6 * HOUR).find((c) => c.id === 'complaintPlan');
    expect(clock).toMatchObject({ stoppedAt: T0 + 5 * HOUR, state: 'met' });
  });

  it('a consultation promises nothing by itself', () => {
    const caseId = newCase({ scenario: 'consultation' });
    expect(followUps(caseId)).toEqual([]);
  });
});

describe('the lead sees what to chase', () => {
  it('the team view lists a major complaint the moment it is recorded, and a missed callback once the sweep marked it', () => {
    const lead = { role: 'lead' as const, agentId: 'L1', teamId: 't1', branchId: 'b1' };
    const complaint = newCase({ scenario: 'complaint', severity: 'major', subject: '热水器漏电' });
    const { caseId } = callbackCase(T0 + HOUR);
    let view = getTeamView(db, lead, 't1', T0 + 60_000, 480);
    expect(view.majorComplaints).toEqual([
      expect.objectContaining({ caseId: complaint, subject: '热水器漏电', escalatedAt: T0, feedbackDueAt: T0 + 30 * 60_000, feedbackState: 'due', assigneeName: '李明' }),
    ]);
    expect(view.missedFollowUps).toEqual([]);

    markMissedFollowUps(db, T0 + 2 * HOUR);
    view = getTeamView(db, lead, 't1', T0 + 2 * HOUR, 480);
    expect(view.missedFollowUps!.map((m) => [m.caseId, m.promise])).toEqual([
      [caseId, 'callback'],
      [complaint, 'escalationFeedback'],
    ]);
    expect(view.majorComplaints![0]!.feedbackState).toBe('missed');
  });
});
