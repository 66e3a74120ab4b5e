import Fastify, { type FastifyInstance } from 'fastify';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMainServices, type MainServicesOptions } from '../../src/main/services';
import type { MachinePolicy } from '../../src/main/settings/machinePolicy';
import { defaultPolicyPath, readMachinePolicy } from '../../src/main/settings/machinePolicy';
import { memorySettingsBackend } from '../../src/main/settings/settings';
import { memoryTokenVault } from '../../src/main/sync/session';
import { generateSigningKey, signJwt } from '../../src/node/tokenSigning';
import { newCallDraft } from '../../src/shared/domain/callFlow';
import { buildBridge } from '../../src/preload/buildBridge';
import { buildServerApp } from '../../src/server/http/buildServerApp';
import { createAgent, createBranch, resetPassword, setAgentActive } from '../../src/server/org/orgWrites';
import type { AgentDeskApi } from '../../src/shared/api';
import { makeTempDir } from '../support/tempDir';
import { backends, openFreshServerDb, useFastScrypt, type TestServerDb } from './serverTestDb';

const PASSWORD = 'branch-office-1';
const HOUR = 3_600_000;

/**
 * Issue 15 items 6–8, end to end: a real server on 127.0.0.1 and the desktop's real main-side
 * services (createMainServices, called through the same bridge the preload builds).
 */
