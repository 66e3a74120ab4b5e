import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MainServices } from '../../../src/main/services';
import type { Incident, IncidentDetail } from '../../../src/shared/schemas/incidents';
import type { Notice } from '../../../src/shared/sync/notices';
import { eventually, listenForNotices, loginOver } from '../../support/noticeListener';
import { ORG_PASSWORD, serverDesktop, serverWithOrg, signIn } from '../../support/serverDesktops';

type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
const call = async <T>(services: MainServices, channel: string, payload?: unknown) => (await services.dispatch(channel, payload)) as Reply<T>;
const value = <T>(reply: Reply<T>): T => {
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.value;
};

describe('an incident reaches the lead through the real server', () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it('reported on the agent’s desktop, it is on the lead’s at once (live notice), and the lead’s acknowledgement comes back', async () => {
    const server = await serverWithOrg();
    cleanups.push(() => server.close());
    const dirs = ['agent', 'lead'].map((n) => join(server.temp.dir, n));
    dirs.forEach((d) => mkdirSync(d));
    const agentDesk = serverDesktop(dirs[0]!, server.url);
    const leadDesk = serverDesktop(dirs[1]!, server.url);
    cleanups.push(() => agentDesk.close(), () => leadDesk.close());
    await signIn(agentDesk, '1001');
    const leadAgent = await signIn(leadDesk, '1002');
    await eventually(() => leadDesk.sync().live() && agentDesk.sync().live() && leadDesk.sync().status().lastSyncAt !== null && agentDesk.sync().status().lastSyncAt !== null, 30_000, 'desktops live');
    expect(value(await call<Incident[]>(leadDesk, 'incident:list'))).toEqual([]);

    // Listen as the lead does: the alert names the incident.
    const login = await loginOver(server.url, '1002', ORG_PASSWORD);
    const listener = listenForNotices(server.url, login.token);
    cleanups.push(() => listener.close());
    await listener.ready;

    const reported = value(await call<IncidentDetail>(agentDesk, 'incident:report', { kind: 'outage', summary: '订单系统查询全部超时' }));
    const reportedAt = Date.now();
    const seen = await eventually(async () => value(await call<Incident[]>(leadDesk, 'incident:list')).find((i) => i.id === reported.id), 30_000, 'incident on the lead desktop');
    console.log(`incident over loopback: on the lead's desktop after ${Date.now() - reportedAt} ms`);
    expect(seen).toMatchObject({ kind: 'outage', state: 'open', reporterName: '李明' });
    const alert = await listener.next((n: Notice) => n.kind === 'alert' && n.topic === 'incidentReported' && n.ref === reported.id, 30_000);
    expect(alert).toMatchObject({ kind: 'alert', topic: 'incidentReported' });

    value(await call(leadDesk, 'incident:move', { id: reported.id, move: 'acknowledge', note: '技术部已在处理' }));
    const back = await eventually(async () => {
      const detail = value(await call<IncidentDetail>(agentDesk, 'incident:get', { id: reported.id }));
      return detail.state === 'acknowledged' && detail;
    }, 30_000, 'acknowledgement on the agent desktop');
    expect(back.timeline.map((e) => [e.kind, e.actorName])).toEqual([
      ['opened', '李明'],
      ['acknowledged', '王芳'],
    ]);
    expect(back.timeline[1]!.actorId).toBe(leadAgent.id);
  });
});
