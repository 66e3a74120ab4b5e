import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildServerApp } from '../../src/server/http/buildServerApp';
import { createAgent, createBranch } from '../../src/server/org/orgWrites';
import type { RowEffect } from '../../src/shared/sync/protocol';
import { makeTempDir } from '../support/tempDir';
import { backends, openFreshServerDb, useFastScrypt, type TestServerDb } from './serverTestDb';

/** The server's role checks for incidents and proactive lists (issue 18): agents report and update, leads move; leads build lists, agents record outcomes. */
const T0 = Date.UTC(2026, 11, 5, 1, 0);
const PASSWORD = 'branch-office-1';

type Row = Record<string, string | number | null>;
interface Desk {
  token: string;
  agentId: string;
  branchId: string;
  clientId: string;
  deviceSecret: string;
  seq: number;
}

const ins = (t: string, k: string, f: Row): RowEffect => ({ t, k, op: 'i', f });
const upd = (t: string, k: string, f: Row, o: Row): RowEffect => ({ t, k, op: 'u', f, o });
const incident = (id: string, branchId: string, reportedBy: string, state = 'open'): Row => ({
  id, branch_id: branchId, team_id: null, kind: 'outage', summary: '订单系统查询超时', state, reported_by: reportedBy, reported_at: T0, updated_at: T0,
});
const incidentEvent = (id: string, incidentId: string, kind: string, actorId: string | null, caseId: string | null = null): Row => ({ id, incident_id: incidentId, kind, actor_id: actorId, at: T0, note: '', case_id: caseId });
const list = (id: string, branchId: string, createdBy: string): Row => ({
  id, branch_id: branchId, team_id: null, kind: 'careCall', name: '冬季关怀', script: '您好', source: 'file', state: 'open', created_by: createdBy, created_at: T0,
});
const contact = (id: string, listId: string): Row => ({
  id, list_id: listId, customer_id: null, name: '王女士', phone: '13800138000', note: '', position: 0, outcome: null, outcome_note: '', attempts: 0, worked_by: null, worked_at: null,
});

