import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MainServices } from '../../../src/main/services';
import type { CaseSummary } from '../../../src/shared/schemas/case';
import type { LeadAlert, LeadAlertAcknowledgement } from '../../../src/shared/schemas/leadAlerts';
import { eventually } from '../../support/noticeListener';
import { serverDesktop, serverWithOrg, signIn } from '../../support/serverDesktops';

type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
const call = async <T>(services: MainServices, channel: string, payload?: unknown) => (await services.dispatch(channel, payload)) as Reply<T>;
const value = <T>(reply: Reply<T>): T => {
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.value;
};

const complaint = (n: number, severity: 'major' | 'minor' = 'major') => ({
  customerName: `客户${n}`,
  customerPhone: `1380013${String(8000 + n).padStart(4, '0')}`,
  channel: 'phone',
  subject: `投诉：第${n}次送修仍未修好`,
  scenario: 'complaint',
  severity,
});

const ROUNDS = 5;

/** Median and maximum of some delays, for the log line. */
const figures = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return `median ${sorted[Math.floor(sorted.length / 2)]} ms, max ${sorted[sorted.length - 1]} ms (${ms.join(', ')})`;
};

describe.each(['sqlite', 'postgres'] as const)('a major complaint alerts the team lead at once (server on %s)', (backend) => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it('reaches the lead’s desktop through the real server, names the case and its 30-minute clock, and an acknowledgement is recorded and synced', async () => {
    const server = await serverWithOrg(backend);
    cleanups.push(() => server.close());
    const dirs = ['agent', 'lead'].map((n) => join(server.temp.dir, n));
    dirs.forEach((d) => mkdirSync(d));
    const agentDesk = serverDesktop(dirs[0]!, server.url);
    const leadDesk = serverDesktop(dirs[1]!, server.url);
    cleanups.push(() => agentDesk.close(), () => leadDesk.close());
    await signIn(agentDesk, '1001');
    const lead = await signIn(leadDesk, '1002');
    await eventually(() => leadDesk.sync().live() && agentDesk.sync().live() && leadDesk.sync().status().lastSyncAt !== null && agentDesk.sync().status().lastSyncAt !== null, 30_000, 'desktops live');
    expect(value(await call<LeadAlert[]>(leadDesk, 'alert:list'))).toEqual([]);

    // A minor complaint raises no alert, even once the lead's desktop has it.
    const minor = value(await call<CaseSummary>(agentDesk, 'case:create', complaint(0, 'minor')));
    await agentDesk.sync().syncNow();
    await eventually(async () => (await call(leadDesk, 'case:get', { caseId: minor.id })).ok, 30_000, 'minor complaint on the lead desktop');
    expect(value(await call<LeadAlert[]>(leadDesk, 'alert:list'))).toEqual([]);

    // Each save reaches the lead's alerts with no poll (the desktops poll hourly here): the save pushes at once, the server notifies.
    const delays: number[] = [];
    const saved: CaseSummary[] = [];
    for (let n = 1; n <= ROUNDS; n++) {
      const savedAt = Date.now();
      const summary = value(await call<CaseSummary>(agentDesk, 'case:create', complaint(n)));
      await eventually(async () => value(await call<LeadAlert[]>(leadDesk, 'alert:list')).some((a) => a.caseId === summary.id), 30_000, `alert ${n} on the lead desktop`);
      delays.push(Date.now() - savedAt);
      saved.push(summary);
    }
    console.log(`major complaint alert over loopback (${backend}): save → alert on the lead's desktop: ${figures(delays)}`);

    const alerts = value(await call<LeadAlert[]>(leadDesk, 'alert:list'));
    expect(alerts.map((a) => a.caseId)).toEqual(saved.map((s) => s.id).reverse()); // newest first
    const newest = alerts[0]!;
    expect(newest).toMatchObject({ topic: 'majorComplaint', caseNumber: saved[ROUNDS - 1]!.number, customerName: `客户${ROUNDS}`, assigneeName: '李明', feedbackMinutes: 30 });
    expect(newest.feedbackDueAt - newest.raisedAt).toBe(30 * 60_000);
    // The escalation clock is the escalation's feedback follow-up, on the lead's desktop too.
    const clock = leadDesk.rawDb().prepare("SELECT due_at, state FROM follow_ups WHERE case_id = ? AND promise = 'escalationFeedback'").get(newest.caseId) as { due_at: number; state: string };
    expect(clock).toEqual({ due_at: newest.feedbackDueAt, state: 'due' });
    // An agent is not alerted.
    expect(value(await call<LeadAlert[]>(agentDesk, 'alert:list'))).toEqual([]);

    // The lead acknowledges: who and when on the case timeline; gone from the lead's alerts; synced to the agent's desktop.
    const ack = value(await call<LeadAlertAcknowledgement>(leadDesk, 'alert:acknowledge', { id: newest.id }));
    expect(ack).toMatchObject({ id: newest.id, caseId: newest.caseId, acknowledgedBy: lead.id });
    expect(value(await call<LeadAlert[]>(leadDesk, 'alert:list')).map((a) => a.id)).not.toContain(newest.id);
    const again = value(await call<LeadAlertAcknowledgement>(leadDesk, 'alert:acknowledge', { id: newest.id }));
    expect(again).toEqual(ack);
    const onAgent = await eventually(
      () => {
        const rows = agentDesk.rawDb().prepare("SELECT actor_id, at, data FROM timeline_events WHERE case_id = ? AND kind = 'alertAcknowledged'").all(newest.caseId) as { actor_id: string; at: number; data: string }[];
        return rows.length > 0 && rows;
      },
      30_000,
      'acknowledgement on the agent desktop',
    );
    expect(onAgent).toHaveLength(1);
    expect(onAgent[0]).toMatchObject({ actor_id: lead.id, at: ack.acknowledgedAt });
    expect(JSON.parse(onAgent[0]!.data)).toEqual({ alertId: newest.id, topic: 'majorComplaint' });
  });
});
