import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../src/shared/result';
import { realBridge } from '../../support/realBridge';
import { TEST_PASSWORD, testAdmin, testAgent, type TestAccount } from '../../support/testAccounts';

const value = <T>(reply: Result<T>): T => {
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.value;
};

const lead: TestAccount = { id: 'local-lead', number: '3001', name: '赵组长', role: 'lead', team: '一组' };

describe('incidents on a standalone desktop', () => {
  let app: ReturnType<typeof realBridge> | null = null;
  afterEach(() => {
    app?.close();
    app = null;
  });

  const signInAs = async (account: TestAccount) => {
    value(await app!.api.logout());
    value(await app!.api.login({ number: account.number, password: TEST_PASSWORD }));
  };

  it('an agent reports one linked to the case on screen; the lead sees it, acknowledges, resolves and closes it; the timeline says who and when', async () => {
    app = realBridge({ signedIn: testAgent, accounts: [testAdmin, testAgent, lead] });
    const api = app.api;
    const made = value(await api.createCase({ customerName: '王女士', customerPhone: '13800138000', channel: 'phone', subject: '冰箱不制冷' }));
    const reported = value(await api.reportIncident({ kind: 'similarComplaints', summary: '半小时内第三个冰箱不制冷的投诉', caseId: made.id }));
    expect(reported).toMatchObject({ state: 'open', kind: 'similarComplaints', reporterName: '测试坐席', caseCount: 1 });
    expect(reported.timeline.map((e) => [e.kind, e.actorName])).toEqual([
      ['opened', '测试坐席'],
      ['caseLinked', '测试坐席'],
    ]);
    expect(reported.cases).toEqual([{ id: made.id, number: made.number, subject: '冰箱不制冷' }]);
    expect(value(await api.listCaseIncidents({ caseId: made.id })).map((i) => i.id)).toEqual([reported.id]);

    // An agent adds what they learn, but cannot move it on.
    value(await api.addIncidentUpdate({ id: reported.id, note: '都是同一批次 BCD-520' }));
    expect(await api.moveIncident({ id: reported.id, move: 'acknowledge' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    await signInAs(lead);
    expect(value(await api.listIncidents({ scope: 'open' })).map((i) => [i.id, i.state])).toEqual([[reported.id, 'open']]);
    value(await api.moveIncident({ id: reported.id, move: 'acknowledge', note: '已通知质量部' }));
    expect(await api.moveIncident({ id: reported.id, move: 'close' })).toMatchObject({ ok: false, error: { code: 'invalid_transition' } });
    value(await api.moveIncident({ id: reported.id, move: 'resolve', note: '批次已召回' }));
    const closed = value(await api.moveIncident({ id: reported.id, move: 'close' }));
    expect(closed.state).toBe('closed');
    expect(closed.timeline.map((e) => [e.kind, e.actorName, e.note])).toEqual([
      ['opened', '测试坐席', '半小时内第三个冰箱不制冷的投诉'],
      ['caseLinked', '测试坐席', ''],
      ['update', '测试坐席', '都是同一批次 BCD-520'],
      ['acknowledged', '赵组长', '已通知质量部'],
      ['resolved', '赵组长', '批次已召回'],
      ['closed', '赵组长', ''],
    ]);
    expect(closed.timeline.every((e) => typeof e.at === 'number')).toBe(true);
    expect(value(await api.listIncidents({ scope: 'open' }))).toEqual([]);
    expect(value(await api.listIncidents({ scope: 'all' }))).toHaveLength(1);
    // Closed: no more updates.
    expect(await api.addIncidentUpdate({ id: reported.id, note: '再补充一句' })).toMatchObject({ ok: false, error: { code: 'invalid_transition' } });
  });

  it('links cases by number from the incident, once each; an unknown number is a clear error', async () => {
    app = realBridge({ signedIn: testAgent });
    const api = app.api;
    const made = value(await api.createCase({ customerName: '李先生', customerPhone: '13900001111', channel: 'phone', subject: '系统查不到订单' }));
    const incident = value(await api.reportIncident({ kind: 'outage', summary: '订单系统查询超时' }));
    value(await api.linkIncidentCase({ id: incident.id, caseNumber: made.number }));
    const twice = value(await api.linkIncidentCase({ id: incident.id, caseId: made.id }));
    expect(twice.caseCount).toBe(1);
    expect(await api.linkIncidentCase({ id: incident.id, caseNumber: 'NOPE-1' })).toMatchObject({ ok: false, error: { code: 'not_found', issues: [{ path: 'caseNumber', key: 'unknownCase' }] } });
  });

  it('refuses bad input with a clear error and stores nothing', async () => {
    app = realBridge({ signedIn: testAgent });
    const api = app.api;
    const db = app.services.rawDb();
    const counts = () => db.prepare('SELECT (SELECT count(*) FROM incidents) AS i, (SELECT count(*) FROM incident_events) AS e, (SELECT count(*) FROM outbox) AS o').get();
    const before = counts();
    expect(await api.reportIncident({ kind: 'outage', summary: '宕机' })).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'summary', key: 'summaryTooShort' }] } });
    expect(await api.reportIncident({ kind: 'meteor' as 'outage', summary: '天上掉下来一块石头' })).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'kind', key: 'invalidChoice' }] } });
    expect(await api.reportIncident({ kind: 'outage', summary: '系统全部宕机了', caseId: 'no-such-case' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(counts()).toEqual(before);
  });

  it('refuses everything when nobody is signed in', async () => {
    app = realBridge({ signedIn: testAgent });
    value(await app.api.logout());
    expect(await app.api.reportIncident({ kind: 'outage', summary: '系统全部宕机了' })).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
  });

  it('writes each act with its outbox mutation, so the next sync carries it', async () => {
    app = realBridge({ signedIn: testAgent });
    const incident = value(await app.api.reportIncident({ kind: 'safety', summary: '门店地面有积水，有人滑倒' }));
    const db = app.services.rawDb();
    const effects = JSON.parse(db.prepare("SELECT effects FROM outbox WHERE name = 'incident.report'").pluck().get() as string) as { t: string; f: Record<string, unknown> }[];
    expect(effects.map((e) => e.t)).toEqual(['incidents', 'incident_events']);
    expect(effects[0]!.f).toMatchObject({ id: incident.id, kind: 'safety', state: 'open', reported_by: testAgent.id });
  });
});
