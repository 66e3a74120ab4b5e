import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importRows } from '../../src/server/admin/importStore';
import { buildServerApp } from '../../src/server/http/buildServerApp';
import { latestSchemaVersion, openServerDb, readSchemaVersion } from '../../src/server/storage/openServerDb';
import { createAgent, createBranch } from '../../src/server/org/orgWrites';
import { actorColumns, moreActorColumns, references } from '../../src/server/sync/references';
import type { RowEffect } from '../../src/shared/sync/protocol';
import { pushableTables, syncTables } from '../../src/shared/sync/syncTables';
import { makeTempDir } from '../support/tempDir';
import { backends, openFreshServerDb, useFastScrypt, type TestServerDb } from './serverTestDb';

/**
 * What the server trusts a push with (issue 15): parents re-pointed across branches, client ids
 * used by someone else, forged actors, duplicate case numbers, NUL characters and repeated ids.
 */
const T0 = Date.UTC(2026, 10, 23, 1, 0);
const PASSWORD = 'branch-office-1';

type Row = Record<string, string | number | null>;
interface Desk {
  token: string;
  agentId: string;
  branchId: string;
  clientId: string;
  /** The desktop's device secret, sent with sign-in and every push. */
  deviceSecret: string;
  seq: number;
}
interface PushAnswer {
  status: number;
  body: { results?: { seq: number; status: string; reason?: string }[]; lastSeq?: number; error?: { code: string; message: string } };
}

const customer = (id: string, branchId: string | null): Row => ({
  id, name: '陈女士', phone: '13800138000', created_at: T0, updated_at: T0, salutation: null, email: null, account_no: null, id_card: null,
  address: null, birthday: null, tags: '[]', branch_id: branchId,
});
const caseRow = (id: string, number: string, customerId: string, branchId: string | null, extra: Row = {}): Row => ({
  id, number, customer_id: customerId, channel: 'phone', status: 'new', subject: '洗衣机漏水', created_at: T0, updated_at: T0, scenario: 'consultation',
  category: null, priority: 'normal', severity: null, description: '', product: null, order_no: null, assignee_id: null, team_id: null, branch_id: branchId,
  response_due_at: null, resolution_due_at: null, first_response_at: null, resolved_at: null, resolution: null, satisfaction: null, reopen_count: 0, ...extra,
});
const followUp = (id: string, caseId: string, customerId: string | null, agentId: string | null): Row => ({
  id, case_id: caseId, customer_id: customerId, agent_id: agentId, kind: 'callback', due_at: T0 + 86_400_000, state: 'due', done_at: null, note: '回电', created_at: T0,
});
const call = (id: string, caseId: string, agentId: string | null): Row => ({
  id, case_id: caseId, agent_id: agentId, channel: 'phone', started_at: T0, ended_at: null, talk_seconds: 0, acw_seconds: 0, disposition: null, stages: '[]',
});
const ret = (id: string, caseId: string): Row => ({
  id, case_id: caseId, kind: 'return', reason: 'qualityDefect', purchased_at: null, cost_bearer: null, method: null, address: null, step: 'requested', created_at: T0, updated_at: T0,
});
const event = (id: string, caseId: string, kind: string, actorId: string | null): Row => ({ id, case_id: caseId, kind, at: T0, data: '{}', actor_id: actorId });
const audit = (id: string, actorId: string | null): Row => ({
  id, at: T0, actor_id: actorId, action: 'approve', entity: 'case', entity_id: 'x', field: null, reason: null, data: '{}', branch_id: null,
});
const ins = (t: string, k: string, f: Row): RowEffect => ({ t, k, op: 'i', f });
const upd = (t: string, k: string, f: Row, o: Row): RowEffect => ({ t, k, op: 'u', f, o });

