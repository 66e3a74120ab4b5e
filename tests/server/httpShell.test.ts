import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loginResponseSchema, pullResponseSchema, pushResponseSchema } from '../../src/shared/sync/protocol';
import { buildServerApp } from '../../src/server/http/buildServerApp';
import { createAgent, createBranch } from '../../src/server/org/orgWrites';
import { latestSchemaVersion } from '../../src/server/storage/openServerDb';
import type { ServerDb } from '../../src/server/storage/serverDb';
import { makeTempDir } from '../support/tempDir';
import { backends, openFreshServerDb, useFastScrypt, type TestServerDb } from './serverTestDb';

const T0 = Date.UTC(2026, 10, 23, 1, 0);
const PASSWORD = 'shift-password-1';

/** A customer row as a desktop pushes it (every column of syncTables.customers). */
function customerMutation(seq: number, name: string) {
  const id = randomUUID();
  return {
    seq,
    id: randomUUID(),
    name: 'customer.create',
    args: { name },
    hlc: `${String(T0).padStart(15, '0')}-${String(seq).padStart(5, '0')}-desk-1`,
    effects: [
      {
        t: 'customers',
        k: id,
        op: 'i' as const,
        f: { id, name, phone: '13812345678', created_at: T0, updated_at: T0, salutation: null, email: null, account_no: null, id_card: null, address: null, birthday: null, tags: '[]', branch_id: null },
      },
    ],
  };
}

