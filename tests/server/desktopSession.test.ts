import type { WritableDB } from '../../src/main/store/db';
import type { FastifyInstance } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase } from '../../src/main/actions/caseActions';
import { openDatabase } from '../../src/main/store/openDatabase';
import { encryptedTokenFile, type StringCipher } from '../../src/main/sync/encryptedTokenFile';
import { scryptHasher } from '../../src/main/sync/scryptHasher';
import { memoryTokenVault, Session } from '../../src/main/sync/session';
import { SyncClient } from '../../src/main/sync/syncClient';
import { httpSyncTransport } from '../../src/main/sync/syncTransport';
import { trustedServer } from '../../src/main/sync/trustedServer';
import { buildServerApp } from '../../src/server/http/buildServerApp';
import { createAgent, createBranch } from '../../src/server/org/orgWrites';
import { makeTempDir } from '../support/tempDir';
import { openFreshServerDb, useFastScrypt, type TestServerDb } from './serverTestDb';

describe('signing in on the desktop', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let fresh: TestServerDb;
  let app: FastifyInstance;
  let url: string;
  let db: WritableDB;

  beforeEach(async () => {
    useFastScrypt();
    temp = makeTempDir();
    fresh = await openFreshServerDb('sqlite', temp.dir);
    await createBranch(fresh.db, { code: 'SH01', name: '上海一部' });
    await createAgent(fresh.db, { number: '1001', name: '李明', role: 'agent', branch: 'SH01', password: 'branch-office-1' });
    app = buildServerApp({ db: fresh.db });
    url = await app.listen({ host: '127.0.0.1', port: 0 });
    db = openDatabase(join(temp.dir, 'desktop.db'));
  });
  afterEach(async () => {
    db.close();
    await app.close();
    await fresh.cleanup();
    temp.cleanup();
  });

  const sessionAt = (serverUrl: string | null, vault = memoryTokenVault()) =>
    new Session(
      db,
      vault,
      () => (serverUrl ? httpSyncTransport(serverUrl, () => vault.read(), 2_000) : null),
      scryptHasher,
      Date.now,
      trustedServer({ db, now: Date.now, serverUrl: () => serverUrl, offlineWindowMs: 72 * 3_600_000 }),
    );

  it('signs in against the server, keeps the token, and acts as that agent', async () => {
    const vault = memoryTokenVault();
    const session = sessionAt(url, vault);
    const agent = await session.login({ number: '1001', password: 'branch-office-1' });
    expect(agent).toMatchObject({ number: '1001', name: '李明', role: 'agent', offline: false });
    expect(vault.read()).toEqual(expect.any(String));
    expect(session.actor()).toEqual({ agentId: agent.id, role: 'agent', placement: { branchId: agent.branchId, teamId: null } });
    // The stored copy of the password is a slow hash, never the password.
    const saved = db.prepare('SELECT password_hash FROM local_logins').get() as { password_hash: string };
    expect(saved.password_hash).toMatch(/^scrypt\$32768\$/);
    expect(saved.password_hash).not.toContain('branch-office-1');
    // A restarted desktop with the token still in the vault is still signed in.
    expect(sessionAt(url, vault).current()).toMatchObject({ number: '1001' });
  });

  it('creates a case assigned to the agent right after a first sign-in on a fresh desktop, before any pull', async () => {
    const vault = memoryTokenVault();
    const session = sessionAt(url, vault);
    const agent = await session.login({ number: '1001', password: 'branch-office-1' });
    expect(db.prepare('SELECT count(*) FROM agents').pluck().get()).toBe(0);
    const ctx = { now: Date.now(), actor: session.actor(), branchCode: 'SH01', utcOffsetMinutes: 480 };
    const id = createCase(db, { customerName: '王女士', customerPhone: '13812345678', channel: 'phone', subject: '洗衣机漏水' }, ctx);
    expect(db.prepare('SELECT assignee_id, branch_id, team_id FROM cases WHERE id = ?').get(id)).toEqual({ assignee_id: agent.id, branch_id: agent.branchId, team_id: null });
    // Another agent's id still has to be an agent this desktop knows.
    expect(() => createCase(db, { customerName: '李先生', customerPhone: '13900001111', channel: 'chat', subject: '冰箱不制冷', assigneeId: '00000000-0000-7000-8000-00000000beef' }, ctx)).toThrow(/no agent with id/);
    // The server takes the case, and the first pull brings the agent's own row.
    const client = new SyncClient({ db, transport: httpSyncTransport(url, () => vault.read(), 5_000) });
    await client.syncNow();
    expect(client.status()).toMatchObject({ pending: 0, rejected: 0, lastError: null });
    expect(db.prepare('SELECT number FROM agents WHERE id = ?').pluck().get(agent.id)).toBe('1001');
  });

  it('refuses a wrong password with bad_credentials, online and offline', async () => {
    await expect(sessionAt(url).login({ number: '1001', password: 'wrong-password' })).rejects.toMatchObject({ code: 'bad_credentials' });
    await sessionAt(url).login({ number: '1001', password: 'branch-office-1' });
    await app.close();
    await expect(sessionAt(url).login({ number: '1001', password: 'wrong-password' })).rejects.toMatchObject({ code: 'bad_credentials' });
  });

  it('signs in offline an agent who signed in here before, and nobody else', async () => {
    await sessionAt(url).login({ number: '1001', password: 'branch-office-1' });
    await app.close(); // the branch loses its network
    const offline = await sessionAt(url).login({ number: '1001', password: 'branch-office-1' });
    expect(offline).toMatchObject({ number: '1001', offline: true });
    await expect(sessionAt(url).login({ number: '1002', password: 'branch-office-1' })).rejects.toMatchObject({ code: 'server_unreachable' });
  });

  it('signs in only local accounts without a server, and signing out forgets the token', async () => {
    // Standalone, the server's agents are unknown: only this desktop's local accounts sign in.
    await expect(sessionAt(null).login({ number: '1001', password: 'branch-office-1' })).rejects.toMatchObject({ code: 'bad_credentials' });
    const vault = memoryTokenVault();
    const session = sessionAt(url, vault);
    await session.login({ number: '1001', password: 'branch-office-1' });
    session.logout();
    expect(vault.read()).toBeNull();
    expect(session.current()).toBeNull();
    expect(sessionAt(url, vault).current()).toBeNull();
  });

  it('shows an expired or refused token as signed out, and a dead server as offline with backoff', async () => {
    const client = new SyncClient({ db, transport: httpSyncTransport(url, () => 'not-a-token'), random: () => 0.5 });
    await client.syncNow();
    expect(client.status()).toMatchObject({ phase: 'signedOut' });
    await app.close();
    const offline = new SyncClient({ db, transport: httpSyncTransport(url, () => 'x', 2_000), random: () => 0.5 });
    await offline.syncNow();
    expect(offline.status()).toMatchObject({ phase: 'offline', lastError: expect.any(String) });
    expect([1, 2, 3, 10, 30].map((n) => offline.backoffAfter(n))).toEqual([1_000, 2_000, 4_000, 300_000, 300_000]);
  });
});

describe('the token vault over safeStorage', () => {
  const cipher = (available: boolean): StringCipher => ({
    isEncryptionAvailable: () => available,
    encryptString: (plain) => Buffer.from([...Buffer.from(plain)].map((b) => b ^ 0x5a)),
    decryptString: (bytes) => Buffer.from([...bytes].map((b) => b ^ 0x5a)).toString(),
  });

  it('writes the token encrypted, reads it back, and deletes it on sign-out', () => {
    const temp = makeTempDir();
    const path = join(temp.dir, 'session.bin');
    const vault = encryptedTokenFile(path, cipher(true));
    vault.write('secret-token');
    expect(readFileSync(path).toString()).not.toContain('secret-token');
    expect(encryptedTokenFile(path, cipher(true)).read()).toBe('secret-token');
    vault.write(null);
    expect(existsSync(path)).toBe(false);
    temp.cleanup();
  });

  it('keeps the token in memory only when the OS offers no encryption', () => {
    const temp = makeTempDir();
    const path = join(temp.dir, 'session.bin');
    const vault = encryptedTokenFile(path, cipher(false));
    vault.write('secret-token');
    expect(vault.read()).toBe('secret-token');
    expect(existsSync(path)).toBe(false);
    temp.cleanup();
  });
});