describe('the trust rules cover every synced table', () => {
  it('checks every parent column (…_id naming a synced table, and each table’s scope parent) and every actor column', () => {
    const parentOf: Record<string, string> = { case_id: 'cases', customer_id: 'customers', return_id: 'returns', call_id: 'calls', article_id: 'kb_articles', assignee_id: 'agents', team_id: 'teams' };
    for (const name of pushableTables) {
      const table = syncTables[name];
      const columns = Object.keys(table.columns.shape);
      const checked = (references[name] ?? []).map((r) => r.column);
      for (const column of columns.filter((c) => parentOf[c])) {
        if (table.pk.length === 1 && table.pk[0] === column) continue;
        expect(checked, `${name}.${column}`).toContain(column);
      }
      if (table.scope && 'parent' in table.scope) expect(checked, `${name} scope`).toContain(table.scope.via);
      const actors = columns.filter((c) => c === 'actor_id' || c === 'agent_id' || c.endsWith('_by'));
      // approval_requests.decided_by (the lead who decided) is checked by server/sync/approvalTrust.ts: the signed-in lead or a lead registered on the device.
      const ownRule = name === 'approval_requests' ? ['approval_requests.decided_by'] : [];
      expect(actors.map((c) => `${name}.${c}`).filter((c) => !ownRule.includes(c)), name).toEqual(actors.length > 0 ? [actorColumns[name], ...(moreActorColumns[name] ?? [])].map((c) => `${name}.${c}`) : []);
    }
  });
});

