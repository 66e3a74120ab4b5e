/**
 * Composition root of the Electron main process: the only place (with mainWindow.ts) that
 * touches Electron at runtime. Everything it wires up is built and tested under plain Node.
 *
 * Start-up is a sequence of named steps (bottom of the file):
 *   before ready — log and crash records, process crash handlers, the app:// scheme, the single
 *                  instance lock, then every app handler (open-url before ready: a macOS cold
 *                  start from an agentdesk:// link keeps its number);
 *   when ready   — session rules, the renderer, settings file, services, IPC, window, menu,
 *                  OS lock/suspend;
 *   last         — optional services (auto-update, sync), each on its own: a failure is logged,
 *                  recorded and shown to the agent, never fatal.
 */
import { app, dialog, ipcMain, Menu, nativeTheme, net, powerMonitor, protocol, safeStorage, screen, type BrowserWindow } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { resolveLocale, type Settings } from '../shared/schemas/settings';
import { channelOf } from '../shared/channels';
import type { AgentDeskEvents } from '../shared/api';
import type { EventName } from '../shared/channels';
import { registerIpc } from './ipc/registerIpc';
import { sendEvent } from './ipc/sendEvent';
import { PROTOCOL, screenPopNumber } from './screenPop/screenPopNumber';
import { attachContextMenu, createMainWindow, hardenSession, lockDownContents, printHtmlToPdf, watchRenderer } from './mainWindow';
import { createStartupController, type StartupController } from './startup/startupController';
import { APP_SCHEME } from './window/appOrigin';
import { CONTENT_SECURITY_POLICY } from './window/contentSecurityPolicy';
import { encryptedTokenFile } from './sync/encryptedTokenFile';
import { updateFeed } from './updates/updateFeed';
import { mimeTypeOf, resolveRendererAsset } from './window/rendererAssets';
import { defaultPolicyPath, readMachinePolicy } from './settings/machinePolicy';
import { rotatingLog } from './logging/rotatingLog';
import { crashRecords } from './logging/crashRecords';
import { noticeBoard } from './logging/notices';
import { installProcessCrashHandlers } from './logging/processCrashes';
import { SETTINGS_FILE, settingsFile } from './settings/settingsFile';
import { crashRecovery } from './window/crashRecovery';
import { menuTemplate } from './window/menuTemplate';
import { menuLabels } from './window/menuLabels';
import { restorableBounds } from './window/windowBounds';
import { windowBackground } from './window/windowBackground';
import { startOptionalServices } from './window/optionalServices';

const here = import.meta.dirname;
const rendererRoot = join(here, '../renderer');
const preloadPath = join(here, '../preload/index.cjs');
const userDataDir = app.getPath('userData');
const logFile = rotatingLog(join(userDataDir, 'logs'));
const crashes = crashRecords(join(userDataDir, 'logs'));
const notices = noticeBoard();

/** What the steps share: filled in as start-up goes. */
const state: { startup: StartupController | null; window: BrowserWindow | null; pageLoaded: boolean; waitingPops: string[]; settings: Settings | null } = {
  startup: null,
  window: null,
  pageLoaded: false,
  waitingPops: [],
  settings: null,
};

function logError(message: string, error?: unknown): void {
  logFile.write(error === undefined ? 'warn' : 'error', message, error);
  console.error(`[agentdesk] ${message}`, error ?? '');
}

function send<E extends EventName>(event: E, payload: AgentDeskEvents[E]): void {
  const window = state.window;
  if (window && !window.isDestroyed() && state.pageLoaded) sendEvent(window.webContents, event, payload);
}

// ---- before ready -------------------------------------------------------------------------

function catchProcessCrashes(): void {
  installProcessCrashHandlers(process, { log: logError, record: crashes.record });
}

function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Screen pop: a softphone opens agentdesk://call?number=… (or starts us with --call=…) on ring; kept until the page can take it. */
function popFrom(argv: readonly string[]): void {
  const number = screenPopNumber(argv);
  if (!number) return;
  state.waitingPops.push(number);
  flushPops();
}

/** Pops wait for both the page and the store (the startup screen shows while the store opens). */
function flushPops(): void {
  const services = state.startup?.services();
  if (!services || !state.pageLoaded) return;
  for (const number of state.waitingPops.splice(0)) send('onIncomingCall', services.screenPop(number));
}

