import type { FastifyInstance } from 'fastify';
import { generateKeyPairSync } from 'node:crypto';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loginResponseSchema, type LoginResponse } from '../../src/shared/sync/protocol';
import { buildServerApp } from '../../src/server/http/buildServerApp';
import { createAgent, createBranch, createTeam, resetPassword, setAgentActive } from '../../src/server/org/orgWrites';
import { makeTempDir } from '../support/tempDir';
import { backends, openFreshServerDb, useFastScrypt, type TestServerDb } from './serverTestDb';

const T0 = Date.UTC(2026, 10, 23, 1, 0);
const HOUR = 3_600_000;
const PASSWORD = 'correct horse 1';

describe.each(backends)('sign-in over HTTP (%s)', (backend) => {
  let temp: ReturnType<typeof makeTempDir>;
  let server: TestServerDb;
  let app: FastifyInstance;
  let clock: number;
  const apps: FastifyInstance[] = [];
  const newApp = (options: { tokenPrivateKey?: string } = {}) => {
    const made = buildServerApp({ db: server.db, now: () => clock, ...options });
    apps.push(made);
    return made;
  };

  const login = (number: string, password: string, on = app) => on.inject({ method: 'POST', url: '/auth/login', payload: { number, password } });
  const pull = (token: string | null, on = app) =>
    on.inject({ method: 'POST', url: '/sync/pull', headers: token === null ? {} : { authorization: `Bearer ${token}` }, payload: { clientId: 'desk-1', cursor: 0 } });
  const signIn = async (number = '1001', password = PASSWORD): Promise<LoginResponse> => {
    const response = await login(number, password);
    expect(response.statusCode).toBe(200);
    return loginResponseSchema.parse(response.json());
  };

  beforeAll(useFastScrypt);
  beforeEach(async () => {
    temp = makeTempDir();
    clock = T0;
    server = await openFreshServerDb(backend, temp.dir);
    await createBranch(server.db, { code: 'SH01', name: '上海一店' });
    await createTeam(server.db, { branch: 'SH01', name: '售后一组' });
    await createAgent(server.db, { number: '1001', name: '张敏', role: 'agent', branch: 'SH01', team: '售后一组', password: PASSWORD }, T0);
    app = newApp();
  });
  afterEach(async () => {
    for (const made of apps.splice(0)) await made.close();
    await server?.cleanup();
    temp?.cleanup();
  });

  it('signs an agent in: a token for a 12-hour shift and the agent profile', async () => {
    const answer = await signIn();
    expect(answer.expiresAt).toBe(T0 + 12 * HOUR);
    expect(answer.agent).toEqual({ id: expect.any(String), number: '1001', name: '张敏', role: 'agent', branchId: expect.any(String), teamId: expect.any(String) });
    const pulled = await pull(answer.token);
    expect(pulled.statusCode).toBe(200);
    const tables = (pulled.json() as { changes: { t: string }[] }).changes.map((c) => c.t);
    expect(tables).toEqual(['branches', 'teams', 'agents']);
  });

  it('refuses a wrong password and an unknown number alike: 401 badCredentials, same answer', async () => {
    const wrong = await login('1001', 'wrong password');
    const unknown = await login('9999', PASSWORD);
    for (const response of [wrong, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({ error: { code: 'badCredentials', message: 'wrong agent number or password' } });
    }
  });

  it('refuses an inactive agent with 403 agentInactive (only once the password matched), and their earlier token', async () => {
    const { token } = await signIn();
    await setAgentActive(server.db, { number: '1001', active: false });
    const response = await login('1001', PASSWORD);
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: { code: 'agentInactive' } });
    expect((await login('1001', 'wrong password')).json()).toMatchObject({ error: { code: 'badCredentials' } });
    const refused = await pull(token);
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toMatchObject({ error: { code: 'accountDeactivated' } });
    await setAgentActive(server.db, { number: '1001', active: true });
    expect((await pull(token)).statusCode).toBe(200);
  });

  it('refuses a token with one byte flipped, and a request without a token', async () => {
    const { token } = await signIn();
    for (const i of [3, token.indexOf('.') + 5, token.length - 1]) {
      const flipped = token.slice(0, i) + (token[i] === 'x' ? 'y' : 'x') + token.slice(i + 1);
      const response = await pull(flipped);
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    }
    const missing = await pull(null);
    expect(missing.statusCode).toBe(401);
    expect(missing.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    const notBearer = await app.inject({ method: 'POST', url: '/sync/pull', headers: { authorization: `Basic ${token}` }, payload: { clientId: 'desk-1', cursor: 0 } });
    expect(notBearer.json()).toMatchObject({ error: { code: 'unauthenticated' } });
  });

  it('refuses an expired token with 401 tokenExpired', async () => {
    const { token } = await signIn();
    clock = T0 + 12 * HOUR - 1;
    expect((await pull(token)).statusCode).toBe(200);
    clock = T0 + 12 * HOUR;
    const response = await pull(token);
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ error: { code: 'tokenExpired' } });
  });

  it('a password reset signs the agent out everywhere: earlier tokens refused, the old password too', async () => {
    const before = await signIn();
    await resetPassword(server.db, { number: '1001', password: 'a new password' }, T0 + HOUR);
    const revoked = await pull(before.token);
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json()).toMatchObject({ error: { code: 'tokenRevoked' } });
    expect((await login('1001', PASSWORD)).statusCode).toBe(401);
    const after = await signIn('1001', 'a new password');
    expect((await pull(after.token)).statusCode).toBe(200);
  });

  it('shares the signing key through the database: a token from one server process works on another', async () => {
    const { token } = await signIn();
    const other = newApp();
    expect((await pull(token, other)).statusCode).toBe(200);
    // With AGENTDESK_TOKEN_PRIVATE_KEY the key is that one instead: its tokens are not the database key's.
    const given = generateKeyPairSync('ed25519').privateKey;
    const withKey = newApp({ tokenPrivateKey: JSON.stringify(given.export({ format: 'jwk' })) });
    expect((await pull(token, withKey)).statusCode).toBe(401);
    const keyAnswer = loginResponseSchema.parse((await login('1001', PASSWORD, withKey)).json());
    expect((await pull(keyAnswer.token, withKey)).statusCode).toBe(200);
    expect((await pull(keyAnswer.token)).statusCode).toBe(401);
    const pemApp = newApp({ tokenPrivateKey: given.export({ format: 'pem', type: 'pkcs8' }).toString() });
    expect((await pull(keyAnswer.token, pemApp)).statusCode).toBe(200);
    await expect(newApp({ tokenPrivateKey: 'short' }).ready()).rejects.toThrow(/Ed25519/);
  });

  it('answers its public key and key id at GET /auth/key without sign-in, and the login reply names that key', async () => {
    const response = await app.inject({ method: 'GET', url: '/auth/key' });
    expect(response.statusCode).toBe(200);
    const body = response.json() as { kid: string; alg: string; key: Record<string, unknown> };
    expect(body).toEqual({ kid: expect.any(String), alg: 'EdDSA', key: { kty: 'OKP', crv: 'Ed25519', x: expect.any(String), kid: body.kid } });
    expect(body.key).not.toHaveProperty('d');
    // Every process on the database answers the same key.
    expect((await newApp().inject({ method: 'GET', url: '/auth/key' })).json()).toEqual(body);
    const answer = await signIn();
    expect(answer.kid).toBe(body.kid);
    const header = JSON.parse(Buffer.from(answer.token.split('.')[0]!, 'base64url').toString()) as { alg: string; kid: string };
    expect(header).toEqual({ alg: 'EdDSA', kid: body.kid, typ: 'JWT' });
  });
});