describe.each(backends)('role checks for incidents and proactive lists (%s)', (backend) => {
  let temp: ReturnType<typeof makeTempDir>;
  let server: TestServerDb;
  let app: FastifyInstance;
  let agent: Desk;
  let lead: Desk;
  let other: Desk; // an agent of another branch

  const signIn = async (number: string, clientId: string, deviceSecret = randomBytes(32).toString('hex')): Promise<Desk> => {
    const response = await app.inject({ method: 'POST', url: '/auth/login', payload: { number, password: PASSWORD, clientId, deviceSecret } });
    expect(response.statusCode).toBe(200);
    const body = response.json() as { token: string; agent: { id: string; branchId: string } };
    return { token: body.token, agentId: body.agent.id, branchId: body.agent.branchId, clientId, deviceSecret, seq: 0 };
  };
  const push = async (desk: Desk, ...effects: RowEffect[]) => {
    desk.seq += 1;
    const mutation = { seq: desk.seq, id: randomUUID(), name: 'test.write', args: {}, hlc: `${String(T0 + desk.seq).padStart(15, '0')}-00000-${desk.clientId}`, effects };
    const response = await app.inject({ method: 'POST', url: '/sync/push', headers: { authorization: `Bearer ${desk.token}` }, payload: { clientId: desk.clientId, deviceSecret: desk.deviceSecret, mutations: [mutation] } });
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { results: { seq: number; status: string; reason?: string }[] }).results[0]!;
  };
  const applied = async (desk: Desk, ...effects: RowEffect[]) => expect(await push(desk, ...effects)).toEqual({ seq: desk.seq, status: 'applied' });
  const rejected = async (code: string, desk: Desk, ...effects: RowEffect[]) => {
    const result = await push(desk, ...effects);
    expect(result.status).toBe('rejected');
    expect(result.reason).toMatch(new RegExp(`^${code}: `));
  };

  beforeAll(useFastScrypt);
  beforeEach(async () => {
    temp = makeTempDir();
    server = await openFreshServerDb(backend, temp.dir);
    await createBranch(server.db, { code: 'SH01', name: '上海一店' });
    await createBranch(server.db, { code: 'BJ01', name: '北京一店' });
    await createAgent(server.db, { number: '1001', name: '张敏', role: 'agent', branch: 'SH01', password: PASSWORD }, T0);
    await createAgent(server.db, { number: '1101', name: '王组长', role: 'lead', branch: 'SH01', password: PASSWORD }, T0);
    await createAgent(server.db, { number: '2001', name: '刘洋', role: 'agent', branch: 'BJ01', password: PASSWORD }, T0);
    app = buildServerApp({ db: server.db, now: () => T0 + 60_000 });
    agent = await signIn('1001', 'desk-sh-1');
    lead = await signIn('1101', 'desk-sh-lead');
    other = await signIn('2001', 'desk-bj-1');
  });
  afterEach(async () => {
    await app?.close();
    await server?.cleanup();
    temp?.cleanup();
  });

  it('an agent reports an incident and adds updates; only a lead acknowledges, resolves and closes it, never back', async () => {
    await applied(agent, ins('incidents', 'inc-1', incident('inc-1', agent.branchId, agent.agentId)), ins('incident_events', 'ev-1', incidentEvent('ev-1', 'inc-1', 'opened', agent.agentId)));
    await applied(agent, ins('incident_events', 'ev-2', incidentEvent('ev-2', 'inc-1', 'update', agent.agentId)), upd('incidents', 'inc-1', { updated_at: T0 + 1 }, { updated_at: T0 }));
    // An agent cannot rewrite what was reported, nor move it on, by the row or by the timeline.
    await rejected('forbiddenRole', agent, upd('incidents', 'inc-1', { summary: '没事了' }, { summary: '订单系统查询超时' }));
    await rejected('forbiddenRole', agent, upd('incidents', 'inc-1', { kind: 'other' }, { kind: 'outage' }));
    await rejected('forbiddenRole', agent, upd('incidents', 'inc-1', { state: 'acknowledged' }, { state: 'open' }));
    await rejected('forbiddenRole', agent, ins('incident_events', 'ev-3', incidentEvent('ev-3', 'inc-1', 'acknowledged', agent.agentId)));
    await rejected('forbiddenRole', agent, ins('incidents', 'inc-2', incident('inc-2', agent.branchId, agent.agentId, 'resolved')));
    // An agent cannot sign a lead's act either.
    await rejected('invalidRow', agent, ins('incident_events', 'ev-4', incidentEvent('ev-4', 'inc-1', 'update', lead.agentId)));
    // The lead moves it, with the timeline entry.
    await applied(lead, upd('incidents', 'inc-1', { state: 'acknowledged' }, { state: 'open' }), ins('incident_events', 'ev-5', incidentEvent('ev-5', 'inc-1', 'acknowledged', lead.agentId)));
    await applied(lead, upd('incidents', 'inc-1', { state: 'resolved' }, { state: 'acknowledged' }), ins('incident_events', 'ev-6', incidentEvent('ev-6', 'inc-1', 'resolved', lead.agentId)));
    await rejected('invalidRow', lead, upd('incidents', 'inc-1', { state: 'open' }, { state: 'resolved' }));
    await applied(lead, upd('incidents', 'inc-1', { state: 'closed' }, { state: 'resolved' }), ins('incident_events', 'ev-7', incidentEvent('ev-7', 'inc-1', 'closed', lead.agentId)));
  });

  it('keeps incidents in their branch: another branch’s agent cannot add to them, and a timeline needs its incident', async () => {
    await applied(agent, ins('incidents', 'inc-1', incident('inc-1', agent.branchId, agent.agentId)));
    await rejected('forbiddenBranch', other, ins('incident_events', 'ev-x', incidentEvent('ev-x', 'inc-1', 'update', other.agentId)));
    await rejected('missingParent', agent, ins('incident_events', 'ev-y', incidentEvent('ev-y', 'no-incident', 'update', agent.agentId)));
    await rejected('missingParent', agent, ins('incident_events', 'ev-z', incidentEvent('ev-z', 'inc-1', 'caseLinked', agent.agentId, 'no-case')));
  });

  it('a lead builds a proactive list; an agent records outcomes only', async () => {
    await rejected('forbiddenRole', agent, ins('proactive_lists', 'pl-x', list('pl-x', agent.branchId, agent.agentId)));
    await applied(lead, ins('proactive_lists', 'pl-1', list('pl-1', lead.branchId, lead.agentId)), ins('proactive_contacts', 'pc-1', contact('pc-1', 'pl-1')));
    await rejected('forbiddenRole', agent, ins('proactive_contacts', 'pc-2', contact('pc-2', 'pl-1')));
    await applied(agent, upd('proactive_contacts', 'pc-1', { outcome: 'reached', outcome_note: '一切正常', attempts: 1, worked_by: agent.agentId, worked_at: T0 + 5 }, { outcome: null, outcome_note: '', attempts: 0, worked_by: null, worked_at: null }));
    await rejected('forbiddenRole', agent, upd('proactive_contacts', 'pc-1', { phone: '13900009999' }, { phone: '13800138000' }));
    await rejected('forbiddenRole', agent, upd('proactive_lists', 'pl-1', { state: 'closed' }, { state: 'open' }));
    await rejected('forbiddenBranch', other, upd('proactive_contacts', 'pc-1', { outcome: 'done', attempts: 2, worked_by: other.agentId, worked_at: T0 + 9 }, { outcome: 'reached', attempts: 1, worked_by: agent.agentId, worked_at: T0 + 5 }));
  });
});
