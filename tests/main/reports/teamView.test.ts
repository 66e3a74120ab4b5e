import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/main/store/actor';
import { newCallDraft } from '../../../src/shared/domain/callFlow';
import type { TeamView } from '../../../src/shared/schemas/reports';
import type { RowEffect } from '../../../src/shared/sync/protocol';
import { syncTables } from '../../../src/shared/sync/syncTables';
import { admin, day, lead, seedReportFixture, withoutCapture } from '../../support/reportFixture';
import { realBridge } from '../../support/realBridge';

let actor: Actor = lead;
const app = realBridge({ now: () => day('16:30'), actor: () => actor });
const db = app.services.rawDb();

beforeAll(async () => {
  seedReportFixture(db);
  // 李娜 finished another call at 16:09 (with after-call work); 张伟 is on a call on this desktop now.
  withoutCapture(db, () =>
    db.prepare("INSERT INTO calls (id, case_id, agent_id, channel, started_at, ended_at, talk_seconds, acw_seconds) VALUES ('k9', 'c3', 'a2', 'phone', ?, ?, 180, 60)").run(day('16:05'), day('16:08')),
  );
  actor = { agentId: 'a1', role: 'agent' };
  const saved = await app.api.saveCallDraft({ draft: newCallDraft({ id: 'draft-1', now: day('16:25'), channel: 'phone', callerNumber: '13812345678' }) });
  expect(saved.ok).toBe(true);
  actor = lead;
});
afterAll(() => app.close());

const view = async (teamId: string | null = null) => {
  const reply = await app.api.getTeamView({ teamId });
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  return reply.value;
};
const events = () => db.prepare('SELECT count(*) FROM timeline_events').pluck().get() as number;

describe('the live team view (lead 刘组长 of 售后一组 at 16:30)', () => {
  it("shows each agent's state and current call as far as the store knows", async () => {
    const team = await view();
    expect(team.teamName).toBe('售后一组');
    expect(team.agents.map((a) => [a.name, a.state, a.callsToday, a.openCases])).toEqual([
      ['刘组长', 'inactive', 0, 0],
      ['张伟', 'onCall', 2, 1],
      ['李娜', 'active', 2, 2],
    ]);
    expect(team.agents[1]!.currentCall).toEqual({ channel: 'phone', startedAt: day('16:25'), callerMasked: '138****5678', stage: 'greet' });
    expect(team.agents[2]!.lastCallEndedAt).toBe(day('16:09'));
  });

  it('lists cases about to breach, pending approvals and escalations waiting, of this team only', async () => {
    const team = await view();
    expect(team.breachingSoon).toEqual([expect.objectContaining({ caseId: 'c3', metric: 'resolution', dueAt: day('18:00'), assigneeName: '李娜', customerName: '赵女士' })]);
    // e6 on c1 was granted already; e8 belongs to the other team.
    expect(team.approvals).toEqual([
      { requestId: 'e5', caseId: 'c4', number: 'SH01-20261116-AAA-0004', subject: '冰箱送货太慢', customerName: '王女士', requestedAt: day('20:05'), requestedBy: '李娜', remedy: 'compensation', solution: '补偿 50 元优惠券' },
    ]);
    expect(team.escalations).toEqual([
      { caseId: 'c3', number: 'SH01-20261116-AAA-0003', subject: '洗衣机不脱水，回电 13700002222', kind: 'escalation', target: '二线技术', since: day('14:01'), feedbackDueAt: day('14:31'), assigneeName: '李娜' },
    ]);
    const other = (await app.api.getTeamView({ teamId: 't2' })) as { ok: false; error: { code: string } };
    expect(other.error.code).toBe('forbidden');
  });

  it('lets an admin look at any team', async () => {
    actor = admin;
    try {
      const t2 = await view('t2');
      expect(t2.approvals.map((a) => a.requestId)).toEqual(['e8']);
      expect(t2.agents.map((a) => a.name)).toEqual(['王芳']);
    } finally {
      actor = lead;
    }
  });
});

describe('approval decisions', () => {
  it('writes the decision and its reason to the case timeline with one outbox mutation, in one transaction', async () => {
    const before = events();
    const reply = await app.api.decideApproval({ caseId: 'c4', requestId: 'e5', decision: 'grant', reason: '符合补偿政策' });
    expect(reply.ok).toBe(true);
    expect((reply as { value: TeamView }).value.approvals).toEqual([]);
    expect(events()).toBe(before + 1);
    const event = db.prepare("SELECT kind, at, actor_id, data FROM timeline_events WHERE case_id = 'c4' AND kind IN ('approvalGranted', 'approvalDenied')").get() as { kind: string; at: number; actor_id: string; data: string };
    expect(event).toMatchObject({ kind: 'approvalGranted', at: day('16:30'), actor_id: 'L' });
    expect(JSON.parse(event.data)).toEqual({ requestId: 'e5', remedy: 'compensation', reason: '符合补偿政策' });
    expect(db.prepare("SELECT updated_at FROM cases WHERE id = 'c4'").pluck().get()).toBe(day('16:30'));

    expect(db.prepare('SELECT count(*) FROM sync_capture').pluck().get()).toBe(0);
    const mutation = db.prepare("SELECT args, effects FROM outbox WHERE name = 'approval.decide'").get() as { args: string; effects: string };
    expect(JSON.parse(mutation.args)).toMatchObject({ caseId: 'c4', requestId: 'e5', decision: 'grant', reason: '符合补偿政策' });
    const effects = JSON.parse(mutation.effects) as RowEffect[];
    expect(effects.map((e) => `${e.op} ${e.t}`)).toEqual(['i timeline_events', 'u cases']);
    for (const effect of effects) {
      const columns = syncTables[effect.t as keyof typeof syncTables].columns;
      expect((effect.op === 'i' ? columns.strict() : columns.partial().strict()).safeParse(effect.f).success).toBe(true);
    }
  });

  it('refuses a second decision, a missing reason, another team and agents, changing nothing', async () => {
    const before = events();
    const outbox = db.prepare('SELECT count(*) FROM outbox').pluck().get();
    expect(await app.api.decideApproval({ caseId: 'c4', requestId: 'e5', decision: 'deny', reason: '重复操作' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await app.api.decideApproval({ caseId: 'c4', requestId: 'e5', decision: 'deny', reason: ' x ' })).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'reason', key: 'required' }] } });
    expect(await app.api.decideApproval({ caseId: 'c6', requestId: 'e8', decision: 'grant', reason: '同意退款' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await app.api.decideApproval({ caseId: 'c3', requestId: 'e5', decision: 'grant', reason: '同意退款' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    actor = { agentId: 'a1', role: 'agent' };
    try {
      expect(await app.api.getTeamView({ teamId: null })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await app.api.decideApproval({ caseId: 'c6', requestId: 'e8', decision: 'grant', reason: '同意退款' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    } finally {
      actor = lead;
    }
    expect(events()).toBe(before);
    expect(db.prepare('SELECT count(*) FROM outbox').pluck().get()).toBe(outbox);
  });

  it('an admin denies the other team’s request', async () => {
    actor = admin;
    try {
      const reply = await app.api.decideApproval({ caseId: 'c6', requestId: 'e8', decision: 'deny', reason: '超出退款政策' });
      expect(reply).toMatchObject({ ok: true, value: { teamId: 't2', approvals: [] } });
      expect(db.prepare("SELECT kind FROM timeline_events WHERE case_id = 'c6' ORDER BY at DESC LIMIT 1").pluck().get()).toBe('approvalDenied');
    } finally {
      actor = lead;
    }
  });
});