function registerAppHandlers(): void {
  app.on('open-url', (event, url) => {
    event.preventDefault();
    popFrom([url]);
  });
  app.on('second-instance', (_event, argv) => {
    const window = state.window;
    if (window && !window.isDestroyed()) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
    popFrom(argv);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => state.startup?.close());
  // Windows shows notifications (follow-ups falling due) only for an app with its id.
  if (process.platform === 'win32') app.setAppUserModelId('com.agentdesk.desktop');
  notices.onAdded(() => send('onNotices', { waiting: 1 }));
}

// ---- when ready ---------------------------------------------------------------------------

function secureSessions(): void {
  hardenSession();
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
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

/**
 * The window opens first and shows the startup screen; the startup controller then opens the store
 * (integrity check in a worker, migrations with progress) and answers IPC meanwhile (every other
 * verb: not_ready until ready). A damaged store gets its own screen (restore a backup, start empty,
 * diagnostics); a restore swaps the services under the same dispatch.
 */
function openStartup(): StartupController {
  // A corrupt or unreadable settings.json is set aside: defaults are used and the agent is told once.
  const settings = settingsFile(join(userDataDir, SETTINGS_FILE), {
    onSetAside: ({ keptAs, reason }) => {
      logError(`settings file ${reason}: set aside as ${keptAs ?? '(could not be moved)'}, defaults used`);
      notices.add({ code: 'settingsReset', ...(keptAs ? { detail: keptAs } : {}) });
    },
  });
  return createStartupController({
    services: {
      userDataDir,
      settingsBackend: settings,
      version: app.getVersion(),
      osLocale: app.getLocale(),
      log: (message, error) => console.error(`[agentdesk] ${message}`, error ?? ''),
      logFile,
      crashes,
      notices,
      // Sync through Chromium's network stack: the system proxy and the OS certificate store (an internal CA) apply.
      fetch: (input, init) => net.fetch(input instanceof URL ? input.toString() : input, init),
      // The machine policy: AGENTDESK_POLICY_FILE only when run from source (npm start), never installed.
      readPolicy: () => readMachinePolicy(defaultPolicyPath(process.env, process.platform, app.isPackaged)),
      tokenVault: encryptedTokenFile(join(userDataDir, 'session.bin'), safeStorage),
      onSyncStatus: (status) => send('onSyncStatus', status),
      onReportProgress: (progress) => send('onReportProgress', progress),
      // The telephony endpoint (off by default): a ring pops the caller like agentdesk://call does.
      onCallEvent: (event) => send('onCallEvent', event),
      onIncomingCall: (incoming) => send('onIncomingCall', incoming),
      // Report exports: the user picks where in the system's save dialog; PDFs are printed by Chromium.
      chooseSavePath: async (suggestedName, format) => {
        const filters = { csv: { name: 'CSV (zip)', extensions: ['zip'] }, xlsx: { name: 'Excel', extensions: ['xlsx'] }, pdf: { name: 'PDF', extensions: ['pdf'] } }[format];
        const options = { defaultPath: join(app.getPath('documents'), suggestedName), filters: [filters] };
        const window = state.window;
        const answer = window && !window.isDestroyed() ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
        return answer.canceled || !answer.filePath ? null : answer.filePath;
      },
      printHtml: printHtmlToPdf,
    },
    onState: (startupState) => {
      send('onStartupState', startupState);
      if (startupState.phase === 'ready') flushPops(); // also after a restore or a fresh start from the damaged screen
    },
    reloadWindow: () => {
      const window = state.window;
      if (window && !window.isDestroyed()) window.webContents.reload();
    },
  });
}

async function readSettings(startup: StartupController): Promise<Settings | null> {
  const result = await startup.dispatch(channelOf.getSettings, undefined);
  return result.ok ? (result.value as Settings) : null;
}

function registerHandlers(startup: StartupController): void {
  // A changed language or theme rebuilds the menu in it.
  registerIpc(ipcMain, async (channel, payload) => {
    const result = await startup.dispatch(channel, payload);
    if (channel === channelOf.updateSettings && result.ok) {
      state.settings = result.value as Settings;
      installMenu();
    }
    return result;
  });
  if (!app.isDefaultProtocolClient(PROTOCOL)) app.setAsDefaultProtocolClient(PROTOCOL);
}

const interfaceLocale = () => resolveLocale(state.settings?.locale ?? null, app.getLocale());

function openWindow(startup: StartupController): BrowserWindow {
  const bounds = restorableBounds(state.settings?.windowBounds ?? null, screen.getAllDisplays().map((display) => display.workArea));
  const window = createMainWindow(preloadPath, bounds, windowBackground(state.settings?.theme ?? 'system', nativeTheme.shouldUseDarkColors));
  state.window = window;
  window.on('close', () => {
    const { x, y, width, height } = window.getNormalBounds();
    void startup.dispatch(channelOf.updateSettings, { windowBounds: { x, y, width, height, maximized: window.isMaximized() } });
  });
  attachContextMenu(window, interfaceLocale);
  watchRenderer(window, crashRecovery({ now: Date.now }), (what, detail, action) => {
    logError(`window ${what}: ${detail}`, action.kind === 'giveUp' ? `gave up after ${action.reloads} reloads` : undefined);
    crashes.record(what === 'gone' ? 'rendererGone' : 'rendererHung', detail);
    if (action.kind === 'reload') notices.add({ code: 'windowRecovered' });
    if (action.kind === 'giveUp') {
      const l = menuLabels(interfaceLocale());
      void dialog
        .showMessageBox(window, { type: 'error', message: 'AgentDesk', detail: l.windowFailing, buttons: [l.reloadWindow, l.quitApp] })
        .then(({ response }) => (response === 0 ? window.webContents.reload() : app.quit()));
    }
  });
  // Each load (also a reload after a crash) may take events; the start command's call pops once.
  window.webContents.on('did-start-loading', () => (state.pageLoaded = false));
  window.webContents.on('did-finish-load', () => {
    state.pageLoaded = true;
    flushPops();
  });
  popFrom(process.argv);
  return window;
}

function installMenu(): void {
  const template = menuTemplate(
    { locale: interfaceLocale(), packaged: app.isPackaged, platform: process.platform },
    {
      lockScreen: () => send('onLockRequested', { reason: 'menu' }),
      exportDiagnostics: () => {
        void state.startup?.dispatch(channelOf.exportDiagnostics, undefined).then((result) => {
          if (result.ok) void dialog.showMessageBox({ type: 'info', message: 'AgentDesk', detail: `${menuLabels(interfaceLocale()).diagnosticsSaved}\n${(result.value as { path: string }).path}` });
        });
      },
      about: () => void dialog.showMessageBox({ type: 'info', message: 'AgentDesk', detail: `${app.getVersion()} · Electron ${process.versions['electron'] ?? ''}` }),
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** The idle lock also when the OS locks the screen or goes to sleep. */
function lockWithTheSystem(): void {
  powerMonitor.on('lock-screen', () => send('onLockRequested', { reason: 'lockScreen' }));
  powerMonitor.on('suspend', () => send('onLockRequested', { reason: 'suspend' }));
}

// ---- last: optional services ----------------------------------------------------------------

async function startOptional(): Promise<void> {
  const feed = state.settings ? updateFeed(state.settings) : null;
  await startOptionalServices(
    [
      {
        // Updates only from the organisation's own server, and only when switched on (off by default).
        name: 'autoUpdate',
        enabled: feed !== null,
        start: async () => {
          const { autoUpdater } = (await import('electron-updater')).default;
          autoUpdater.setFeedURL(feed!);
          await autoUpdater.checkForUpdatesAndNotify();
        },
      },
    ],
    (name, error) => {
      logError(`optional service ${name} failed`, error);
      crashes.record('serviceFailed', `${name}: ${error instanceof Error ? error.message : String(error)}`, error instanceof Error ? error.stack : undefined);
      notices.add({ code: 'serviceFailed', detail: name });
    },
  );
}

async function start(): Promise<void> {
  await app.whenReady();
  secureSessions();
  const startup = openStartup();
  state.startup = startup;
  state.settings = startup.readSettings();
  registerHandlers(startup);
  openWindow(startup);
  installMenu();
  lockWithTheSystem();
  // A damaged or failed store has its own screen; the optional services need a working store.
  if ((await startup.start()).phase !== 'ready') return;
  state.settings = (await readSettings(startup)) ?? state.settings;
  await startOptional();
}

catchProcessCrashes();
registerAppScheme();
if (app.requestSingleInstanceLock()) {
  registerAppHandlers();
  // A required step that fails leaves no window: say so and end, rather than run on invisibly.
  start().catch((error: unknown) => {
    logError('start-up failed', error);
    crashes.record('uncaughtException', `start-up failed: ${error instanceof Error ? error.message : String(error)}`, error instanceof Error ? error.stack : undefined);
    dialog.showErrorBox('AgentDesk', `AgentDesk could not start / 无法启动:\n\n${error instanceof Error ? error.message : String(error)}`);
    app.exit(1);
  });
} else {
  app.quit();
}
