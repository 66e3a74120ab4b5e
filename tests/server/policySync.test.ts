import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MainServices } from '../../src/main/services';
import { insertPolicyRow } from '../../src/main/store/policies/policyRows';
import { appendMutation } from '../../src/main/store/sync/outbox';
import { buildServerApp } from '../../src/server/http/buildServerApp';
import { createAgent, createBranch, createTeam } from '../../src/server/org/orgWrites';
import { builtInDispositionsPolicy } from '../../src/shared/domain/policies/dispositionsPolicy';
import { builtInSlaPolicy } from '../../src/shared/domain/policies/slaPolicy';
import { defaultScripts } from '../../src/shared/domain/scripts/defaultScripts';
import { defaultCalendar } from '../../src/shared/domain/businessCalendar';
import type { PolicyRecord } from '../../src/shared/domain/policies/policyRecords';
import type { CaseSummary } from '../../src/shared/schemas/case';
import type { RowEffect } from '../../src/shared/sync/protocol';
import { eventually } from '../support/noticeListener';
import { ORG_PASSWORD, serverDesktop, serverWithOrg, signIn } from '../support/serverDesktops';
import { makeTempDir } from '../support/tempDir';
import { backends, openFreshServerDb, useFastScrypt, type TestServerDb } from './serverTestDb';

/** Issue 18: policies travel through the real sync server; an admin publishes any, a lead scripts, phrases and gates for their own team. */
const T0 = Date.UTC(2026, 11, 7, 2, 0);
const MIN = 60_000;
const withTarget = (id: string, minutes: number) => ({ clocks: builtInSlaPolicy.clocks.map((c) => (c.id === id ? { ...c, minutes } : c)) });
const policyRow = (id: string, author: string | null, body: unknown, kind = 'slaTargets', teamId?: string | null) => ({
  id, kind, version: 2, effective_from: T0, body: JSON.stringify(body), note: '', author_id: author, created_at: T0, ...(teamId !== undefined ? { team_id: teamId } : {}),
});
const bannedPhrases = { rules: [{ id: 'zh.custom1', locale: 'zh-CN', reason: 'negative', phrases: ['查不到'], alternatives: ['我再帮您核实一下'] }] };

