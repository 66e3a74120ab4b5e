import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServerApp } from '../../src/server/http/buildServerApp';
import { createAgent, createBranch } from '../../src/server/org/orgWrites';
import type { ServerDb } from '../../src/server/storage/serverDb';
import { loginResponseSchema } from '../../src/shared/sync/protocol';
import { hostileString, hostileValue } from '../support/hostileInput';
import { makeTempDir } from '../support/tempDir';
import { openFreshServerDb, useFastScrypt, type TestServerDb } from './serverTestDb';

const runs = Number(process.env['AGENTDESK_FUZZ_RUNS'] ?? 10_000);

/** Every row of every server table, as one string: equal means nothing was written. */
async function snapshot(db: ServerDb, tables = ['records', 'accounts', 'sync_clients', 'sync_mutations', 'server_meta']): Promise<string> {
  return db.read(async (tx) => {
    const parts: string[] = [];
    for (const table of tables) parts.push(JSON.stringify(await tx.all(`SELECT * FROM ${table} ORDER BY 1, 2`)));
    return parts.join('\n');
  });
}

describe('HTTP fuzz (SQLite)', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let fresh: TestServerDb;
  let app: FastifyInstance;
  let token: string;

  beforeAll(async () => {
    useFastScrypt();
    temp = makeTempDir();
    fresh = await openFreshServerDb('sqlite', temp.dir);
    await createBranch(fresh.db, { code: 'SH01', name: '上海一店' });
    await createAgent(fresh.db, { number: '1001', name: '张敏', role: 'agent', branch: 'SH01', password: 'shift-password-1' });
    app = buildServerApp({ db: fresh.db });
    token = loginResponseSchema.parse((await app.inject({ method: 'POST', url: '/auth/login', payload: { number: '1001', password: 'shift-password-1' } })).json()).token;
  });
  afterAll(async () => {
    await app.close();
    await fresh.cleanup();
    temp.cleanup();
  });

  const request = fc.record({
    method: fc.constantFrom('POST', 'GET', 'PUT'),
    url: fc.oneof(fc.constantFrom('/auth/login', '/auth/key', '/sync/push', '/sync/pull', '/health', '/sync/push?x=1', '/../etc/passwd', '/sync/%00'), hostileString.map((s) => `/${encodeURIComponent(s.slice(0, 100).replace(/[\uD800-\uDFFF]/g, '?'))}`)),
    body: fc.oneof(hostileValue.map((v) => JSON.stringify(v ?? null)), hostileString),
    contentType: fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=utf-8'),
    authorization: fc.oneof(fc.constant(undefined), fc.constant('valid'), hostileString.map((s) => `Bearer ${s.slice(0, 500)}`)),
  });

  it(`answers ${runs.toLocaleString()} random and malformed requests with a JSON error (never a 500) and writes nothing`, async () => {
    const before = await snapshot(fresh.db);
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request, async ({ method, url, body, contentType, authorization }) => {
        const headers: Record<string, string> = { 'content-type': contentType };
        if (authorization) headers['authorization'] = authorization === 'valid' ? `Bearer ${token}` : authorization.replace(/[^\t\x20-\x7e]/g, '?');
        const response = await app.inject({ method: method as 'POST', url, headers, ...(method === 'GET' ? {} : { payload: body }) });
        statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
        expect(response.statusCode, response.body.slice(0, 300)).toBeLessThan(500);
        if (response.statusCode >= 400) expect(response.json()).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
      }),
      { numRuns: runs },
    );
    expect([...statuses.keys()].some((s) => s >= 400)).toBe(true);
    expect(await snapshot(fresh.db)).toBe(before);
  }, 300_000);

  it('rejects well-formed pushes whose rows are hostile, one by one, and never stores such a row', async () => {
    const before = await snapshot(fresh.db, ['records']);
    let seq = 0;
    const clientId = `fuzz-${randomUUID().slice(0, 8)}`;
    await fc.assert(
      fc.asyncProperty(fc.record({ t: fc.oneof(hostileString, fc.constantFrom('cases', 'agents', 'accounts', 'timeline_events')), k: hostileString, f: fc.dictionary(hostileString, hostileValue, { maxKeys: 6 }), op: fc.constantFrom('i', 'u') }), async (effect) => {
        seq++;
        const mutation = { seq, id: randomUUID(), name: 'fuzz', args: {}, hlc: `${String(Date.now()).padStart(15, '0')}-00000-${clientId}`, effects: [effect] };
        const response = await app.inject({ method: 'POST', url: '/sync/push', headers: { authorization: `Bearer ${token}` }, payload: { clientId, mutations: [mutation] } });
        expect(response.statusCode).toBeLessThan(500);
        if (response.statusCode === 200) expect(response.json()).toMatchObject({ results: [{ seq, status: 'rejected', reason: expect.any(String) }] });
        else seq--; // refused as a malformed request: that seq was not used
      }),
      { numRuns: Math.min(runs, 500) },
    );
    expect(await snapshot(fresh.db, ['records'])).toBe(before);
  }, 300_000);
});
