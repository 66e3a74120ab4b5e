import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildServerApp } from '../../src/server/http/buildServerApp';
import { createAgent, createBranch } from '../../src/server/org/orgWrites';
import { makeTempDir } from '../support/tempDir';
import { openFreshServerDb, useFastScrypt, type TestServerDb } from './serverTestDb';

describe('password guessing', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let fresh: TestServerDb;
  let app: FastifyInstance;
  let clock = Date.UTC(2026, 10, 23, 2, 0);

  beforeEach(async () => {
    useFastScrypt();
    temp = makeTempDir();
    fresh = await openFreshServerDb('sqlite', temp.dir);
    await createBranch(fresh.db, { code: 'SH01', name: '上海一店' });
    await createAgent(fresh.db, { number: '1001', name: '张敏', role: 'agent', branch: 'SH01', password: 'right-password-1' });
    app = buildServerApp({ db: fresh.db, now: () => clock });
  });
  afterEach(async () => {
    await app.close();
    await fresh.cleanup();
    temp.cleanup();
  });

  const attempt = (password: string, number = '1001', remoteAddress = '127.0.0.1') =>
    app.inject({ method: 'POST', url: '/auth/login', payload: { number, password }, remoteAddress });
  const ATTACKER = '203.0.113.9';
  const OFFICE = '198.51.100.7';

  it('refuses an agent number for five minutes after ten wrong passwords, even with the right one', async () => {
    for (let i = 0; i < 10; i++) expect((await attempt(`guess-${i}`)).statusCode).toBe(401);
    const blocked = await attempt('right-password-1');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json()).toMatchObject({ error: { code: 'tooManyAttempts' } });
    clock += 5 * 60_000 + 1;
    expect((await attempt('right-password-1')).statusCode).toBe(200);
  });

  it('forgets earlier failures after a successful sign-in', async () => {
    for (let i = 0; i < 9; i++) await attempt(`guess-${i}`);
    expect((await attempt('right-password-1')).statusCode).toBe(200);
    for (let i = 0; i < 9; i++) expect((await attempt(`guess-${i}`)).statusCode).toBe(401);
    expect((await attempt('right-password-1')).statusCode).toBe(200);
  });

  it('an address guessing one agent’s password is stopped, while the agent signs in from their own desktop', async () => {
    for (let i = 0; i < 10; i++) expect((await attempt(`guess-${i}`, '1001', ATTACKER)).statusCode).toBe(401);
    expect((await attempt('right-password-1', '1001', ATTACKER)).statusCode).toBe(429);
    expect((await attempt('right-password-1', '1001', OFFICE)).statusCode).toBe(200);
  });

  it('an address trying many agent numbers gets 429 for every number, and nobody else is locked out', async () => {
    const answers: number[] = [];
    for (let i = 0; i < 60; i++) answers.push((await attempt('password-123', String(2000 + i), ATTACKER)).statusCode);
    expect(answers.slice(0, 50).every((s) => s === 401)).toBe(true);
    expect(answers.slice(50).every((s) => s === 429)).toBe(true);
    const refused = await attempt('right-password-1', '1001', ATTACKER);
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ error: { code: 'tooManyAttempts' } });
    expect((await attempt('right-password-1', '1001', OFFICE)).statusCode).toBe(200);
    clock += 5 * 60_000 + 1;
    expect((await attempt('password-123', '2100', ATTACKER)).statusCode).toBe(401);
  });
});