describe.each(backends)('who may push a policy (%s)', (backend) => {
  let temp: ReturnType<typeof makeTempDir>;
  let server: TestServerDb;
  let app: FastifyInstance;
  const desks: Record<string, { token: string; agentId: string; clientId: string; deviceSecret: string; seq: number }> = {};
  const teams: Record<string, string> = {};

  const signInDesk = async (number: string) => {
    const clientId = `desk-${number}`;
    const deviceSecret = randomBytes(32).toString('hex');
    const response = await app.inject({ method: 'POST', url: '/auth/login', payload: { number, password: ORG_PASSWORD, clientId, deviceSecret } });
    expect(response.statusCode).toBe(200);
    const body = response.json() as { token: string; agent: { id: string } };
    return { token: body.token, agentId: body.agent.id, clientId, deviceSecret, seq: 0 };
  };
  const push = async (number: string, effect: RowEffect) => {
    const desk = desks[number]!;
    desk.seq += 1;
    const mutation = { seq: desk.seq, id: randomUUID(), name: 'policy.publish', args: {}, hlc: `${String(T0 + desk.seq).padStart(15, '0')}-00000-${desk.clientId}`, effects: [effect] };
    const response = await app.inject({ method: 'POST', url: '/sync/push', headers: { authorization: `Bearer ${desk.token}` }, payload: { deviceSecret: desk.deviceSecret, clientId: desk.clientId, mutations: [mutation] } });
    expect(response.statusCode).toBe(200);
    return (response.json() as { results: { status: string; reason?: string }[] }).results[0]!;
  };
  const pulledPolicies = async (number: string) => {
    const desk = desks[number]!;
    const response = await app.inject({ method: 'POST', url: '/sync/pull', headers: { authorization: `Bearer ${desk.token}` }, payload: { clientId: desk.clientId, cursor: 0, limit: 5000 } });
    return (response.json() as { changes: { t: string; k: string; f: Record<string, unknown> }[] }).changes.filter((c) => c.t === 'policies');
  };
  const ins = (k: string, f: Record<string, string | number | null>): RowEffect => ({ t: 'policies', k, op: 'i', f });

  beforeAll(useFastScrypt);
  beforeEach(async () => {
    temp = makeTempDir();
    server = await openFreshServerDb(backend, temp.dir);
    await createBranch(server.db, { code: 'SH01', name: '上海一店' });
    await createBranch(server.db, { code: 'BJ01', name: '北京一店' });
    teams['east'] = (await createTeam(server.db, { branch: 'SH01', name: '售后一组' })).id;
    teams['west'] = (await createTeam(server.db, { branch: 'SH01', name: '售后二组' })).id;
    await createAgent(server.db, { number: '1001', name: '张敏', role: 'agent', branch: 'SH01', team: '售后一组', password: ORG_PASSWORD }, T0);
    await createAgent(server.db, { number: '1101', name: '王组长', role: 'lead', branch: 'SH01', team: '售后一组', password: ORG_PASSWORD }, T0);
    await createAgent(server.db, { number: '9001', name: '管理员', role: 'admin', branch: 'SH01', password: ORG_PASSWORD }, T0);
    await createAgent(server.db, { number: '2001', name: '刘洋', role: 'agent', branch: 'BJ01', password: ORG_PASSWORD }, T0);
    app = buildServerApp({ db: server.db, now: () => T0 + MIN });
    for (const n of ['1001', '1101', '9001', '2001']) desks[n] = await signInDesk(n);
  });
  afterEach(async () => {
    await app?.close();
    await server?.cleanup();
    temp?.cleanup();
  });

  it('refuses an agent’s policy push, and a lead’s global SLA push (forbiddenRole), and stores nothing', async () => {
    const agentPush = await push('1001', ins('p-agent', policyRow('p-agent', desks['1001']!.agentId, withTarget('urgentResponse', 999))));
    expect(agentPush).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/^forbiddenRole: agent cannot write policies/) });
    const agentTeamPush = await push('1001', ins('p-agent-team', policyRow('p-agent-team', desks['1001']!.agentId, bannedPhrases, 'phrases', teams['east'])));
    expect(agentTeamPush).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/^forbiddenRole: agent cannot write policies/) });
    const leadPush = await push('1101', ins('p-lead', policyRow('p-lead', desks['1101']!.agentId, withTarget('urgentResponse', 999))));
    expect(leadPush).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/^forbiddenRole: lead cannot publish slaTargets: only an admin may/) });
    expect(await pulledPolicies('9001')).toEqual([]);
    expect(await pulledPolicies('2001')).toEqual([]);
  });

  it('accepts a lead’s phrases for their own team, which desktops pull with the team', async () => {
    const lead = desks['1101']!.agentId;
    expect(await push('1101', ins('p-east', policyRow('p-east', lead, bannedPhrases, 'phrases', teams['east'])))).toMatchObject({ status: 'applied' });
    const pulled = await pulledPolicies('1001');
    expect(pulled.map((c) => [c.k, c.f['team_id']])).toEqual([['p-east', teams['east']]]);
  });

  it('refuses a lead’s version for another team, for every team, or of a kind only admins set — even scoped to their own team', async () => {
    const lead = desks['1101']!.agentId;
    expect(await push('1101', ins('p-west', policyRow('p-west', lead, bannedPhrases, 'phrases', teams['west'])))).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/^forbiddenRole: lead may publish a policy for their own team only/),
    });
    expect(await push('1101', ins('p-all', policyRow('p-all', lead, bannedPhrases, 'phrases', null)))).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/^forbiddenRole: lead cannot publish a policy for every team/),
    });
    expect(await push('1101', ins('p-old-client', policyRow('p-old-client', lead, bannedPhrases, 'phrases')))).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/^forbiddenRole: lead cannot publish a policy for every team/) });
    expect(await push('1101', ins('p-sla-team', policyRow('p-sla-team', lead, withTarget('urgentResponse', 5), 'slaTargets', teams['east'])))).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/^invalidRow: policies\.team_id: slaTargets applies to every team/),
    });
    expect(await pulledPolicies('9001')).toEqual([]);
  });

  it('accepts an admin’s version for any one team or for every team, but no team-scoped SLA targets nor a team that does not exist', async () => {
    const admin = desks['9001']!.agentId;
    expect(await push('9001', ins('p-west', policyRow('p-west', admin, bannedPhrases, 'phrases', teams['west'])))).toMatchObject({ status: 'applied' });
    expect(await push('9001', ins('p-gates', policyRow('p-gates', admin, { requireVerified: false, requireRestatement: true, requireSurvey: false, requireChecklist: true }, 'stageGates', null)))).toMatchObject({ status: 'applied' });
    expect(await push('9001', ins('p-sla-team', policyRow('p-sla-team', admin, withTarget('urgentResponse', 5), 'slaTargets', teams['west'])))).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/^invalidRow: policies\.team_id: slaTargets applies to every team/),
    });
    expect(await push('9001', ins('p-ghost', policyRow('p-ghost', admin, bannedPhrases, 'phrases', 'no-such-team')))).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/^missingParent: policies\.team_id/) });
    expect((await pulledPolicies('2001')).map((c) => [c.k, c.f['team_id']])).toEqual([
      ['p-west', teams['west']],
      ['p-gates', null],
    ]);
  });

  it('refuses an admin’s push with a body that is not a valid policy, or signed by someone else', async () => {
    const admin = desks['9001']!.agentId;
    expect(await push('9001', ins('p-bad', policyRow('p-bad', admin, withTarget('urgentResponse', -5))))).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/^invalidRow: policies\.body\.clocks/) });
    expect(await push('9001', ins('p-cal', policyRow('p-cal', admin, { ...defaultCalendar, workEnd: '08:00' }, 'businessCalendar')))).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/^invalidRow: policies\.body/) });
    const complaint = defaultScripts.find((s) => s.scenario === 'complaint' && s.locale === 'zh-CN')!;
    const unknownSlot = { ...complaint, stages: { ...complaint.stages, greet: { ...complaint.stages.greet, lines: [{ id: 'open', text: '您好，{customr}' }] } } };
    expect(await push('9001', ins('p-script', policyRow('p-script', admin, { scripts: [unknownSlot] }, 'scripts')))).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/^invalidRow: policies\.body\.scripts/) });
    expect(await push('9001', ins('p-kind', policyRow('p-kind', admin, {}, 'teamTargets')))).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/^invalidRow: policies\.kind/) });
    expect(await push('9001', ins('p-forged', policyRow('p-forged', desks['1001']!.agentId, withTarget('urgentResponse', 10))))).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/^invalidRow: policies\.author_id/) });
    expect(await pulledPolicies('1001')).toEqual([]);
  });

  it('checks a dispositions list: a repeated code or no code in use is refused, a good list is applied and pulled', async () => {
    const admin = desks['9001']!.agentId;
    const codes = builtInDispositionsPolicy.codes;
    const refund = { code: 'refundPromised', means: 'resolvedWithFollowUp', labels: { 'zh-CN': '已承诺退款', en: 'Refund promised' }, active: true };
    const repeated = { codes: [...codes, { ...refund, code: 'resolved' }] };
    expect(await push('9001', ins('d-dup', policyRow('d-dup', admin, repeated, 'dispositions')))).toMatchObject({ status: 'rejected', reason: `invalidRow: policies.body.codes.${codes.length}.code: duplicateDispositionCode` });
    const noneActive = { codes: codes.map((c) => ({ ...c, active: false })) };
    expect(await push('9001', ins('d-none', policyRow('d-none', admin, noneActive, 'dispositions')))).toMatchObject({ status: 'rejected', reason: 'invalidRow: policies.body.codes: noActiveDisposition' });
    expect(await pulledPolicies('1001')).toEqual([]);
    expect(await push('9001', ins('d-ok', policyRow('d-ok', admin, { codes: [...codes, refund] }, 'dispositions')))).toMatchObject({ status: 'applied' });
    for (const n of ['1001', '2001']) expect((await pulledPolicies(n)).map((c) => c.k)).toEqual(['d-ok']);
  });

  it('accepts an admin’s valid policy, which every branch pulls; it cannot be changed afterwards', async () => {
    const admin = desks['9001']!.agentId;
    expect(await push('9001', ins('p-ok', policyRow('p-ok', admin, withTarget('urgentResponse', 10))))).toMatchObject({ status: 'applied' });
    for (const n of ['1001', '2001']) expect((await pulledPolicies(n)).map((c) => c.k)).toEqual(['p-ok']);
    const change: RowEffect = { t: 'policies', k: 'p-ok', op: 'u', f: { effective_from: 0 }, o: { effective_from: T0 } };
    expect(await push('9001', change)).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/^appendOnly: /) });
  });
});

