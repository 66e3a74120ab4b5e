import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MainServices } from '../../../src/main/services';
import { decideApprovalRequest } from '../../../src/main/store/approvals/approvalRequestRows';
import { appendMutation } from '../../../src/main/store/sync/outbox';
import type { LiveApproval } from '../../../src/shared/schemas/liveApprovals';
import { eventually } from '../../support/noticeListener';
import { realBridge } from '../../support/realBridge';
import { serverDesktop, serverWithOrg, signIn } from '../../support/serverDesktops';
import { TEST_PASSWORD, testAdmin, testAgent, type TestAccount } from '../../support/testAccounts';

type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string; issues?: { path: string; key: string }[] } };
const call = async <T>(services: MainServices, channel: string, payload?: unknown) => (await services.dispatch(channel, payload)) as Reply<T>;
const value = <T>(reply: Reply<T>): T => {
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.value;
};

const request = { callId: 'call-draft-1', caseId: null, customer: '王女士', remedy: 'exchange', summary: '非质量问题的配件免费更换' } as const;

describe('approvals while the customer waits', () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it('live: a request reaches the lead’s desktop through the real server, and the decision comes back to the still-open call', async () => {
    const server = await serverWithOrg();
    cleanups.push(() => server.close());
    const dirs = ['agent', 'lead'].map((n) => join(server.temp.dir, n));
    dirs.forEach((d) => mkdirSync(d));
    const agentDesk = serverDesktop(dirs[0]!, server.url);
    const leadDesk = serverDesktop(dirs[1]!, server.url);
    cleanups.push(() => agentDesk.close(), () => leadDesk.close());
    await signIn(agentDesk, '1001');
    await signIn(leadDesk, '1002');
    // Both have synced once (the org rows) and hold their live notice streams.
    await eventually(() => leadDesk.sync().live() && agentDesk.sync().live() && leadDesk.sync().status().lastSyncAt !== null && agentDesk.sync().status().lastSyncAt !== null, 30_000, 'desktops live');
    expect(value(await call<LiveApproval[]>(leadDesk, 'approval:pending'))).toEqual([]);

    const asked = value(await call<LiveApproval>(agentDesk, 'approval:request', request));
    const askedAt = Date.now();
    expect(asked).toMatchObject({ state: 'pending', callId: 'call-draft-1', agentName: '李明', decidedBy: null });
    const seen = await eventually(async () => value(await call<LiveApproval[]>(leadDesk, 'approval:pending')).find((a) => a.id === asked.id), 30_000, 'request on the lead desktop');
    const visibleMs = Date.now() - askedAt;

    value(await call(leadDesk, 'approval:decide', { id: asked.id, decision: 'grant', reason: '老客户，同意换新' }));
    const decidedAt = Date.now();
    const back = await eventually(async () => value(await call<LiveApproval[]>(agentDesk, 'approval:ofCall', { callId: 'call-draft-1' })).find((a) => a.state !== 'pending'), 30_000, 'decision on the agent desktop');
    const backMs = Date.now() - decidedAt;
    console.log(`live approval over loopback: request visible to the lead after ${visibleMs} ms; decision back in the call after ${backMs} ms`);
    expect(seen).toBeDefined();
    expect(back).toMatchObject({ state: 'granted', deciderName: '王芳', decidedVia: 'live', reason: '老客户，同意换新' });
    expect(value(await call<LiveApproval[]>(leadDesk, 'approval:pending'))).toEqual([]);

    // Decided once: a second decision is a conflict and changes nothing.
    const again = await call(leadDesk, 'approval:decide', { id: asked.id, decision: 'deny', reason: '改主意了' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    // An agent cannot decide (here or on the server).
    expect(await call(agentDesk, 'approval:decide', { id: asked.id, decision: 'deny', reason: '自己批' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('the server refuses a decision an agent’s desktop signs for the agent', async () => {
    const server = await serverWithOrg();
    cleanups.push(() => server.close());
    const dir = join(server.temp.dir, 'agent');
    mkdirSync(dir);
    const agentDesk = serverDesktop(dir, server.url);
    cleanups.push(() => agentDesk.close());
    const agent = await signIn(agentDesk, '1001');
    const asked = value(await call<LiveApproval>(agentDesk, 'approval:request', request));
    await agentDesk.sync().syncNow();
    const db = agentDesk.rawDb();
    db.transaction(() => {
      decideApprovalRequest(db, asked.id, { state: 'granted', decidedBy: agent.id, at: Date.now(), via: 'live', reason: '自己批准' });
      appendMutation(db, 'approval.decideLive', { id: asked.id }, Date.now());
    })();
    const rejected = await eventually(async () => {
      await agentDesk.sync().syncNow();
      const errors = db.prepare("SELECT last_error FROM outbox WHERE state = 'rejected'").pluck().all() as string[];
      return errors.length > 0 && errors;
    }, 30_000, 'decision refused');
    expect(rejected).toEqual([expect.stringMatching(/^forbiddenRole/)]);
  });

  const lead: TestAccount = { id: 'local-lead', number: '3001', name: '赵组长', role: 'lead', team: '一组' };

  it('over the shoulder: the lead decides on the agent’s desktop with their own password, recorded as the lead’s act', async () => {
    const desk = realBridge({ signedIn: testAgent, accounts: [testAdmin, testAgent, lead] });
    cleanups.push(() => desk.close());
    const services = desk.services;
    const asked = value(await call<LiveApproval>(services, 'approval:request', request));
    const db = services.rawDb();
    const before = db.prepare('SELECT * FROM approval_requests').all();
    const outboxBefore = db.prepare('SELECT count(*) FROM outbox').pluck().get();

    // Bad input: a wrong password, an agent's own credentials, a reason too short — refused with a clear code, nothing stored.
    expect(await call(services, 'approval:decideOverShoulder', { id: asked.id, decision: 'grant', reason: '同意', number: '3001', password: 'wrong-password' })).toMatchObject({ ok: false, error: { code: 'bad_credentials' } });
    expect(await call(services, 'approval:decideOverShoulder', { id: asked.id, decision: 'grant', reason: '同意', number: testAgent.number, password: TEST_PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', issues: [{ path: 'number', key: 'notALead' }] },
    });
    expect(await call(services, 'approval:decideOverShoulder', { id: asked.id, decision: 'grant', reason: '好', number: '3001', password: TEST_PASSWORD })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(db.prepare('SELECT * FROM approval_requests').all()).toEqual(before);
    expect(db.prepare('SELECT count(*) FROM outbox').pluck().get()).toBe(outboxBefore);

    const decided = value(await call<LiveApproval>(services, 'approval:decideOverShoulder', { id: asked.id, decision: 'deny', reason: '不符合换新政策，可安排维修', number: '3001', password: TEST_PASSWORD }));
    expect(decided).toMatchObject({ state: 'denied', decidedBy: 'local-lead', deciderName: '赵组长', decidedVia: 'shoulder' });
    // The agent stays signed in; the act and its outbox mutation name the lead.
    expect(value(await call<{ id: string }>(services, 'session:get'))).toMatchObject({ id: testAgent.id });
    const effects = JSON.parse(db.prepare("SELECT effects FROM outbox WHERE name = 'approval.decideLive'").pluck().get() as string) as { f: Record<string, unknown> }[];
    expect(effects[0]!.f).toMatchObject({ decided_by: 'local-lead', state: 'denied', decided_via: 'shoulder' });
  });
});