describe.each(backends)('the desktop trusts only its own server (%s)', (backend) => {
  let temp: ReturnType<typeof makeTempDir>;
  let fresh: TestServerDb;
  let app: FastifyInstance | null;
  let fake: FastifyInstance | null;
  let url: string;
  let port: number;
  let clock: number;
  const desktops: { close(): Promise<void> }[] = [];

  beforeAll(useFastScrypt);
  beforeEach(async () => {
    temp = makeTempDir();
    clock = Date.now();
    fresh = await openFreshServerDb(backend, temp.dir);
    await createBranch(fresh.db, { code: 'SH01', name: '上海一部' });
    await createAgent(fresh.db, { number: '1001', name: '李明', role: 'agent', branch: 'SH01', password: PASSWORD });
    await createAgent(fresh.db, { number: '9001', name: '王管理', role: 'admin', branch: 'SH01', password: PASSWORD });
    app = buildServerApp({ db: fresh.db });
    url = await app.listen({ host: '127.0.0.1', port: 0 });
    port = Number(new URL(url).port);
    fake = null;
  });
  afterEach(async () => {
    for (const desktop of desktops.splice(0)) await desktop.close();
    await app?.close();
    await fake?.close();
    await fresh.cleanup();
    temp.cleanup();
  });

  function desktop(settings: Record<string, unknown>, options: Partial<MainServicesOptions> & { policy?: MachinePolicy } = {}) {
    const dir = join(temp.dir, `desk-${desktops.length}`);
    mkdirSync(dir);
    const vault = memoryTokenVault();
    const { policy, ...rest } = options;
    const services = createMainServices({
      userDataDir: dir,
      settingsBackend: memorySettingsBackend(settings),
      version: '0.0.0-test',
      osLocale: 'zh-CN',
      tokenVault: vault,
      now: () => clock,
      readPolicy: () => policy ?? {},
      syncIntervalMs: 24 * HOUR,
      ...rest,
    });
    const api: AgentDeskApi = buildBridge(services.dispatch, () => () => {});
    // A sync started in the background (sign-in starts one) finishes before the store closes.
    const made = { api, services, vault, close: async () => void (await services.sync().syncNow(), services.close()) };
    desktops.push(made);
    return made;
  }

  /**
   * Keep-alive sockets to the closed server would fail the desktop's next request (and send it to
   * offline sign-in): spend them until a new connection is refused, so the next request reaches the fake.
   */
  async function dropStaleConnections(): Promise<void> {
    for (;;) {
      try {
        await fetch(new URL('/health', url));
      } catch (error) {
        if ((error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED') return;
      }
    }
  }

  /** A customer with an ID-card number on the desktop, to try to reveal. */
  async function customerWithIdCard(api: AgentDeskApi, services: ReturnType<typeof desktop>['services']): Promise<string> {
    const created = await api.createCase({ customerName: '孙先生', customerPhone: '13812345678', channel: 'phone', subject: '发票抬头错误' });
    if (!created.ok) throw new Error(created.error.message);
    const detail = await api.getCase({ caseId: created.value.id });
    if (!detail.ok) throw new Error(detail.error.message);
    services.rawDb().prepare("UPDATE customers SET id_card = '11010119900307123X' WHERE id = ?").run(detail.value.customer.id);
    return detail.value.customer.id;
  }

  /** A server at the pinned address that signs with a key of its own and says whoever signs in is an admin. */
  async function fakeServerAtPinnedUrl(agentId: string, token?: string): Promise<void> {
    await app?.close();
    app = null;
    await fake?.close();
    await dropStaleConnections();
    const key = await generateSigningKey();
    fake = Fastify();
    fake.get('/auth/key', async () => ({ kid: key.kid, alg: 'EdDSA', key: key.publicJwk }));
    fake.post('/auth/login', async () => ({
      token: token ?? (await signJwt({ sub: agentId, num: '1001', role: 'admin', br: 'b-fake', tm: null, ver: 0, exp: clock + 12 * HOUR }, key)),
      kid: key.kid,
      expiresAt: clock + 12 * HOUR,
      agent: { id: agentId, number: '1001', name: '李明', role: 'admin', branchId: 'b-fake', teamId: null },
    }));
    await fake.listen({ host: '127.0.0.1', port });
  }

  it('refuses a fake server at a pinned address that answers "admin": untrusted_server, nobody signed in, nothing revealed', async () => {
    const { api, services, vault } = desktop({ serverUrl: url });
    const signedIn = await api.login({ number: '1001', password: PASSWORD });
    expect(signedIn).toMatchObject({ ok: true, value: { number: '1001', role: 'agent', offline: false } });
    // Made by the signed-in agent: no one else may write.
    const customerId = await customerWithIdCard(api, services);
    const agentId = signedIn.ok ? signedIn.value.id : '';
    expect(services.rawDb().prepare('SELECT server_url, kid FROM pinned_server_keys').all()).toEqual([{ server_url: new URL(url).href, kid: expect.any(String) }]);
    await api.logout();

    for (const token of [undefined, 'not.a.token']) {
      await fakeServerAtPinnedUrl(agentId, token);
      const refused = await api.login({ number: '1001', password: PASSWORD });
      expect(refused).toMatchObject({ ok: false, error: { code: 'untrusted_server' } });
      expect(await api.getSignedInAgent()).toEqual({ ok: true, value: null });
      expect(vault.read()).toBeNull();
      expect(await api.revealCustomerField({ customerId, field: 'idCard', reason: '核实身份' })).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    }
  });

  it('with a server key in the machine policy, refuses even a first sign-in to a fake server, and accepts the real one without pinning', async () => {
    const realKey = ((await (await fetch(new URL('/auth/key', url))).json()) as { key: MachinePolicy['serverKey'] }).key;
    const { api, services } = desktop({}, { policy: { serverUrl: url, serverKey: realKey } });
    expect(await api.getSettings()).toMatchObject({ ok: true, value: { serverUrl: url } });
    expect(await api.login({ number: '1001', password: PASSWORD })).toMatchObject({ ok: true, value: { role: 'agent' } });
    expect(services.rawDb().prepare('SELECT count(*) AS n FROM pinned_server_keys').get()).toEqual({ n: 0 });

    const fresh = desktop({}, { policy: { serverUrl: url, serverKey: realKey } });
    await fakeServerAtPinnedUrl('00000000-0000-7000-8000-000000000001');
    expect(await fresh.api.login({ number: '1001', password: PASSWORD })).toMatchObject({ ok: false, error: { code: 'untrusted_server' } });
    expect(await fresh.api.getSignedInAgent()).toEqual({ ok: true, value: null });
  });

  it('lets only an admin change the server address; an agent is refused with forbidden and nothing changes; the change signs out and forgets cached logins, keeping the old pin', async () => {
    const { api, services, vault } = desktop({ serverUrl: url });
    await api.login({ number: '1001', password: PASSWORD });
    expect(await api.updateSettings({ serverUrl: 'https://sync.other.example' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await api.updateSettings({ serverUrl: null })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await api.getSettings()).toMatchObject({ ok: true, value: { serverUrl: url } });
    expect(await api.getSignedInAgent()).toMatchObject({ ok: true, value: { number: '1001' } });
    // The profile dialog sends the address it shows with every save: unchanged is fine.
    expect(await api.updateSettings({ agentName: '李明', serverUrl: url })).toMatchObject({ ok: true, value: { agentName: '李明', serverUrl: url } });

    await api.logout();
    expect(await api.login({ number: '9001', password: PASSWORD })).toMatchObject({ ok: true, value: { role: 'admin' } });
    expect(await api.updateSettings({ serverUrl: 'https://sync.other.example' })).toMatchObject({ ok: true, value: { serverUrl: 'https://sync.other.example' } });
    expect(await api.getSignedInAgent()).toEqual({ ok: true, value: null });
    expect(vault.read()).toBeNull();
    expect(services.rawDb().prepare('SELECT count(*) AS n FROM local_logins').get()).toEqual({ n: 0 });
    expect(services.rawDb().prepare('SELECT server_url FROM pinned_server_keys').all()).toEqual([{ server_url: new URL(url).href }]);
  });

  it('a password reset on the server ends the desktop session at the next sync (drafts kept), and offline sign-in is refused after it', async () => {
    const { api, vault } = desktop({ serverUrl: url });
    await api.login({ number: '1001', password: PASSWORD });
    expect(await api.syncNow()).toMatchObject({ ok: true, value: { phase: 'idle' } });
    const blank = newCallDraft({ id: '00000000-0000-7000-8000-0000000ca11a', now: clock, channel: 'phone', callerNumber: '13812345678' });
    const draft = { ...blank, confirm: { ...blank.confirm, summary: '客户说明天再打来' } };
    expect(await api.saveCallDraft({ draft })).toMatchObject({ ok: true });

    await resetPassword(fresh.db, { number: '1001', password: 'a brand new password' });
    expect(await api.syncNow()).toMatchObject({ ok: true, value: { phase: 'signedOut' } });
    expect(await api.getSignedInAgent()).toEqual({ ok: true, value: null });
    expect(vault.read()).toBeNull();
    expect(await api.openCallDraft()).toEqual({ ok: true, value: draft });

    await app!.close();
    app = null;
    expect(await api.login({ number: '1001', password: PASSWORD })).toMatchObject({ ok: false, error: { code: 'account_revoked' } });
  });

  it('a deactivated agent is signed out at the next sync and cannot sign in offline', async () => {
    const { api } = desktop({ serverUrl: url });
    await api.login({ number: '1001', password: PASSWORD });
    await setAgentActive(fresh.db, { number: '1001', active: false });
    expect(await api.syncNow()).toMatchObject({ ok: true, value: { phase: 'signedOut' } });
    expect(await api.getSignedInAgent()).toEqual({ ok: true, value: null });
    await app!.close();
    app = null;
    expect(await api.login({ number: '1001', password: PASSWORD })).toMatchObject({ ok: false, error: { code: 'account_revoked' } });
  });

  it('allows offline sign-in for 72 hours after the last online check, not 73; the machine policy can shorten it', async () => {
    const signedInAt = clock;
    const { api } = desktop({ serverUrl: url });
    await api.login({ number: '1001', password: PASSWORD });
    await api.logout();
    const shorter = desktop({ serverUrl: url }, { policy: { offlineSignInHours: 24 } });
    await shorter.api.login({ number: '1001', password: PASSWORD });
    await shorter.api.logout();
    await app!.close();
    app = null;

    clock = signedInAt + 73 * HOUR;
    expect(await api.login({ number: '1001', password: PASSWORD })).toMatchObject({ ok: false, error: { code: 'offline_sign_in_expired' } });
    clock = signedInAt + 71 * HOUR;
    expect(await api.login({ number: '1001', password: PASSWORD })).toMatchObject({ ok: true, value: { number: '1001', offline: true } });
    await api.logout();
    expect(await shorter.api.login({ number: '1001', password: PASSWORD })).toMatchObject({ ok: false, error: { code: 'offline_sign_in_expired' } });
    clock = signedInAt + 23 * HOUR;
    expect(await shorter.api.login({ number: '1001', password: PASSWORD })).toMatchObject({ ok: true, value: { offline: true } });
  });
});

describe('the server address must be https, except on this computer', () => {
  const temp = makeTempDir();
  it('refuses http://example.test (httpsRequired) and allows https anywhere and http on loopback', async () => {
    const services = createMainServices({
      userDataDir: temp.dir,
      settingsBackend: memorySettingsBackend({}),
      version: '0.0.0-test',
      osLocale: 'en',
      readPolicy: () => ({}),
      actor: () => ({ agentId: 'admin-1', role: 'admin' }),
    });
    const api: AgentDeskApi = buildBridge(services.dispatch, () => () => {});
    try {
      for (const refused of ['http://example.test', 'http://10.0.0.5:8787', 'http://127.0.0.1.example.test/', 'http://127.0.0.1:80@example.test/']) {
        expect(await api.updateSettings({ serverUrl: refused }), refused).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'serverUrl', key: 'httpsRequired' }] } });
      }
      expect(await api.getSettings()).toMatchObject({ ok: true, value: { serverUrl: null } });
      for (const allowed of ['http://127.0.0.1:8787', 'http://127.5.0.1/', 'http://localhost:8787/', 'http://[::1]:8787/', 'https://sync.example.test']) {
        expect(await api.updateSettings({ serverUrl: allowed }), allowed).toMatchObject({ ok: true, value: { serverUrl: allowed } });
      }
    } finally {
      services.close();
      temp.cleanup();
    }
  });
});

