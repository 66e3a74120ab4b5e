import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildServerApp } from '../../src/server/http/buildServerApp';
import { ServerMetrics } from '../../src/server/metrics/serverMetrics';
import { createAgent, createBranch } from '../../src/server/org/orgWrites';
import { loginResponseSchema } from '../../src/shared/sync/protocol';
import { makeTempDir } from '../support/tempDir';
import { openFreshServerDb, useFastScrypt, type TestServerDb } from './serverTestDb';

const T0 = Date.UTC(2026, 11, 5, 1, 0);
const PASSWORD = 'metrics-password-1';
const METRICS_TOKEN = 'a-metrics-token-for-prometheus';

function customerMutation(seq: number, clientId: string) {
  const id = randomUUID();
  return {
    seq,
    id: randomUUID(),
    name: 'customer.create',
    args: { name: '王女士' },
    hlc: `${String(T0).padStart(15, '0')}-${String(seq).padStart(5, '0')}-${clientId}`,
    effects: [
      {
        t: 'customers',
        k: id,
        op: 'i' as const,
        f: { id, name: '王女士', phone: '13812345678', created_at: T0, updated_at: T0, salutation: null, email: null, account_no: null, id_card: null, address: null, birthday: null, tags: '[]', branch_id: null },
      },
    ],
  };
}

const line = (text: string, name: string) => text.split('\n').find((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));

describe('server metrics', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let server: TestServerDb;
  let app: FastifyInstance;
  let now: number;
  let token: string;
  const auth = () => ({ authorization: `Bearer ${token}` });
  const metrics = async () => (await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).body;

  beforeAll(useFastScrypt);
  beforeEach(async () => {
    now = T0;
    temp = makeTempDir();
    server = await openFreshServerDb('sqlite', temp.dir);
    await createBranch(server.db, { code: 'SH01', name: '上海一店' });
    await createAgent(server.db, { number: '1001', name: '张敏', role: 'agent', branch: 'SH01', password: PASSWORD }, T0);
    const clock = () => now;
    app = buildServerApp({ db: server.db, now: clock, metrics: new ServerMetrics({ now: clock, activeWindowMinutes: 15 }), metricsToken: METRICS_TOKEN });
    token = loginResponseSchema.parse((await app.inject({ method: 'POST', url: '/auth/login', payload: { number: '1001', password: PASSWORD } })).json()).token;
  });
  afterEach(async () => {
    await app?.close();
    await server?.cleanup();
    temp?.cleanup();
  });

  it('counts pushes, pushed mutations, pulls, pulled rows, errors, and desktops active in the window', async () => {
    const push = await app.inject({ method: 'POST', url: '/sync/push', headers: auth(), payload: { clientId: 'desk-1', mutations: [customerMutation(1, 'desk-1'), customerMutation(2, 'desk-1')] } });
    expect(push.statusCode).toBe(200);
    const gap = await app.inject({ method: 'POST', url: '/sync/push', headers: auth(), payload: { clientId: 'desk-1', mutations: [customerMutation(9, 'desk-1')] } });
    expect(gap.statusCode).toBe(409);
    now = T0 + 10 * 60_000;
    expect((await app.inject({ method: 'POST', url: '/sync/pull', headers: auth(), payload: { clientId: 'desk-2', cursor: 0 } })).statusCode).toBe(200);

    let text = await metrics();
    expect(line(text, 'agentdesk_sync_pushes_total')).toBe('agentdesk_sync_pushes_total 1');
    expect(line(text, 'agentdesk_sync_pushed_mutations_total')).toBe('agentdesk_sync_pushed_mutations_total 2');
    expect(line(text, 'agentdesk_sync_pulls_total')).toBe('agentdesk_sync_pulls_total 1');
    expect(line(text, 'agentdesk_sync_pulled_rows_total')).toBe('agentdesk_sync_pulled_rows_total 4'); // branch, agent, two customers
    expect(text).toContain('agentdesk_http_errors_total{code="seqGap"} 1\n');
    expect(text).toContain('agentdesk_http_requests_total{method="POST",route="/sync/push",status="200"} 1\n');
    expect(text).toContain('agentdesk_http_requests_total{method="POST",route="/sync/push",status="409"} 1\n');
    expect(line(text, 'agentdesk_active_desktops')).toBe('agentdesk_active_desktops 2');
    expect(text).toMatch(/^# HELP agentdesk_http_requests_total .+\n# TYPE agentdesk_http_requests_total counter\n/);

    now = T0 + 20 * 60_000; // desk-1 last seen 20 minutes ago, desk-2 10 minutes ago
    text = await metrics();
    expect(line(text, 'agentdesk_active_desktops')).toBe('agentdesk_active_desktops 1');
    now = T0 + 26 * 60_000;
    expect(line(await metrics(), 'agentdesk_active_desktops')).toBe('agentdesk_active_desktops 0');
  });

  it('answers /metrics only with the metrics token when one is set', async () => {
    const without = await app.inject({ method: 'GET', url: '/metrics' });
    expect(without.statusCode).toBe(401);
    expect(without.json()).toEqual({ error: { code: 'unauthorized', message: expect.stringMatching(/metrics token/) } });
    expect((await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer wrong-token-wrong-token' } })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401); // an agent's token is not the metrics token
    const allowed = await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(allowed.statusCode).toBe(200);
    expect(allowed.body).toContain('agentdesk_http_errors_total{code="unauthorized"} 3\n');
  });

  it('escapes label values as the text format asks', () => {
    const m = new ServerMetrics({ now: () => T0 });
    m.request('GET', '/a"b\\c\nd', 200);
    expect(m.render()).toContain('agentdesk_http_requests_total{method="GET",route="/a\\"b\\\\c\\nd",status="200"} 1\n');
  });
});