describe.each(backends)('what the server trusts a push with (%s)', (backend) => {
  let temp: ReturnType<typeof makeTempDir>;
  let server: TestServerDb;
  let app: FastifyInstance;
  let sh: Desk; // agent 1001, SH01
  let sh2: Desk; // agent 1002, SH01
  let lead: Desk; // lead 1101, SH01
  let bj: Desk; // agent 2001, BJ01

  const signIn = async (number: string, clientId: string, deviceSecret = randomBytes(32).toString('hex')): Promise<Desk> => {
    const response = await app.inject({ method: 'POST', url: '/auth/login', payload: { number, password: PASSWORD, clientId, deviceSecret } });
    expect(response.statusCode).toBe(200);
    const body = response.json() as { token: string; agent: { id: string; branchId: string } };
    return { token: body.token, agentId: body.agent.id, branchId: body.agent.branchId, clientId, deviceSecret, seq: 0 };
  };
  const mutation = (desk: Desk, effects: RowEffect[], name = 'test.write') => {
    desk.seq += 1;
    return { seq: desk.seq, id: randomUUID(), name, args: {}, hlc: `${String(T0 + desk.seq).padStart(15, '0')}-00000-${desk.clientId}`, effects };
  };
  /** Sends the desk's device secret unless the payload says otherwise. */
  const pushRaw = async (desk: Desk, payload: unknown): Promise<PushAnswer> => {
    const body = typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? { deviceSecret: desk.deviceSecret, ...payload } : payload;
    const response = await app.inject({ method: 'POST', url: '/sync/push', headers: { authorization: `Bearer ${desk.token}` }, payload: body as object });
    return { status: response.statusCode, body: response.json() };
  };
  /** Pushes one mutation and answers its result. */
  const push = async (desk: Desk, ...effects: RowEffect[]) => {
    const answer = await pushRaw(desk, { clientId: desk.clientId, mutations: [mutation(desk, effects)] });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body.results![0]!;
  };
  const applied = async (desk: Desk, ...effects: RowEffect[]) => expect(await push(desk, ...effects)).toEqual({ seq: desk.seq, status: 'applied' });
  const rejected = async (code: string, desk: Desk, ...effects: RowEffect[]) => {
    const result = await push(desk, ...effects);
    expect(result.status).toBe('rejected');
    expect(result.reason).toMatch(new RegExp(`^${code}: `));
  };
  /** Refused because an actor column names someone other than the signed-in agent. */
  const forged = async (desk: Desk, ...effects: RowEffect[]) => {
    const result = await push(desk, ...effects);
    expect(result).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/^invalidRow: \w+\.(actor_id|agent_id) must be the signed-in agent$/) });
  };
  const pullAll = async (desk: Desk) => {
    const response = await app.inject({ method: 'POST', url: '/sync/pull', headers: { authorization: `Bearer ${desk.token}` }, payload: { clientId: desk.clientId, cursor: 0, limit: 5000 } });
    expect(response.statusCode).toBe(200);
    return (response.json() as { changes: { t: string; k: string; f: Row }[] }).changes;
  };
  const serverRow = async (t: string, k: string) => (await pullAll(await signIn('9001', `admin-${randomUUID()}`))).find((c) => c.t === t && c.k === k)?.f;

  beforeAll(useFastScrypt);
  beforeEach(async () => {
    temp = makeTempDir();
    server = await openFreshServerDb(backend, temp.dir);
    await createBranch(server.db, { code: 'SH01', name: '上海一店' });
    await createBranch(server.db, { code: 'BJ01', name: '北京一店' });
    await createAgent(server.db, { number: '1001', name: '张敏', role: 'agent', branch: 'SH01', password: PASSWORD }, T0);
    await createAgent(server.db, { number: '1002', name: '周红', role: 'agent', branch: 'SH01', password: PASSWORD }, T0);
    await createAgent(server.db, { number: '1101', name: '王组长', role: 'lead', branch: 'SH01', password: PASSWORD }, T0);
    await createAgent(server.db, { number: '2001', name: '刘洋', role: 'agent', branch: 'BJ01', password: PASSWORD }, T0);
    await createAgent(server.db, { number: '9001', name: '管理员', role: 'admin', branch: 'SH01', password: PASSWORD }, T0);
    app = buildServerApp({ db: server.db, now: () => T0 + 60_000 });
    sh = await signIn('1001', 'desk-sh-1');
    sh2 = await signIn('1002', 'desk-sh-2');
    lead = await signIn('1101', 'desk-sh-lead');
    bj = await signIn('2001', 'desk-bj-1');
  });
  afterEach(async () => {
    await app?.close();
    await server?.cleanup();
    temp?.cleanup();
  });

  describe('parents: every write is checked against the scope it ends in', () => {
    beforeEach(async () => {
      await applied(sh, ins('customers', 'cus-sh', customer('cus-sh', sh.branchId)), ins('cases', 'case-sh', caseRow('case-sh', 'SH01-20261123-AAAAAAAAAA-0001', 'cus-sh', sh.branchId)));
      await applied(bj, ins('customers', 'cus-bj', customer('cus-bj', bj.branchId)), ins('cases', 'case-bj', caseRow('case-bj', 'BJ01-20261123-BBBBBBBBBB-0001', 'cus-bj', bj.branchId)));
      await applied(bj, ins('returns', 'ret-bj', ret('ret-bj', 'case-bj')), ins('calls', 'call-bj', call('call-bj', 'case-bj', bj.agentId)));
    });

    it('evidence: a file is added and taken off by the signed-in agent only, and never onto another branch’s case', async () => {
      const evidence = (id: string, caseId: string) => ({ id, case_id: caseId, file_name: 'a.png', media_type: 'image/png', size_bytes: 10, sha256: 'a'.repeat(64), added_by: sh.agentId, added_at: T0, removed_at: null, removed_by: null });
      await applied(sh, ins('case_evidence', 'ev-1', evidence('ev-1', 'case-sh')));
      await rejected('forbiddenBranch', sh, ins('case_evidence', 'ev-2', evidence('ev-2', 'case-bj')));
      const forgedRemoval = await push(sh, upd('case_evidence', 'ev-1', { removed_at: T0 + 1, removed_by: sh2.agentId }, { removed_at: null, removed_by: null }));
      expect(forgedRemoval).toMatchObject({ status: 'rejected', reason: 'invalidRow: case_evidence.removed_by must be the signed-in agent' });
      await applied(sh, upd('case_evidence', 'ev-1', { removed_at: T0 + 1, removed_by: sh.agentId }, { removed_at: null, removed_by: null }));
      expect(await serverRow('case_evidence', 'ev-1')).toMatchObject({ removed_at: T0 + 1, removed_by: sh.agentId });
    });

    it('case_id: a follow-up re-pointed to another branch’s case is refused, and that branch never pulls it', async () => {
      await applied(sh, ins('follow_ups', 'fu-1', followUp('fu-1', 'case-sh', 'cus-sh', sh.agentId)));
      await rejected('forbiddenBranch', sh, upd('follow_ups', 'fu-1', { case_id: 'case-bj', note: '攻击者写的' }, { case_id: 'case-sh', note: '回电' }));
      await rejected('missingParent', sh, upd('follow_ups', 'fu-1', { case_id: 'no-such-case' }, { case_id: 'case-sh' }));
      expect((await pullAll(bj)).some((c) => c.k === 'fu-1' || c.f['note'] === '攻击者写的')).toBe(false);
      expect(await serverRow('follow_ups', 'fu-1')).toMatchObject({ case_id: 'case-sh', note: '回电' });
      // Re-pointing inside the writer's own branch still works.
      await applied(sh, ins('cases', 'case-sh-2', caseRow('case-sh-2', 'SH01-20261123-AAAAAAAAAA-0002', 'cus-sh', sh.branchId)));
      await applied(sh, upd('follow_ups', 'fu-1', { case_id: 'case-sh-2' }, { case_id: 'case-sh' }));
      await rejected('forbiddenBranch', sh, upd('returns', 'ret-bj', { step: 'reviewed' }, { step: 'requested' }));
    });

    it('case_id on every child table: returns, calls, fault diagnoses re-pointed to another branch are refused', async () => {
      await applied(sh, ins('returns', 'ret-sh', ret('ret-sh', 'case-sh')), ins('calls', 'call-sh', call('call-sh', 'case-sh', sh.agentId)));
      await rejected('forbiddenBranch', sh, upd('returns', 'ret-sh', { case_id: 'case-bj' }, { case_id: 'case-sh' }));
      await rejected('forbiddenBranch', sh, upd('calls', 'call-sh', { case_id: 'case-bj' }, { case_id: 'case-sh' }));
      await rejected('missingParent', sh, upd('calls', 'call-sh', { case_id: 'gone' }, { case_id: 'case-sh' }));
    });

    it('customer_id: a case or follow-up pointing at another branch’s customer, or at none, is refused', async () => {
      await rejected('forbiddenBranch', sh, ins('cases', 'case-x', caseRow('case-x', 'SH01-20261123-AAAAAAAAAA-0009', 'cus-bj', sh.branchId)));
      await rejected('missingParent', sh, ins('cases', 'case-y', caseRow('case-y', 'SH01-20261123-AAAAAAAAAA-0010', 'no-such-customer', sh.branchId)));
      await rejected('forbiddenBranch', sh, upd('cases', 'case-sh', { customer_id: 'cus-bj' }, { customer_id: 'cus-sh' }));
      await rejected('forbiddenBranch', sh, ins('follow_ups', 'fu-2', followUp('fu-2', 'case-sh', 'cus-bj', sh.agentId)));
      await applied(sh, ins('follow_ups', 'fu-3', followUp('fu-3', 'case-sh', 'cus-sh', sh.agentId)));
      await rejected('forbiddenBranch', sh, upd('follow_ups', 'fu-3', { customer_id: 'cus-bj' }, { customer_id: 'cus-sh' }));
      await rejected('missingParent', sh, ins('customer_phones', '["nobody","13900000000"]', { customer_id: 'nobody', phone: '13900000000', label: 'mobile' }));
    });

    it('return_id and call_id: a return step or survey hung on another branch’s return or call is refused', async () => {
      await rejected('forbiddenBranch', sh, ins('return_steps', 'rs-1', { id: 'rs-1', return_id: 'ret-bj', step: 'reviewed', at: T0, due_at: null, note: '' }));
      await rejected('missingParent', sh, ins('return_steps', 'rs-2', { id: 'rs-2', return_id: 'no-return', step: 'reviewed', at: T0, due_at: null, note: '' }));
      await rejected('forbiddenBranch', sh, ins('surveys', 'sv-1', { id: 'sv-1', case_id: 'case-sh', call_id: 'call-bj', score: 5, comment: '', at: T0 }));
      await rejected('missingParent', sh, ins('surveys', 'sv-2', { id: 'sv-2', case_id: 'case-sh', call_id: 'no-call', score: 5, comment: '', at: T0 }));
    });

    it('assignee_id and team_id: a case assigned to another branch’s agent, or to nobody that exists, is refused', async () => {
      await rejected('forbiddenBranch', sh, upd('cases', 'case-sh', { assignee_id: bj.agentId }, { assignee_id: null }));
      await rejected('missingParent', sh, upd('cases', 'case-sh', { assignee_id: 'no-agent' }, { assignee_id: null }));
      await rejected('missingParent', sh, upd('cases', 'case-sh', { team_id: 'no-team' }, { team_id: null }));
      await applied(sh, upd('cases', 'case-sh', { assignee_id: sh2.agentId }, { assignee_id: null }));
    });

    it('kb article versions need their article', async () => {
      await rejected('missingParent', lead, ins('kb_article_versions', '["no-article",1]', { article_id: 'no-article', version: 1, title: 't', body: 'b', edited_at: T0, edited_by: lead.agentId }));
    });
  });

  describe('client ids belong to the device that registered them', () => {
    it('refuses a push under another agent’s client id with 403, changing nothing; the owner’s next edit is applied', async () => {
      await applied(sh, ins('customers', 'cus-sh', customer('cus-sh', sh.branchId)));
      const spoofer: Desk = { ...sh2, clientId: sh.clientId, seq: sh.seq };
      const answer = await pushRaw(spoofer, { clientId: sh.clientId, mutations: [mutation(spoofer, [upd('customers', 'cus-sh', { name: '冒名' }, { name: '陈女士' })])] });
      expect(answer.status).toBe(403);
      expect(answer.body.error?.code).toBe('clientIdTaken');
      expect(await serverRow('customers', 'cus-sh')).toMatchObject({ name: '陈女士' });
      await applied(sh, upd('customers', 'cus-sh', { name: '陈女士2' }, { name: '陈女士' }));
      expect(await serverRow('customers', 'cus-sh')).toMatchObject({ name: '陈女士2' });
      // Without any device secret, or with another device's, the owner's client id stays refused.
      const bare = await pushRaw(spoofer, { clientId: sh.clientId, deviceSecret: undefined, mutations: [mutation(spoofer, [upd('customers', 'cus-sh', { name: '冒名' }, { name: '陈女士2' })])] });
      expect(bare).toMatchObject({ status: 403, body: { error: { code: 'clientIdTaken' } } });
    });

    it('on a shared desktop, the next agent pushes the previous agent’s queued edits, attributed to them; a forged actor is still refused', async () => {
      await applied(sh, ins('customers', 'cus-sh', customer('cus-sh', sh.branchId)), ins('cases', 'case-sh', caseRow('case-sh', 'SH01-20261123-AAAAAAAAAA-0001', 'cus-sh', sh.branchId)));
      // 1002 signs in on 1001's desktop (same client id and device secret) and pushes 1001's edit queued offline.
      const next = { ...(await signIn('1002', sh.clientId, sh.deviceSecret)), seq: sh.seq };
      await applied(next, ins('timeline_events', 'ev-queued', event('ev-queued', 'case-sh', 'note', sh.agentId)));
      expect(await serverRow('timeline_events', 'ev-queued')).toMatchObject({ actor_id: sh.agentId });
      // An agent who never signed in on this desktop is still a forged actor.
      await forged(next, ins('timeline_events', 'ev-forged', event('ev-forged', 'case-sh', 'note', bj.agentId)));
      // A lead's approval queued on this desktop is accepted under an agent's session; an agent's own is not.
      await signIn('1101', sh.clientId, sh.deviceSecret);
      await applied(next, ins('timeline_events', 'ap-queued', event('ap-queued', 'case-sh', 'approvalGranted', lead.agentId)));
      await rejected('forbiddenRole', next, ins('timeline_events', 'ap-own', event('ap-own', 'case-sh', 'approvalGranted', next.agentId)));
      // Signing in with a wrong device secret registers nobody on the client id.
      const stranger = { ...(await signIn('2001', sh.clientId)), seq: next.seq };
      const refused = await pushRaw(stranger, { clientId: sh.clientId, mutations: [mutation(stranger, [ins('timeline_events', 'ev-bj', event('ev-bj', 'case-sh', 'note', bj.agentId))])] });
      expect(refused).toMatchObject({ status: 403, body: { error: { code: 'clientIdTaken' } } });
      await forged(next, ins('timeline_events', 'ev-forged-2', event('ev-forged-2', 'case-sh', 'note', bj.agentId)));
    });
  });

  describe('actors are the signed-in agent; lead-only acts need a lead', () => {
    beforeEach(async () => {
      await applied(sh, ins('customers', 'cus-sh', customer('cus-sh', sh.branchId)), ins('cases', 'case-sh', caseRow('case-sh', 'SH01-20261123-AAAAAAAAAA-0001', 'cus-sh', sh.branchId)));
    });

    it('refuses an event, audit row, call or follow-up attributed to someone else', async () => {
      await forged(sh, ins('timeline_events', 'ev-1', event('ev-1', 'case-sh', 'note', lead.agentId)));
      await forged(sh, ins('audit_log', 'au-1', audit('au-1', lead.agentId)));
      await forged(sh, ins('calls', 'call-1', call('call-1', 'case-sh', sh2.agentId)));
      await forged(sh, ins('follow_ups', 'fu-1', followUp('fu-1', 'case-sh', 'cus-sh', sh2.agentId)));
      await applied(sh, ins('timeline_events', 'ev-2', event('ev-2', 'case-sh', 'note', sh.agentId)), ins('audit_log', 'au-2', audit('au-2', sh.agentId)));
      await applied(sh, ins('follow_ups', 'fu-2', followUp('fu-2', 'case-sh', 'cus-sh', sh.agentId)));
      await forged(sh, upd('follow_ups', 'fu-2', { agent_id: sh2.agentId }, { agent_id: sh.agentId }));
    });

    it('refuses an approval decision from an agent; a lead may record one', async () => {
      await forged(sh, ins('timeline_events', 'ap-1', event('ap-1', 'case-sh', 'approvalGranted', lead.agentId)));
      await rejected('forbiddenRole', sh, ins('timeline_events', 'ap-2', event('ap-2', 'case-sh', 'approvalGranted', sh.agentId)));
      await rejected('forbiddenRole', sh, ins('timeline_events', 'ap-3', event('ap-3', 'case-sh', 'approvalDenied', sh.agentId)));
      await applied(sh, ins('timeline_events', 'ap-4', event('ap-4', 'case-sh', 'approvalRequested', sh.agentId)));
      await applied(lead, ins('timeline_events', 'ap-5', event('ap-5', 'case-sh', 'approvalGranted', lead.agentId)));
    });

    it('refuses a major complaint alert acknowledged by an agent; a lead may acknowledge one (issue 17)', async () => {
      await rejected('forbiddenRole', sh, ins('timeline_events', 'ak-1', event('ak-1', 'case-sh', 'alertAcknowledged', sh.agentId)));
      await applied(lead, ins('timeline_events', 'ak-2', event('ak-2', 'case-sh', 'alertAcknowledged', lead.agentId)));
    });
  });

  describe('duplicate case numbers', () => {
    it('renumbers a pushed case whose number another case has, says so on its timeline, and never stores the duplicate', async () => {
      const number = 'SH01-20261123-K7F-0001';
      await applied(sh, ins('customers', 'cus-1', customer('cus-1', sh.branchId)), ins('cases', 'case-1', caseRow('case-1', number, 'cus-1', sh.branchId)));
      await applied(sh2, ins('customers', 'cus-2', customer('cus-2', sh.branchId)), ins('cases', 'case-2', caseRow('case-2', number, 'cus-2', sh.branchId)));
      await applied(sh2, ins('customers', 'cus-3', customer('cus-3', sh.branchId)), ins('cases', 'case-3', caseRow('case-3', number, 'cus-3', sh.branchId)));
      const rows = await pullAll(sh);
      const numbers = rows.filter((c) => c.t === 'cases').map((c) => [c.k, c.f['number']]);
      expect(Object.fromEntries(numbers)).toEqual({ 'case-1': number, 'case-2': `${number}-R1`, 'case-3': `${number}-R2` });
      const renumbered = rows.filter((c) => c.t === 'timeline_events' && c.f['case_id'] === 'case-2');
      expect(renumbered).toHaveLength(1);
      expect(renumbered[0]!.f).toMatchObject({ kind: 'conflict' });
      expect(JSON.parse(String(renumbered[0]!.f['data']))).toMatchObject({ table: 'cases', field: 'number', kept: `${number}-R1`, lost: number });
      // The same number twice in one batch: the second is renumbered too.
      const answer = await pushRaw(sh, {
        clientId: sh.clientId,
        mutations: [mutation(sh, [ins('cases', 'case-4', caseRow('case-4', 'SH01-20261123-K7F-0002', 'cus-1', sh.branchId))]), mutation(sh, [ins('cases', 'case-5', caseRow('case-5', 'SH01-20261123-K7F-0002', 'cus-1', sh.branchId))])],
      });
      expect(answer.status).toBe(200);
      expect((await serverRow('cases', 'case-5'))?.['number']).toBe('SH01-20261123-K7F-0002-R1');
    });
  });

  it('counts imported case numbers as taken', async () => {
    const number = 'SH01-20261101-IMPORTED00-0001';
    await importRows(server.db, [
      { tbl: 'customers', pk: 'cus-imp', branchId: sh.branchId, data: customer('cus-imp', sh.branchId) },
      { tbl: 'cases', pk: 'case-imp', branchId: sh.branchId, data: caseRow('case-imp', number, 'cus-imp', sh.branchId) },
    ]);
    await applied(sh, ins('cases', 'case-new', caseRow('case-new', number, 'cus-imp', sh.branchId)));
    expect((await serverRow('cases', 'case-new'))?.['number']).toBe(`${number}-R1`);
  });

  it('migration 2 registers the numbers of cases stored before it (the earliest case keeps a number)', async () => {
    const number = 'SH01-20261101-K7F-0001';
    await applied(sh, ins('customers', 'cus-old', customer('cus-old', sh.branchId)), ins('cases', 'case-old', caseRow('case-old', number, 'cus-old', sh.branchId)));
    // Back to schema 1, as a database written by the previous server.
    await server.db.write(async (tx) => {
      await tx.run('DROP TABLE case_numbers');
      await tx.run('DROP TABLE sync_client_agents');
      await tx.run('ALTER TABLE sync_clients DROP COLUMN device_secret_hash');
      await tx.run('DROP TABLE change_marks'); // migration 3's
      await tx.run('DROP TABLE evidence_chunks'); // migration 5's
      await tx.run('DROP TABLE evidence_files');
      await tx.run('UPDATE server_schema SET version = 1');
    });
    const reopened = await openServerDb(server.options);
    try {
      expect(await reopened.read(readSchemaVersion)).toBe(latestSchemaVersion);
      expect(await reopened.read((tx) => tx.all('SELECT number, case_id FROM case_numbers'))).toEqual([{ number, case_id: 'case-old' }]);
    } finally {
      await reopened.close();
    }
    await applied(sh2, ins('cases', 'case-later', caseRow('case-later', number, 'cus-old', sh.branchId)));
    expect((await serverRow('cases', 'case-later'))?.['number']).toBe(`${number}-R1`);
  });

  describe('bad input is a 400 naming the field, never a 500', () => {
    it('refuses a NUL character in a sign-in number, mutation name or row key', async () => {
      const login = await app.inject({ method: 'POST', url: '/auth/login', payload: { number: '10\u000001', password: PASSWORD } });
      expect(login.statusCode).toBe(400);
      expect(login.json()).toMatchObject({ error: { code: 'invalidRequest', message: expect.stringContaining('number') } });
      const name = await pushRaw(sh, { clientId: sh.clientId, mutations: [{ ...mutation(sh, [ins('customers', 'c', customer('c', null))]), name: 'case\u0000create' }] });
      expect(name.status).toBe(400);
      expect(name.body.error?.message).toContain('mutations.0.name');
      const key = await pushRaw(sh, { clientId: sh.clientId, mutations: [{ ...mutation(sh, [ins('customers', 'c\u0000', customer('c\u0000', null))]), seq: 1 }] });
      expect(key.status).toBe(400);
      expect(key.body.error?.message).toContain('mutations.0.effects.0.k');
      const table = await pushRaw(sh, { clientId: sh.clientId, mutations: [{ ...mutation(sh, [ins('cus\u0000tomers', 'c', customer('c', null))]), seq: 1 }] });
      expect(table.status).toBe(400);
    });

    it('refuses a mutation id repeated in one batch (400); one already received under another seq is a duplicate', async () => {
      const first = mutation(sh, [ins('customers', 'c1', customer('c1', sh.branchId))]);
      const again = { ...mutation(sh, [ins('customers', 'c2', customer('c2', sh.branchId))]), id: first.id };
      const answer = await pushRaw(sh, { clientId: sh.clientId, mutations: [first, again] });
      expect(answer.status).toBe(400);
      expect(answer.body.error?.message).toContain('mutations.1.id');
      sh.seq = 1;
      expect(await pushRaw(sh, { clientId: sh.clientId, mutations: [first] })).toMatchObject({ status: 200, body: { results: [{ seq: 1, status: 'applied' }] } });
      const reused = await pushRaw(sh, { clientId: sh.clientId, mutations: [{ ...mutation(sh, [ins('customers', 'c3', customer('c3', sh.branchId))]), id: first.id }] });
      expect(reused).toMatchObject({ status: 200, body: { results: [{ seq: 2, status: 'duplicate' }], lastSeq: 2 } });
      const elsewhere = await pushRaw(sh2, { clientId: sh2.clientId, mutations: [{ ...mutation(sh2, [ins('customers', 'c4', customer('c4', sh.branchId))]), id: first.id }] });
      expect(elsewhere).toMatchObject({ status: 200, body: { results: [{ seq: 1, status: 'duplicate' }] } });
      expect(await serverRow('customers', 'c3')).toBeUndefined();
      await applied(sh, ins('customers', 'c5', customer('c5', sh.branchId)));
    });
  });
});
