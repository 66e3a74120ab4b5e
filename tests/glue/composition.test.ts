import BetterSqlite3 from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { channelOf } from '../../src/shared/channels';
import { makeTempDir } from '../support/tempDir';

const temp = makeTempDir();
const electron = vi.hoisted(() => ({
  userData: '',
  created: [] as { options: unknown; window: unknown }[],
  ipc: new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>(),
  schemes: [] as unknown[],
  protocolHandler: null as null | ((request: Request) => Promise<Response>),
  appEvents: new Map<string, (...args: unknown[]) => void>(),
  protocols: [] as string[],
  basics: null as null | { menus: unknown[]; power: Map<string, (...args: unknown[]) => unknown>; fetched: string[] },
}));
electron.userData = temp.dir;
// A standalone desktop at first: its local administrator is set up below (a server is configured later, by that admin).
writeFileSync(join(temp.dir, 'settings.json'), JSON.stringify({}));

vi.mock('electron', async () => {
  const fakes = await import('./fakeElectron');
  const basics = fakes.fakeDesktopBasics();
  electron.basics = basics.recorded as never;
  return {
    app: {
      whenReady: async () => {},
      requestSingleInstanceLock: () => true,
      isDefaultProtocolClient: () => false,
      setAsDefaultProtocolClient: (scheme: string) => electron.protocols.push(scheme),
      getPath: () => electron.userData,
      getVersion: () => '0.1.0',
      getLocale: () => 'zh-CN',
      on: (event: string, listener: (...args: unknown[]) => void) => electron.appEvents.set(event, listener),
      quit: vi.fn(),
      exit: vi.fn(),
      isPackaged: false,
      setAppUserModelId: vi.fn(),
    },
    ...basics,
    dialog: { showErrorBox: vi.fn() },
    ipcMain: { handle: (channel: string, listener: (event: unknown, payload: unknown) => Promise<unknown>) => electron.ipc.set(channel, listener) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => electron.schemes.push(...schemes),
      handle: (_scheme: string, handler: (request: Request) => Promise<Response>) => (electron.protocolHandler = handler),
    },
    BrowserWindow: fakes.fakeBrowserWindowClass(electron.created),
    session: { defaultSession: fakes.fakeSession() },
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (plain: string) => Buffer.from(plain).reverse(),
      decryptString: (bytes: Buffer) => Buffer.from(bytes).reverse().toString(),
    },
  };
});

await import('../../src/main/index');
await vi.waitFor(() => expect(electron.created).toHaveLength(1));
// The window comes first and its page loads while the store opens after it (issue 20): wait until the store is ready.
(electron.created[0]!.window as { webContents: { emit(event: string): void } }).webContents.emit('did-finish-load');
await vi.waitFor(
  async () => {
    const answer = (await electron.ipc.get(channelOf.getStartupState)!({ senderFrame: { url: 'app://agentdesk/index.html', parent: null } }, undefined)) as { ok: boolean; value?: { state: { phase: string } } };
    expect(answer.value?.state.phase).toBe('ready');
  },
  { timeout: 60_000, interval: 50 },
);
// First run of a standalone desktop: the local administrator is created and signed in, as the setup screen does.
const fromAppFrame = { senderFrame: { url: 'app://agentdesk/index.html', parent: null } };
const setup = await electron.ipc.get('accounts:setupAdmin')!(fromAppFrame, { number: '9001', name: '管理员', password: 'admin-pass-1' });
expect(setup, JSON.stringify(setup)).toMatchObject({ ok: true });
afterAll(() => {
  electron.appEvents.get('will-quit')?.();
  temp.cleanup();
});

const fromApp = { senderFrame: { url: 'app://agentdesk/index.html', parent: null } };

describe('the composition root (index.ts)', () => {
  it('registers app:// as a secure standard scheme before the app is ready', () => {
    expect(electron.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('answers every contract channel, writing cases into the SQLite file in the user data directory', async () => {
    expect([...electron.ipc.keys()].sort()).toEqual(Object.values(channelOf).sort());
    const created = (await electron.ipc.get('case:create')!(fromApp, { customerName: '赵先生', customerPhone: '13900001111', channel: 'walkIn', subject: '门店自提' })) as { ok: boolean };
    expect(created.ok).toBe(true);
    const db = new BetterSqlite3(join(temp.dir, 'agentdesk.db'), { readonly: true });
    expect(db.prepare('SELECT subject, channel FROM cases').all()).toEqual([{ subject: '门店自提', channel: 'walkIn' }]);
    db.close();
  });

  it('serves the renderer with the CSP header and refuses paths outside it', async () => {
    const page = await electron.protocolHandler!(new Request('app://agentdesk/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<div id="root">');
    expect((await electron.protocolHandler!(new Request('app://agentdesk/..%2f..%2fpackage.json'))).status).toBe(404);
    expect((await electron.protocolHandler!(new Request('app://agentdesk/missing.js'))).status).toBe(404);
  });
});

describe('screen pop', () => {
  it('registers agentdesk:// and pops the caller found by number when a second instance is opened with a call link', async () => {
    expect(electron.protocols).toEqual(['agentdesk']);
    const window = electron.created[0]!.window as { webContents: { sent: [string, unknown][] } };
    const pops = () => window.webContents.sent.filter(([channel]) => channel === 'event:incomingCall');
    // The window existed before the store opened: it was told the startup state, ending with ready.
    const startupStates = window.webContents.sent.filter(([channel]) => channel === 'event:startupState');
    expect(startupStates.at(-1)).toEqual(['event:startupState', { phase: 'ready' }]);
    electron.appEvents.get('second-instance')!({}, ['/usr/bin/agentdesk', 'agentdesk://call?number=13900001111']);
    expect(pops()).toEqual([
      ['event:incomingCall', { number: '13900001111', receivedAt: expect.any(Number), matches: [expect.objectContaining({ name: '赵先生', phoneMasked: '139****1111' })] }],
    ]);
    electron.appEvents.get('second-instance')!({}, ['/usr/bin/agentdesk', '--call', 'not-a-number']);
    expect(pops()).toHaveLength(1);
  });
});

describe('desktop basics', () => {
  const window = () => electron.created[0]!.window as { webContents: { sent: [string, unknown][]; emit(event: string): void } };

  it('installs the application menu in the interface language', () => {
    const [menu] = electron.basics!.menus as { label: string }[][];
    expect(menu!.map((item) => item.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
  });

  it('asks the page to lock when the OS locks the screen or goes to sleep', () => {
    window().webContents.emit('did-finish-load');
    electron.basics!.power.get('lock-screen')!();
    electron.basics!.power.get('suspend')!();
    expect(window().webContents.sent.filter(([channel]) => channel === 'event:lockRequested')).toEqual([
      ['event:lockRequested', { reason: 'lockScreen' }],
      ['event:lockRequested', { reason: 'suspend' }],
    ]);
  });

  it('reaches the sync server through Electron net.fetch (system proxy and certificates), not Node fetch', async () => {
    // The local administrator points the desktop at a sync server (which signs them out); sign-in then goes there.
    expect(await electron.ipc.get(channelOf.updateSettings)!(fromApp, { serverUrl: 'https://sync.example.com' })).toMatchObject({ ok: true });
    const reply = (await electron.ipc.get('session:login')!(fromApp, { number: '1001', password: 'pw-1001' })) as { ok: boolean };
    expect(reply.ok).toBe(false);
    expect(electron.basics!.fetched.some((url) => url.startsWith('https://sync.example.com/'))).toBe(true);
  });
});