describe('update settings come from the machine policy or an admin', () => {
  it('refuses autoUpdate / updateUrl from an agent with forbidden and changes nothing; an admin may', async () => {
    const temp = makeTempDir();
    let role: 'agent' | 'admin' = 'agent';
    const backend = memorySettingsBackend({});
    const services = createMainServices({ userDataDir: temp.dir, settingsBackend: backend, version: '0', osLocale: 'en', readPolicy: () => ({}), actor: () => ({ agentId: 'a', role }) });
    const api: AgentDeskApi = buildBridge(services.dispatch, () => () => {});
    try {
      expect(await api.updateSettings({ autoUpdate: true, updateUrl: 'https://evil.example/updates' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await api.updateSettings({ autoUpdate: true })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await api.getSettings()).toMatchObject({ ok: true, value: { autoUpdate: false, updateUrl: null } });
      expect(backend.value).toEqual({});
      role = 'admin';
      expect(await api.updateSettings({ autoUpdate: true, updateUrl: 'https://updates.example/agentdesk' })).toMatchObject({ ok: true, value: { autoUpdate: true } });
    } finally {
      services.close();
      temp.cleanup();
    }
  });

  it('takes serverUrl, updateUrl and autoUpdate from the policy file over the user settings, and nobody can change them', async () => {
    const temp = makeTempDir();
    const policyFile = join(temp.dir, 'policy.json');
    writeFileSync(policyFile, JSON.stringify({ serverUrl: 'https://sync.policy.example', updateUrl: 'https://updates.policy.example/agentdesk', autoUpdate: true, offlineSignInHours: 8 }));
    const services = createMainServices({
      userDataDir: temp.dir,
      settingsBackend: memorySettingsBackend({ serverUrl: 'https://sync.user.example', autoUpdate: false, updateUrl: null }),
      version: '0',
      osLocale: 'en',
      readPolicy: () => readMachinePolicy(policyFile),
      actor: () => ({ agentId: 'a', role: 'admin' }),
    });
    const api: AgentDeskApi = buildBridge(services.dispatch, () => () => {});
    try {
      const policyValues = { serverUrl: 'https://sync.policy.example', updateUrl: 'https://updates.policy.example/agentdesk', autoUpdate: true };
      expect(await api.getSettings()).toMatchObject({ ok: true, value: policyValues });
      expect(await api.updateSettings({ autoUpdate: false })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await api.updateSettings({ serverUrl: 'https://sync.user.example' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await api.updateSettings({ agentName: '王管理' })).toMatchObject({ ok: true, value: { agentName: '王管理', ...policyValues } });
      expect(await api.getAppInfo()).toMatchObject({ ok: true, value: { standalone: false } });
    } finally {
      services.close();
      temp.cleanup();
    }
  });

  it('finds the policy file at AGENTDESK_POLICY_FILE, else at the per-OS default', () => {
    expect(defaultPolicyPath({ AGENTDESK_POLICY_FILE: '/tmp/p.json' }, 'linux')).toBe('/tmp/p.json');
    expect(defaultPolicyPath({}, 'linux')).toBe('/etc/agentdesk/policy.json');
    expect(defaultPolicyPath({}, 'darwin')).toBe('/Library/Application Support/AgentDesk/policy.json');
    expect(defaultPolicyPath({ ProgramData: 'D:\\ProgramData' }, 'win32')).toMatch(/^D:\\ProgramData[\\/]AgentDesk[\\/]policy\.json$/);
  });

  it('reads no policy when there is no file, and refuses to start on an invalid one', () => {
    const temp = makeTempDir();
    try {
      expect(readMachinePolicy(join(temp.dir, 'missing.json'))).toEqual({});
      const bad = join(temp.dir, 'bad.json');
      writeFileSync(bad, JSON.stringify({ serverUrl: 'http://example.test' }));
      expect(() => readMachinePolicy(bad)).toThrow(/invalid.*serverUrl/);
      writeFileSync(bad, JSON.stringify({ autoUpdate: true, somethingElse: 1 }));
      expect(() => readMachinePolicy(bad)).toThrow(/invalid/);
      writeFileSync(bad, '{ not json');
      expect(() => readMachinePolicy(bad)).toThrow(/not valid JSON/);
    } finally {
      temp.cleanup();
    }
  });
});
