import { BrowserWindow, session, shell, type WebContents } from 'electron';
import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Settings } from '../shared/schemas/settings';
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

export function createMainWindow(preloadPath: string, bounds: Settings['windowBounds'] = null): BrowserWindow {
  const window = new BrowserWindow({
    width: bounds?.width ?? 1280,
    height: bounds?.height ?? 800,
    ...(bounds ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'AgentDesk',
    backgroundColor: '#f5f6f8',
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
