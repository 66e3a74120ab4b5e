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

  const attempt = (password: string) => app.inject({ method: 'POST', url: '/auth/login', payload: { number: '1001', password } });

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
});
