import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { channelOf } from '../../src/shared/channels';
import { openDatabase } from '../../src/main/store/openDatabase';
import { FROM, seedReportFixture, TO } from '../support/reportFixture';
import { makeTempDir } from '../support/tempDir';

/**
 * The Electron edge of report exports (index.ts + mainWindow.ts): the save dialog chooses the path,
 * PDFs are printed by Chromium in a hidden window without scripts, progress goes to the window.
 * The desktop starts signed in as the team lead 刘组长 (a saved sign-in and its token).
 */
const temp = makeTempDir();
const electron = vi.hoisted(() => ({
  userData: '',
  documents: '',
  created: [] as { options: { webPreferences?: Record<string, unknown> }; window: unknown }[],
  ipc: new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>(),
  appEvents: new Map<string, (...args: unknown[]) => void>(),
  saveAnswer: { canceled: false, filePath: '' } as { canceled: boolean; filePath?: string },
  saveDialogs: [] as unknown[][],
  printed: [] as { html: string; options: unknown }[],
}));
electron.userData = join(temp.dir, 'profile');
electron.documents = join(temp.dir, 'documents');
mkdirSync(electron.userData, { recursive: true });
mkdirSync(electron.documents, { recursive: true });

// The store as a lead's desktop has it after signing in once: the team's data and the saved sign-in.
const db = openDatabase(join(electron.userData, 'agentdesk.db'));
seedReportFixture(db);
db.prepare('INSERT INTO local_logins (number, agent, password_hash, last_login_at) VALUES (?, ?, ?, ?)').run(
  '1100',
  JSON.stringify({ id: 'L', number: '1100', name: '刘组长', role: 'lead', branchId: 'b1', teamId: 't1', offline: false }),
  'scrypt$unused',
  1,
);
db.close();
writeFileSync(join(electron.userData, 'session.bin'), Buffer.from('token').reverse());

vi.mock('electron', async () => {
  const fakes = await import('./fakeElectron');
  const Base = fakes.fakeBrowserWindowClass(electron.created as never);
  class Window extends Base {
    destroyed = false;
    html = '';
    loadFile = vi.fn(async (path: string) => void (this.html = readFileSync(path, 'utf8')));
    destroy = vi.fn(() => void (this.destroyed = true));
    constructor(options: unknown) {
      super(options);
      Object.assign(this.webContents, {
        printToPDF: vi.fn(async (options: unknown) => {
          electron.printed.push({ html: this.html, options });
          return Buffer.from('%PDF-1.7 from chromium');
        }),
      });
    }
  }
  return {
    app: {
      whenReady: async () => {},
      requestSingleInstanceLock: () => true,
      isDefaultProtocolClient: () => true,
      setAsDefaultProtocolClient: vi.fn(),
      getPath: (name: string) => (name === 'documents' ? electron.documents : electron.userData),
      getVersion: () => '0.1.0',
      getLocale: () => 'zh-CN',
      on: (event: string, listener: (...args: unknown[]) => void) => electron.appEvents.set(event, listener),
      quit: vi.fn(),
      exit: vi.fn(),
      isPackaged: false,
      setAppUserModelId: vi.fn(),
    },
    ...fakes.fakeDesktopBasics(),
    dialog: {
      showErrorBox: vi.fn(),
      showSaveDialog: vi.fn(async (...args: unknown[]) => {
        electron.saveDialogs.push(args);
        return electron.saveAnswer;
      }),
    },
    ipcMain: { handle: (channel: string, listener: (event: unknown, payload: unknown) => Promise<unknown>) => electron.ipc.set(channel, listener) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    BrowserWindow: Window,
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
// The page has loaded (main may send it events); the store opens after the window (issue 20): wait until it is ready.
(electron.created[0]!.window as { webContents: { emit(event: string): void } }).webContents.emit('did-finish-load');
await vi.waitFor(
  async () => {
    const answer = (await electron.ipc.get(channelOf.getStartupState)!({ senderFrame: { url: 'app://agentdesk/index.html', parent: null } }, undefined)) as { ok: boolean; value?: { state: { phase: string } } };
    expect(answer.value?.state.phase).toBe('ready');
  },
  { timeout: 60_000, interval: 50 },
);
afterAll(() => {
  electron.appEvents.get('will-quit')?.();
  temp.cleanup();
});

const fromApp = { senderFrame: { url: 'app://agentdesk/index.html', parent: null } };
const exportPdf = (jobId: string) => electron.ipc.get('report:export')!(fromApp, { jobId, filter: { from: FROM, to: TO }, format: 'pdf', locale: 'zh-CN' });

describe('report exports at the Electron edge', () => {
  it('asks where to save in the save dialog, prints the PDF with Chromium in a hidden window without scripts, and sends progress to the window', async () => {
    electron.saveAnswer = { canceled: false, filePath: join(electron.documents, '周报') };
    const reply = (await exportPdf('job-edge-1')) as { ok: boolean; value: { status: string; path: string } };
    expect(reply).toMatchObject({ ok: true, value: { status: 'saved', path: join(electron.documents, '周报.pdf') } });
    expect(readFileSync(join(electron.documents, '周报.pdf'), 'utf8')).toBe('%PDF-1.7 from chromium');

    const [parent, options] = electron.saveDialogs[0] as [unknown, { defaultPath: string; filters: unknown }];
    expect(parent).toBe(electron.created[0]!.window);
    expect(options).toEqual({ defaultPath: join(electron.documents, '班次报表_售后一组_2026-11-16.pdf'), filters: [{ name: 'PDF', extensions: ['pdf'] }] });

    const printer = electron.created[1]!;
    expect(printer.options.webPreferences).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(printer.options.webPreferences).not.toHaveProperty('preload');
    expect((printer.window as { destroyed: boolean }).destroyed).toBe(true);
    expect(electron.printed[0]!.options).toMatchObject({ pageSize: 'A4', printBackground: true });
    expect(electron.printed[0]!.html).toContain('<svg');
    expect(electron.printed[0]!.html).toContain('8分钟20秒');

    const sent = (electron.created[0]!.window as { webContents: { sent: [string, { jobId: string }][] } }).webContents.sent;
    expect(sent.filter(([channel]) => channel === 'event:reportProgress').map(([, p]) => p.jobId)).toContain('job-edge-1');
  });

  it('a cancelled save dialog exports nothing', async () => {
    electron.saveAnswer = { canceled: true };
    expect(await exportPdf('job-edge-2')).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(electron.printed).toHaveLength(1);
  });
});
