import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildServerApp } from '../../src/server/http/buildServerApp';
import { createAgent, createBranch } from '../../src/server/org/orgWrites';
import type { RowEffect } from '../../src/shared/sync/protocol';
import { makeTempDir } from '../support/tempDir';
import { backends, openFreshServerDb, useFastScrypt, type TestServerDb } from './serverTestDb';

/**
 * The server's trust rules for quality evaluation (issue 18), on SQLite and PostgreSQL: only a
 * lead scores (never their own call), only the evaluated agent acknowledges or disputes, only a
 * lead answers; a state cannot jump, and nothing is written for another branch.
 */
const T0 = Date.UTC(2026, 11, 1, 2, 0);
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

describe.each(backends)('quality trust rules on the server (%s)', (backend) => {
  let temp: ReturnType<typeof makeTempDir>;
  let server: TestServerDb;
  let app: FastifyInstance;
  let agent: Desk; // 1001, SH01: made the call
  let colleague: Desk; // 1002, SH01
  let lead: Desk; // 1101, SH01
  let bjLead: Desk; // 2101, BJ01

  const signIn = async (number: string, clientId: string): Promise<Desk> => {
    const deviceSecret = randomBytes(32).toString('hex');
    const response = await app.inject({ method: 'POST', url: '/auth/login', payload: { number, password: PASSWORD, clientId, deviceSecret } });
    expect(response.statusCode).toBe(200);
    const body = response.json() as { token: string; agent: { id: string; branchId: string } };
    return { token: body.token, agentId: body.agent.id, branchId: body.agent.branchId, clientId, deviceSecret, seq: 0 };
  };
  const push = async (desk: Desk, ...effects: RowEffect[]) => {
    desk.seq += 1;
    const mutation = { seq: desk.seq, id: randomUUID(), name: 'test.write', args: {}, hlc: `${String(T0 + desk.seq).padStart(15, '0')}-00000-${desk.clientId}`, effects };
    const response = await app.inject({ method: 'POST', url: '/sync/push', headers: { authorization: `Bearer ${desk.token}` }, payload: { deviceSecret: desk.deviceSecret, clientId: desk.clientId, mutations: [mutation] } });
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { results: { status: string; reason?: string }[] }).results[0]!;
  };
  const applied = async (desk: Desk, ...effects: RowEffect[]) => expect(await push(desk, ...effects)).toMatchObject({ status: 'applied' });
  const rejected = async (code: string, desk: Desk, ...effects: RowEffect[]) => {
    const result = await push(desk, ...effects);
    expect(result.status, JSON.stringify(result)).toBe('rejected');
    expect(result.reason).toMatch(new RegExp(`^${code}: `));
  };

  const evaluation = (id: string, scoredBy: string | null, over: Row = {}): Row => ({
    id, call_id: 'call-1', case_id: 'case-1', evaluated_agent_id: agent.agentId, scored_by: scoredBy, scorecard_id: 'builtin-call-quality', scorecard_version: 1,
    marks: '[]', score: 80, state: 'scored', scored_at: T0, updated_at: T0, ...over,
  });
  const event = (id: string, evaluationId: string, kind: string, actorId: string, comment = ''): Row => ({ id, evaluation_id: evaluationId, kind, actor_id: actorId, at: T0 + 1, comment });

  beforeAll(useFastScrypt);
  beforeEach(async () => {
    temp = makeTempDir();
    server = await openFreshServerDb(backend, temp.dir);
    await createBranch(server.db, { code: 'SH01', name: '上海一店' });
    await createBranch(server.db, { code: 'BJ01', name: '北京一店' });
    await createAgent(server.db, { number: '1001', name: '张敏', role: 'agent', branch: 'SH01', password: PASSWORD }, T0);
    await createAgent(server.db, { number: '1002', name: '周红', role: 'agent', branch: 'SH01', password: PASSWORD }, T0);
    await createAgent(server.db, { number: '1101', name: '王组长', role: 'lead', branch: 'SH01', password: PASSWORD }, T0);
    await createAgent(server.db, { number: '2101', name: '赵组长', role: 'lead', branch: 'BJ01', password: PASSWORD }, T0);
    app = buildServerApp({ db: server.db, now: () => T0 + 60_000 });
    agent = await signIn('1001', 'desk-agent');
    colleague = await signIn('1002', 'desk-colleague');
    lead = await signIn('1101', 'desk-lead');
    bjLead = await signIn('2101', 'desk-bj-lead');
    await applied(
      agent,
      ins('customers', 'cus-1', { id: 'cus-1', name: '陈女士', phone: '13800138000', created_at: T0, updated_at: T0, salutation: null, email: null, account_no: null, id_card: null, address: null, birthday: null, tags: '[]', branch_id: agent.branchId }),
      ins('cases', 'case-1', {
        id: 'case-1', number: 'SH01-20261201-AAAAAAAAAA-0001', customer_id: 'cus-1', channel: 'phone', status: 'new', subject: '洗衣机漏水', created_at: T0, updated_at: T0, scenario: 'complaint',
        category: null, priority: 'normal', severity: null, description: '', product: null, order_no: null, assignee_id: null, team_id: null, branch_id: agent.branchId,
        response_due_at: null, resolution_due_at: null, first_response_at: null, resolved_at: null, resolution: null, satisfaction: null, reopen_count: 0,
      }),
      ins('calls', 'call-1', { id: 'call-1', case_id: 'case-1', agent_id: agent.agentId, channel: 'phone', started_at: T0, ended_at: null, talk_seconds: 0, acw_seconds: 0, disposition: null, stages: '[]' }),
    );
  });
  afterEach(async () => {
    await app?.close();
    await server?.cleanup();
    temp?.cleanup();
  });

  it('only a lead of the branch scores a call, never the agent (their own call or a colleague’s) nor a lead their own', async () => {
    await rejected('forbiddenRole', agent, ins('quality_evaluations', 'ev-x', evaluation('ev-x', agent.agentId)));
    await rejected('forbiddenRole', colleague, ins('quality_evaluations', 'ev-y', evaluation('ev-y', colleague.agentId)));
    await rejected('invalidRow', agent, ins('quality_evaluations', 'ev-z', evaluation('ev-z', lead.agentId))); // a forged scorer
    await rejected('forbiddenBranch', bjLead, ins('quality_evaluations', 'ev-bj', evaluation('ev-bj', bjLead.agentId)));
    await rejected('forbiddenRole', lead, ins('quality_evaluations', 'ev-own', evaluation('ev-own', lead.agentId, { evaluated_agent_id: lead.agentId })));
    await rejected('invalidRow', lead, ins('quality_evaluations', 'ev-ack', evaluation('ev-ack', lead.agentId, { state: 'acknowledged' })));
    await applied(lead, ins('quality_evaluations', 'ev-1', evaluation('ev-1', lead.agentId)), ins('quality_evaluation_events', 'qe-1', event('qe-1', 'ev-1', 'scored', lead.agentId)));
    // The agent cannot change the marks or the score afterwards.
    await rejected('forbiddenRole', agent, upd('quality_evaluations', 'ev-1', { score: 100, marks: '[]' }, { score: 80, marks: '[]' }));
  });

  it('only the evaluated agent acknowledges or disputes; only a lead answers; a state cannot jump', async () => {
    await applied(lead, ins('quality_evaluations', 'ev-1', evaluation('ev-1', lead.agentId)), ins('quality_evaluation_events', 'qe-1', event('qe-1', 'ev-1', 'scored', lead.agentId)));
    // A colleague, or the lead, disputing in the agent's place.
    await rejected('forbiddenRole', colleague, upd('quality_evaluations', 'ev-1', { state: 'disputed' }, { state: 'scored' }), ins('quality_evaluation_events', 'qe-2', event('qe-2', 'ev-1', 'disputed', colleague.agentId, '替他申诉')));
    await rejected('forbiddenRole', lead, upd('quality_evaluations', 'ev-1', { state: 'disputed' }, { state: 'scored' }));
    await rejected('forbiddenRole', lead, ins('quality_evaluation_events', 'qe-3', event('qe-3', 'ev-1', 'acknowledged', lead.agentId)));
    // The agent answering their own dispute, or scoring events.
    await rejected('invalidRow', agent, upd('quality_evaluations', 'ev-1', { state: 'answered' }, { state: 'scored' }));
    await rejected('forbiddenRole', agent, ins('quality_evaluation_events', 'qe-4', event('qe-4', 'ev-1', 'answered', agent.agentId, '自己回复')));
    await rejected('forbiddenRole', agent, ins('quality_actions', 'qa-1', { id: 'qa-1', evaluation_id: 'ev-1', criterion_id: null, text: '自己定的', due_at: T0 + 1e6, state: 'open', created_by: agent.agentId, created_at: T0, done_at: null }));
    // The real exchange.
    await applied(agent, upd('quality_evaluations', 'ev-1', { state: 'disputed', updated_at: T0 + 2 }, { state: 'scored', updated_at: T0 }), ins('quality_evaluation_events', 'qe-5', event('qe-5', 'ev-1', 'disputed', agent.agentId, '客户拒绝核实')));
    await rejected('forbiddenRole', agent, upd('quality_evaluations', 'ev-1', { state: 'answered' }, { state: 'disputed' }));
    await applied(lead, upd('quality_evaluations', 'ev-1', { state: 'answered' }, { state: 'disputed' }), ins('quality_evaluation_events', 'qe-6', event('qe-6', 'ev-1', 'answered', lead.agentId, '同意')));
    await applied(agent, upd('quality_evaluations', 'ev-1', { state: 'acknowledged' }, { state: 'answered' }), ins('quality_evaluation_events', 'qe-7', event('qe-7', 'ev-1', 'acknowledged', agent.agentId)));
    await rejected('invalidRow', agent, upd('quality_evaluations', 'ev-1', { state: 'disputed' }, { state: 'acknowledged' }));
    await applied(lead, ins('quality_actions', 'qa-2', { id: 'qa-2', evaluation_id: 'ev-1', criterion_id: 'identity', text: '复习身份核实', due_at: T0 + 1e6, state: 'open', created_by: lead.agentId, created_at: T0, done_at: null }));
  });

  it('scorecard versions are written by leads and admins only', async () => {
    const card = (id: string, by: string): Row => ({ id, version: 2, effective_from: T0, criteria: '[]', created_by: by, created_at: T0 });
    await rejected('forbiddenRole', agent, ins('quality_scorecards', 'sc-1', card('sc-1', agent.agentId)));
    await applied(lead, ins('quality_scorecards', 'sc-2', card('sc-2', lead.agentId)));
  });
});