describe.each(backends)('HTTP shell (%s)', (backend) => {
  let temp: ReturnType<typeof makeTempDir>;
  let server: TestServerDb;
  let app: FastifyInstance;
  let logs: string[];
  let token: string;
  const auth = () => ({ authorization: `Bearer ${token}` });

  beforeAll(useFastScrypt);
  beforeEach(async () => {
    temp = makeTempDir();
    server = await openFreshServerDb(backend, temp.dir);
    await createBranch(server.db, { code: 'SH01', name: '上海一店' });
    await createAgent(server.db, { number: '1001', name: '张敏', role: 'agent', branch: 'SH01', password: PASSWORD }, T0);
    logs = [];
    const stream = new Writable({ write: (chunk: Buffer, _encoding, done) => void (logs.push(chunk.toString('utf8')), done()) });
    app = buildServerApp({ db: server.db, now: () => T0, logger: { level: 'info', stream } });
    const login = await app.inject({ method: 'POST', url: '/auth/login', payload: { number: '1001', password: PASSWORD } });
    token = loginResponseSchema.parse(login.json()).token;
  });
  afterEach(async () => {
    await app?.close();
    await server?.cleanup();
    temp?.cleanup();
  });

  it('answers /health with the database kind and schema version', async () => {
    const response = await app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ok: true, db: backend, schema: latestSchemaVersion });
  });

  it('pushes and pulls over HTTP: the pushed customer comes back in the next pull', async () => {
    const push = await app.inject({ method: 'POST', url: '/sync/push', headers: auth(), payload: { clientId: 'desk-1', mutations: [customerMutation(1, '王女士')] } });
    expect(push.statusCode).toBe(200);
    expect(pushResponseSchema.parse(push.json())).toEqual({ results: [{ seq: 1, status: 'applied' }], lastSeq: 1, serverId: expect.any(String) });
    const pull = await app.inject({ method: 'POST', url: '/sync/pull', headers: auth(), payload: { clientId: 'desk-1', cursor: 0 } });
    const page = pullResponseSchema.parse(pull.json());
    expect(page.changes.map((c) => c.t)).toEqual(['branches', 'agents', 'customers']);
    expect(page.changes[2]!.f).toMatchObject({ name: '王女士' });
    expect(page.hasMore).toBe(false);
  });

  it('refuses a batch that skips mutations with 409 seqGap', async () => {
    const response = await app.inject({ method: 'POST', url: '/sync/push', headers: auth(), payload: { clientId: 'desk-1', mutations: [customerMutation(3, '李先生')] } });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual({ error: { code: 'seqGap', message: 'expected mutation 1, got 3' } });
  });

  it('answers a body that breaks the schema with 400 invalidRequest naming the wrong fields', async () => {
    const response = await app.inject({ method: 'POST', url: '/sync/pull', headers: auth(), payload: { clientId: 'not valid!', cursor: -1 } });
    expect(response.statusCode).toBe(400);
    const body = response.json() as { error: { code: string; message: string } };
    expect(body.error.code).toBe('invalidRequest');
    expect(body.error.message).toMatch(/clientId/);
    expect(body.error.message).toMatch(/cursor/);
    const push = await app.inject({ method: 'POST', url: '/sync/push', headers: auth(), payload: { clientId: 'desk-1', mutations: [{ ...customerMutation(1, 'x'), hlc: 'now' }] } });
    expect(push.json()).toMatchObject({ error: { code: 'invalidRequest', message: expect.stringContaining('mutations.0.hlc') } });
  });

  it('answers invalid JSON with 400, a non-JSON body with 415, an oversized body with 413', async () => {
    const invalid = await app.inject({ method: 'POST', url: '/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"number": "1001", "password":' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json()).toEqual({ error: { code: 'invalidRequest', message: 'the request body is not valid JSON' } });
    const text = await app.inject({ method: 'POST', url: '/auth/login', headers: { 'content-type': 'text/plain' }, payload: 'number=1001' });
    expect(text.statusCode).toBe(415);
    expect(text.json()).toMatchObject({ error: { code: 'unsupportedMediaType' } });
    const form = await app.inject({ method: 'POST', url: '/auth/login', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'number=1001' });
    expect(form.statusCode).toBe(415);
    const huge = JSON.stringify({ clientId: 'desk-1', mutations: [{ ...customerMutation(1, 'x'), args: 'x'.repeat(2.5 * 1024 * 1024) }] });
    const tooLarge = await app.inject({ method: 'POST', url: '/sync/push', headers: { ...auth(), 'content-type': 'application/json' }, payload: huge });
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json()).toMatchObject({ error: { code: 'payloadTooLarge' } });
  });

  it('answers an unknown route with 404 notFound in JSON', async () => {
    for (const [method, url] of [['GET', '/nope'], ['GET', '/sync/push'], ['DELETE', '/health']] as const) {
      const response = await app.inject({ method, url });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ error: { code: 'notFound' } });
    }
  });

  it('answers a failure inside with 500 internal and no stack or internal detail', async () => {
    // The schema version cannot be read: /health fails inside.
    const db = server.db;
    const broken: ServerDb = {
      kind: db.kind,
      read: (fn) =>
        db.read((tx) =>
          fn({
            all: (sql, params) => (sql.includes('server_schema') ? Promise.reject(new Error('relation "secret_table" is broken at /srv/agentdesk/db.ts:12')) : tx.all(sql, params)),
            run: (sql, params) => tx.run(sql, params),
          }),
        ),
      write: (fn) => db.write(fn),
      close: async () => undefined,
    };
    const brokenApp = buildServerApp({ db: broken, logger: false });
    try {
      const response = await brokenApp.inject({ method: 'GET', url: '/health' });
      expect(response.statusCode).toBe(500);
      expect(response.json()).toEqual({ error: { code: 'internal', message: 'the server failed; try again later' } });
      expect(response.body).not.toMatch(/secret_table|db\.ts|at /);
    } finally {
      await brokenApp.close();
    }
  });

  it('logs one line per request — method, path, status, duration, agent — and no body, password or token', async () => {
    await app.inject({ method: 'POST', url: '/sync/push?debug=13812345678', headers: auth(), payload: { clientId: 'desk-1', mutations: [customerMutation(1, '王女士')] } });
    await app.inject({ method: 'POST', url: '/auth/login', payload: { number: '1001', password: 'wrong-password-x' } });
    const all = logs.join('');
    for (const secret of [PASSWORD, 'wrong-password-x', token, token.split('.')[1]!, '王女士', '13812345678', 'authorization', 'Bearer']) expect(all).not.toContain(secret);
    const lines = logs.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line['msg'] === 'request');
    const agentId = (await server.db.read((tx) => tx.all<{ agent_id: string }>('SELECT agent_id FROM accounts')))[0]!.agent_id;
    expect(lines).toEqual([
      expect.objectContaining({ method: 'POST', url: '/auth/login', status: 200, agent: agentId, ms: expect.any(Number) }),
      expect.objectContaining({ method: 'POST', url: '/sync/push', status: 200, agent: agentId }),
      expect.objectContaining({ method: 'POST', url: '/auth/login', status: 401, agent: null, error: 'badCredentials' }),
    ]);
  });
});
