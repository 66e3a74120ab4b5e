/**
 * Composition root of the Electron main process: the only place (with mainWindow.ts) that
 * touches Electron at runtime. Everything it wires up is built and tested under plain Node.
 */
import { app, dialog, ipcMain, protocol, safeStorage, type BrowserWindow } from 'electron';
import Store from 'electron-store';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../shared/result';
import { registerIpc } from './ipc/registerIpc';
import { sendEvent } from './ipc/sendEvent';
import { PROTOCOL, screenPopNumber } from './screenPop/screenPopNumber';
import { createMainWindow, hardenSession, lockDownContents, printHtmlToPdf } from './mainWindow';
import { createMainServices, type MainServices } from './services';
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
  let services: MainServices;
  let window: BrowserWindow | null = null;
  try {
    services = createMainServices({
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
      // The telephony endpoint (off by default): a ring pops the caller like agentdesk://call does.
      onCallEvent: (event) => {
        if (window && !window.isDestroyed()) sendEvent(window.webContents, 'onCallEvent', event);
      },
      onIncomingCall: (incoming) => {
        if (window && !window.isDestroyed()) sendEvent(window.webContents, 'onIncomingCall', incoming);
      },
      // Report exports: the user picks where in the system's save dialog; PDFs are printed by Chromium.
      chooseSavePath: async (suggestedName, format) => {
        const filters = { csv: { name: 'CSV (zip)', extensions: ['zip'] }, xlsx: { name: 'Excel', extensions: ['xlsx'] }, pdf: { name: 'PDF', extensions: ['pdf'] } }[format];
        const options = { defaultPath: join(app.getPath('documents'), suggestedName), filters: [filters] };
        const answer = window && !window.isDestroyed() ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
        return answer.canceled || !answer.filePath ? null : answer.filePath;
      },
      printHtml: printHtmlToPdf,
    });
  } catch (error) {
    const detail = error instanceof AppError ? error.message : String(error);
    dialog.showErrorBox('AgentDesk', `AgentDesk cannot open its case store / 无法打开本地数据库:\n\n${detail}`);
    app.exit(1);
    return;
  }
  registerIpc(ipcMain, services.dispatch);
  if (!app.isDefaultProtocolClient(PROTOCOL)) app.setAsDefaultProtocolClient(PROTOCOL);

  const dispatchSettings = async () => {
    const result = await services.dispatch(channelOf.getSettings, undefined);
    return result.ok ? (result.value as Settings) : null;
  };
  const initial = await dispatchSettings();
  window = createMainWindow(preloadPath, initial?.windowBounds ?? null);
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
    if (number) sendEvent(window.webContents, 'onIncomingCall', services.screenPop(number));
  };
  window.webContents.once('did-finish-load', () => popFrom(process.argv));
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
