import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loginResponseSchema, pullResponseSchema } from '../../src/shared/sync/protocol';
import { createAgent, createBranch } from '../../src/server/org/orgWrites';
import { latestSchemaVersion } from '../../src/server/storage/openServerDb';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';
import { makeTempDir } from '../support/tempDir';
import { backends, openFreshServerDb, useFastScrypt, type TestServerDb } from './serverTestDb';

const post = (url: string, body: unknown, token?: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });

describe.each(backends)('server process (%s)', (backend) => {
  let temp: ReturnType<typeof makeTempDir>;
  let server: TestServerDb;
  let running: ServerProcess | undefined;

  beforeAll(useFastScrypt);
  beforeEach(async () => {
    temp = makeTempDir();
    server = await openFreshServerDb(backend, temp.dir);
    await createBranch(server.db, { code: 'SH01', name: '上海一店' });
    await createAgent(server.db, { number: '1001', name: '张敏', role: 'agent', branch: 'SH01', password: 'password-1001' });
  });
  afterEach(async () => {
    await running?.kill('SIGKILL');
    running = undefined;
    await server?.cleanup();
    temp?.cleanup();
  });

  it('starts on a free port, answers /health and signs in over HTTP, and exits cleanly on SIGTERM', async () => {
    running = await startServerProcess(server.options);
    expect(running.url).toBe(`http://127.0.0.1:${running.port}`);
    expect(running.port).toBeGreaterThan(0);

    const health = await fetch(`${running.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, db: backend, schema: latestSchemaVersion });

    const wrong = await post(`${running.url}/auth/login`, { number: '1001', password: 'nope-nope' });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: { code: 'badCredentials' } });
    const login = await post(`${running.url}/auth/login`, { number: '1001', password: 'password-1001' });
    expect(login.status).toBe(200);
    const { token, agent } = loginResponseSchema.parse(await login.json());
    expect(agent).toMatchObject({ number: '1001', name: '张敏', role: 'agent' });

    const pull = await post(`${running.url}/sync/pull`, { clientId: 'desk-1', cursor: 0 }, token);
    expect(pullResponseSchema.parse(await pull.json()).changes.map((c) => c.t)).toEqual(['branches', 'agents']);

    const child = running.child;
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await running.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(running.output()).not.toContain('password-1001');
    expect(running.output()).not.toContain(token);
  });

  it('refuses to start, with the reason, when the database cannot be opened', async () => {
    const options = backend === 'sqlite' ? { sqlitePath: `${temp.dir}/missing-dir/server.db` } : { databaseUrl: 'postgres://agentdesk:wrong@127.0.0.1:1/agentdesk_test' };
    await expect(startServerProcess(options)).rejects.toThrow(/exited before listening \(code 1[\s\S]*cannot open the server database/);
  });
});