describe('an SLA change made on an admin’s desktop reaches an agent’s desktop through sync', () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });
  type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
  const call = async <T>(s: MainServices, channel: string, payload?: unknown) => (await s.dispatch(channel, payload)) as Reply<T>;
  const value = <T>(reply: Reply<T>): T => {
    if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
    return reply.value;
  };

  it('the agent’s new cases use the new target after the pull; a hostile publish from the agent’s desktop is refused by the server', async () => {
    const server = await serverWithOrg();
    cleanups.push(() => server.close());
    await createAgent(server.fresh.db, { number: '9001', name: '管理员', role: 'admin', branch: 'SH01', password: ORG_PASSWORD });
    const [adminDir, agentDir] = ['admin', 'agent'].map((n) => join(server.temp.dir, n));
    mkdirSync(adminDir!);
    mkdirSync(agentDir!);
    const adminDesk = serverDesktop(adminDir!, server.url);
    const agentDesk = serverDesktop(agentDir!, server.url);
    cleanups.push(() => adminDesk.close(), () => agentDesk.close());
    await signIn(adminDesk, '9001');
    await signIn(agentDesk, '1001');

    const published = value(await call<PolicyRecord>(adminDesk, 'policy:publish', { kind: 'slaTargets', body: withTarget('urgentResponse', 10), effectiveFrom: Date.now(), note: '紧急十分钟' }));
    await eventually(async () => {
      await adminDesk.sync().syncNow();
      return (adminDesk.rawDb().prepare("SELECT count(*) AS n FROM outbox WHERE name = 'policy.publish'").get() as { n: number }).n === 0;
    }, 30_000, 'policy pushed');
    await eventually(async () => {
      await agentDesk.sync().syncNow();
      return value(await call<PolicyRecord[]>(agentDesk, 'policy:list')).some((p) => p.id === published.id);
    }, 30_000, 'policy on the agent desktop');

    const made = value(await call<CaseSummary>(agentDesk, 'case:create', { customerName: '赵先生', customerPhone: '13900139000', channel: 'phone', subject: '紧急：断电', priority: 'urgent' }));
    const detail = value(await call<{ responseDueAt: number; createdAt: number }>(agentDesk, 'case:get', { caseId: made.id }));
    expect(detail.responseDueAt - detail.createdAt).toBe(10 * MIN);

    // The agent's desktop cannot publish through the app, and a row forged into its store is refused by the server.
    expect(await call(agentDesk, 'policy:publish', { kind: 'slaTargets', body: withTarget('urgentResponse', 999), effectiveFrom: Date.now() })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const db = agentDesk.rawDb();
    db.transaction(() => {
      insertPolicyRow(db, { id: 'forged-policy', kind: 'slaTargets', version: 9, effectiveFrom: 0, body: withTarget('urgentResponse', 999), teamId: null, authorId: null, createdAt: Date.now(), note: '' });
      appendMutation(db, 'policy.publish', { id: 'forged-policy' }, Date.now());
    })();
    await eventually(async () => {
      await agentDesk.sync().syncNow();
      return db.prepare("SELECT last_error FROM outbox WHERE name = 'policy.publish' AND state = 'rejected'").get() as { last_error: string } | undefined;
    }, 30_000, 'forged policy rejected');
    expect((db.prepare("SELECT last_error FROM outbox WHERE name = 'policy.publish'").get() as { last_error: string }).last_error).toMatch(/forbiddenRole/);
    await adminDesk.sync().syncNow();
    expect(value(await call<PolicyRecord[]>(adminDesk, 'policy:list')).map((p) => p.id)).not.toContain('forged-policy');
  });
});
