/**
 * Composition root of the Electron main process: the only place (with mainWindow.ts) that
 * touches Electron at runtime. Everything it wires up is built and tested under plain Node.
 */
import { app, dialog, ipcMain, protocol, safeStorage, type BrowserWindow } from 'electron';
import Store from 'electron-store';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { registerIpc } from './ipc/registerIpc';
import { sendEvent } from './ipc/sendEvent';
import { PROTOCOL, screenPopNumber } from './screenPop/screenPopNumber';
import { createMainWindow, hardenSession, lockDownContents, printHtmlToPdf } from './mainWindow';
import { createStartupController } from './startup/startupController';
import { APP_SCHEME } from './window/appOrigin';
import { CONTENT_SECURITY_POLICY } from './window/contentSecurityPolicy';
import { encryptedTokenFile } from './sync/encryptedTokenFile';
import { updateFeed } from './updates/updateFeed';
import type { Settings } from '../shared/schemas/settings';
import { channelOf } from '../shared/channels';
import { mimeTypeOf, resolveRendererAsset } from './window/rendererAssets';

const here = import.meta.dirname;
const rendererRoot = join(here, '../renderer');
const preloadPath = join(here, '../preload/index.cjs');

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveRendererAsset(rendererRoot, request.url);
    if (!file) return new Response('not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, { headers: { 'content-type': mimeTypeOf(file), 'content-security-policy': CONTENT_SECURITY_POLICY } });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession();
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  serveRenderer();

  const settingsFile = new Store<Record<string, unknown>>({ name: 'settings' });
  let window: BrowserWindow | null = null;
  // ── Issue 20 (startup screen, backups) ────────────────────────────────────────────────────────
  // The window opens first and shows the startup screen; the startup controller then opens the
  // store (integrity check in a worker, migrations with progress) and answers IPC meanwhile (every
  // other verb: not_ready until ready). A damaged store gets its own screen (restore a backup,
  // start empty, diagnostics). All the logic is in startup/startupController.ts; `services` below
  // is the controller's current one (a restore replaces it).
  const startup = createStartupController({
    services: {
      userDataDir: app.getPath('userData'),
      settingsBackend: { read: () => settingsFile.store, write: (value) => (settingsFile.store = value) },
      version: app.getVersion(),
      osLocale: app.getLocale(),
      log: (message, error) => console.error(`[agentdesk] ${message}`, error ?? ''),
      tokenVault: encryptedTokenFile(join(app.getPath('userData'), 'session.bin'), safeStorage),
      onSyncStatus: (status) => {
        if (window && !window.isDestroyed()) sendEvent(window.webContents, 'onSyncStatus', status);
      },
      onReportProgress: (progress) => {
        if (window && !window.isDestroyed()) sendEvent(window.webContents, 'onReportProgress', progress);
      },
      // Report exports: the user picks where in the system's save dialog; PDFs are printed by Chromium.
      chooseSavePath: async (suggestedName, format) => {
        const filters = { csv: { name: 'CSV (zip)', extensions: ['zip'] }, xlsx: { name: 'Excel', extensions: ['xlsx'] }, pdf: { name: 'PDF', extensions: ['pdf'] } }[format];
        const options = { defaultPath: join(app.getPath('documents'), suggestedName), filters: [filters] };
        const answer = window && !window.isDestroyed() ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
        return answer.canceled || !answer.filePath ? null : answer.filePath;
      },
      printHtml: printHtmlToPdf,
    },
    onState: (state) => {
      if (window && !window.isDestroyed()) sendEvent(window.webContents, 'onStartupState', state);
    },
    reloadWindow: () => {
      if (window && !window.isDestroyed()) window.webContents.reload();
    },
  });
  const services = { dispatch: startup.dispatch, screenPop: (number: string) => startup.services()?.screenPop(number) ?? null, close: () => startup.close() };
  registerIpc(ipcMain, services.dispatch);
  if (!app.isDefaultProtocolClient(PROTOCOL)) app.setAsDefaultProtocolClient(PROTOCOL);
  window = createMainWindow(preloadPath, startup.readSettings().windowBounds);
  // The page may finish loading while the store opens: the screen pop from argv waits for both.
  const pageLoaded = new Promise<void>((resolve) => window?.webContents.once('did-finish-load', () => resolve()));
  await startup.start();
  // ── end of issue 20 block ─────────────────────────────────────────────────────────────────────

  const dispatchSettings = async () => {
    const result = await services.dispatch(channelOf.getSettings, undefined);
    return result.ok ? (result.value as Settings) : null;
  };
  const initial = await dispatchSettings();
  const mainWindow = window;
  mainWindow.on('close', () => {
    const { x, y, width, height } = mainWindow.getNormalBounds();
    void services.dispatch(channelOf.updateSettings, { windowBounds: { x, y, width, height, maximized: mainWindow.isMaximized() } });
  });
  // Updates only from the organisation's own server, and only when switched on (off by default).
  const feed = initial ? updateFeed(initial) : null;
  if (feed) {
    const { autoUpdater } = (await import('electron-updater')).default;
    autoUpdater.setFeedURL(feed);
    void autoUpdater.checkForUpdatesAndNotify().catch((error: unknown) => console.error('[agentdesk] update check failed', error));
  }
  // Screen pop: a softphone opens agentdesk://call?number=… (or starts us with --call=…) on ring.
  const popFrom = (argv: readonly string[]) => {
    const number = screenPopNumber(argv);
    const call = number ? services.screenPop(number) : null;
    if (call) sendEvent(mainWindow.webContents, 'onIncomingCall', call);
  };
  void pageLoaded.then(() => popFrom(process.argv));
  app.on('second-instance', (_event, argv) => {
    if (window.isMinimized()) window.restore();
    window.focus();
    popFrom(argv);
  });
  app.on('open-url', (event, url) => {
    event.preventDefault();
    popFrom([url]);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => services.close());
}

if (app.requestSingleInstanceLock()) {
  void start();
} else {
  app.quit();
}
