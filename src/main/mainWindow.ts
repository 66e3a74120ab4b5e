import { BrowserWindow, Menu, session, shell, type WebContents } from 'electron';
import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locale, Settings } from '../shared/schemas/settings';
import { contextMenuTemplate } from './window/menuTemplate';
import { HUNG_GRACE_MS, type CrashRecovery, type RecoveryAction } from './window/crashRecovery';
import { WINDOW_BACKGROUNDS } from './window/windowBackground';
import { isSafeExternalUrl } from './window/externalLinks';
import { APP_ENTRY_URL, isAppUrl } from './window/appOrigin';
import { isPermissionAllowed } from './window/permissions';
import { CONTENT_SECURITY_POLICY } from './window/contentSecurityPolicy';

/** Session-wide rules: CSP on every response, every permission denied but notifications and clipboard writes from our own pages. */
export function hardenSession(target = session.defaultSession): void {
  target.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  target.setPermissionRequestHandler((_webContents, permission, callback, details) => callback(isPermissionAllowed(permission, details.requestingUrl)));
  target.setPermissionCheckHandler((_webContents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin));
}

/** Navigation stays inside our bundle; new windows and <webview> are refused. */
export function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // A link that would open a window opens in the system browser instead, if it is a plain https URL.
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/**
 * The main window, hidden until its first paint (`ready-to-show`) and painted in the theme's
 * background colour until then, so a dark theme never flashes light at start.
 */
export function createMainWindow(preloadPath: string, bounds: Settings['windowBounds'] = null, backgroundColor: string = WINDOW_BACKGROUNDS.light): BrowserWindow {
  const window = new BrowserWindow({
    width: bounds?.width ?? 1280,
    height: bounds?.height ?? 800,
    ...(bounds ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'AgentDesk',
    backgroundColor,
    // Every webPreference that matters for security, written out here so that static scanners
    // (electronegativity) see them too; asserted by tests/glue/mainWindow.test.ts.
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
  lockDownContents(window.webContents);
  window.once('ready-to-show', () => {
    if (bounds?.maximized) window.maximize();
    window.show();
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/** Right-click in a text field: cut, copy, paste, select all (window/menuTemplate.ts); copy on selected text. */
export function attachContextMenu(window: BrowserWindow, locale: () => Locale): void {
  window.webContents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, locale());
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window });
  });
}

/**
 * A renderer that dies (`render-process-gone`) or stays hung (`unresponsive` for HUNG_GRACE_MS
 * without `responsive`) is reloaded as `recovery` decides; the call draft is in SQLite, so the
 * reloaded call screen resumes it. `onEvent` logs, records and tells the agent.
 */
export function watchRenderer(window: BrowserWindow, recovery: CrashRecovery, onEvent: (what: 'gone' | 'hung', detail: string, action: RecoveryAction) => void): void {
  const act = (action: RecoveryAction) => {
    if (action.kind !== 'reload' || window.isDestroyed()) return;
    window.webContents.reload();
  };
  window.webContents.on('render-process-gone', (_event, details) => {
    const action = recovery.onGone(details.reason);
    onEvent('gone', `${details.reason} (exit code ${details.exitCode})`, action);
    act(action);
  });
  let hung: ReturnType<typeof setTimeout> | null = null;
  window.on('unresponsive', () => {
    if (hung) return;
    hung = setTimeout(() => {
      hung = null;
      if (window.isDestroyed()) return;
      // A hung page does not run a reload: its process is ended, and 'render-process-gone' (reason
      // "killed") reloads it like any other crash.
      onEvent('hung', `no answer for ${HUNG_GRACE_MS / 1000} s`, { kind: 'none' });
      window.webContents.forcefullyCrashRenderer();
    }, HUNG_GRACE_MS);
  });
  window.on('responsive', () => {
    if (hung) clearTimeout(hung);
    hung = null;
  });
}

/**
 * Prints a report's static HTML (inline CSS and SVG, no scripts) to an A4 PDF with Chromium: in
 * a hidden window with no preload, scripts off, sandboxed, loaded from a temporary file and
 * destroyed afterwards. The Node path (pdfkit, reports/export/pdfExport.ts) draws the same report
 * where Electron is not available.
 */
export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const file = join(tmpdir(), `agentdesk-report-${randomUUID()}.html`);
  await writeFile(file, html, 'utf8');
  const window = new BrowserWindow({
    show: false,
    width: 794,
    height: 1123,
    webPreferences: {
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
  try {
    await window.loadFile(file);
    return await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    window.destroy();
    await rm(file, { force: true });
  }
}
