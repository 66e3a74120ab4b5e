import BetterSqlite3 from 'better-sqlite3';
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
}));
electron.userData = temp.dir;

vi.mock('electron-store', () => ({ default: class { store: Record<string, unknown> = {}; } }));
vi.mock('electron', async () => {
  const fakes = await import('./fakeElectron');
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
    },
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
// First run of a standalone desktop: the local administrator is created and signed in, as the setup screen does.
const fromAppFrame = { senderFrame: { url: 'app://agentdesk/index.html', parent: null } };
expect(await electron.ipc.get('accounts:setupAdmin')!(fromAppFrame, { number: '9001', name: '管理员', password: 'admin-pass-1' })).toMatchObject({ ok: true });
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
    electron.appEvents.get('second-instance')!({}, ['/usr/bin/agentdesk', 'agentdesk://call?number=13900001111']);
    expect(window.webContents.sent).toEqual([
      ['event:incomingCall', { number: '13900001111', receivedAt: expect.any(Number), matches: [expect.objectContaining({ name: '赵先生', phoneMasked: '139****1111' })] }],
    ]);
    electron.appEvents.get('second-instance')!({}, ['/usr/bin/agentdesk', '--call', 'not-a-number']);
    expect(window.webContents.sent).toHaveLength(1);
  });
});
