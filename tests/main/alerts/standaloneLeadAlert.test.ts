import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/main/store/actor';
import type { CaseSummary } from '../../../src/shared/schemas/case';
import type { LeadAlert, LeadAlertAcknowledgement } from '../../../src/shared/schemas/leadAlerts';
import { fingerprint as dbFingerprint } from '../../support/dbFingerprint';
import { realBridge } from '../../support/realBridge';
import { addTestAccounts, type TestAccount } from '../../support/testAccounts';

type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string; issues?: { path: string; key: string }[] } };

const agent: TestAccount = { id: 'sa-agent', number: '3001', name: '赵敏', role: 'agent', team: '一组' };
const lead: TestAccount = { id: 'sa-lead', number: '3002', name: '钱组长', role: 'lead', team: '一组' };
const otherLead: TestAccount = { id: 'sa-lead-2', number: '3003', name: '孙组长', role: 'lead', team: '二组' };
const actorOf = (a: TestAccount): Actor => ({ agentId: a.id, role: a.role });

const START = Date.UTC(2026, 11, 5, 2, 0);
const major = { customerName: '周先生', customerPhone: '13912345678', channel: 'phone', subject: '投诉：安装师傅损坏地板', scenario: 'complaint', severity: 'major' } as const;

describe('a standalone desktop alerts a lead signed in on it', () => {
  let backend: ReturnType<typeof realBridge>;
  let actor: Actor = actorOf(agent);
  let now = START;
  afterEach(() => backend.close());

  const call = async <T>(channel: string, payload?: unknown, as?: TestAccount) => {
    const before = actor;
    if (as) actor = actorOf(as);
    try {
      return (await backend.services.dispatch(channel, payload)) as Reply<T>;
    } finally {
      actor = before;
    }
  };
  const value = <T>(reply: Reply<T>): T => {
    if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
    return reply.value;
  };

  const setUp = () => {
    now = START;
    actor = actorOf(agent);
    backend = realBridge({ actor: () => actor, now: () => now });
    addTestAccounts(backend.services.rawDb(), [agent, lead, otherLead], 'BR01', START - 60_000);
  };

  it('lists the agent’s major complaint for the lead of the team, with its 30-minute clock, until the lead acknowledges it', async () => {
    setUp();
    const minor = value(await call<CaseSummary>('case:create', { ...major, customerPhone: '13912345679', severity: 'minor' }));
    now += 60_000;
    const saved = value(await call<CaseSummary>('case:create', major));
    expect(minor.id).not.toBe(saved.id);

    now += 5 * 60_000;
    const alerts = value(await call<LeadAlert[]>('alert:list', undefined, lead));
    expect(alerts).toEqual([
      {
        id: expect.any(String),
        topic: 'majorComplaint',
        caseId: saved.id,
        caseNumber: saved.number,
        subject: '投诉：安装师傅损坏地板',
        customerName: '周先生',
        assigneeName: '赵敏',
        raisedAt: START + 60_000,
        feedbackDueAt: START + 60_000 + 30 * 60_000,
        feedbackMinutes: 30,
      },
    ]);
    // Not for the agent, nor for the lead of another team.
    expect(value(await call<LeadAlert[]>('alert:list', undefined, agent))).toEqual([]);
    expect(value(await call<LeadAlert[]>('alert:list', undefined, otherLead))).toEqual([]);

    const ack = value(await call<LeadAlertAcknowledgement>('alert:acknowledge', { id: alerts[0]!.id }, lead));
    expect(ack).toEqual({ id: alerts[0]!.id, caseId: saved.id, acknowledgedAt: now, acknowledgedBy: lead.id });
    expect(value(await call<LeadAlert[]>('alert:list', undefined, lead))).toEqual([]);
    const events = backend.services.rawDb().prepare("SELECT actor_id, at, data FROM timeline_events WHERE case_id = ? AND kind = 'alertAcknowledged'").all(saved.id);
    expect(events).toEqual([{ actor_id: lead.id, at: now, data: JSON.stringify({ alertId: alerts[0]!.id, topic: 'majorComplaint' }) }]);
    // The acknowledgement goes out with the next sync like any other write.
    const outbox = backend.services.rawDb().prepare("SELECT name FROM outbox WHERE name = 'alert.acknowledge'").all();
    expect(outbox).toHaveLength(1);
    // It shows on the case's timeline.
    const detail = value(await call<{ timeline: { kind: string; actorId: string | null }[] }>('case:get', { caseId: saved.id }, lead));
    expect(detail.timeline.find((e) => e.kind === 'alertAcknowledged')).toMatchObject({ actorId: lead.id });
  });

  it('an alert not acknowledged stops showing a day after it was raised', async () => {
    setUp();
    const saved = value(await call<CaseSummary>('case:create', major));
    now += 24 * 3_600_000 - 1;
    expect(value(await call<LeadAlert[]>('alert:list', undefined, lead)).map((a) => a.caseId)).toEqual([saved.id]);
    now += 2;
    expect(value(await call<LeadAlert[]>('alert:list', undefined, lead))).toEqual([]);
  });

  it('refuses bad acknowledgements with a clear error and writes nothing', async () => {
    setUp();
    value(await call<CaseSummary>('case:create', major));
    const [alert] = value(await call<LeadAlert[]>('alert:list', undefined, lead));
    const db = backend.services.rawDb();
    const before = dbFingerprint(db);
    expect(await call('alert:acknowledge', { id: '' }, lead)).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'id', key: 'required' }] } });
    expect(await call('alert:acknowledge', { id: 'no-such-alert' }, lead)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await call('alert:acknowledge', { id: alert!.id }, otherLead)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call('alert:acknowledge', { id: alert!.id }, agent)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // A timeline event that is not a major complaint's escalation is no alert.
    const created = db.prepare("SELECT id FROM timeline_events WHERE kind = 'created' LIMIT 1").get() as { id: string };
    expect(await call('alert:acknowledge', { id: created.id }, lead)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(dbFingerprint(db)).toEqual(before);
  });
});
