import { describe, expect, it, vi } from 'vitest';
import { fakeSession, fakeWebContents, navigationBlocked } from './fakeElectron';

const electron = vi.hoisted(() => ({ created: [] as { options: unknown; window: unknown }[], session: null as unknown, opened: [] as string[] }));

vi.mock('electron', async () => {
  const fakes = await import('./fakeElectron');
  electron.session = fakes.fakeSession();
  return {
    BrowserWindow: fakes.fakeBrowserWindowClass(electron.created),
    session: { defaultSession: electron.session },
    shell: { openExternal: async (url: string) => void electron.opened.push(url) },
  };
});

const { createMainWindow, hardenSession, lockDownContents } = await import('../../src/main/mainWindow');
const { CONTENT_SECURITY_POLICY } = await import('../../src/main/window/contentSecurityPolicy');

describe('the main window', () => {
  it('isolates the renderer: context isolation, sandbox, no Node anywhere, no webview', () => {
    createMainWindow('/app/preload/index.cjs');
    const options = electron.created.at(-1)!.options as { webPreferences: Record<string, unknown> };
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
  });

  it('loads our bundle from the app:// origin, not from file://', () => {
    createMainWindow('/p.cjs');
    const window = electron.created.at(-1)!.window as { loadURL: { mock: { calls: unknown[][] } } };
    expect(window.loadURL.mock.calls[0]![0]).toBe('app://agentdesk/index.html');
  });

  it('keeps navigation inside the bundle and denies every new window and webview', () => {
    const contents = fakeWebContents();
    lockDownContents(contents as never);
    expect(navigationBlocked(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigationBlocked(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigationBlocked(contents, 'will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
    expect(navigationBlocked(contents, 'will-navigate', 'app://agentdesk/index.html')).toBe(false);
    expect(navigationBlocked(contents, 'will-attach-webview', 'app://agentdesk/')).toBe(true);
    expect(contents.openWindow('https://example.com')).toEqual({ action: 'deny' });
    expect(contents.openWindow('app://agentdesk/index.html')).toEqual({ action: 'deny' });
  });

  it('hands only plain https links to the system browser', () => {
    const contents = fakeWebContents();
    lockDownContents(contents as never);
    electron.opened.length = 0;
    for (const url of ['https://kb.example.com/article/42', 'http://kb.example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'agentdesk://call?number=1', 'https://user:pw@kb.example.com/', 'https://localhost/', 'smb://share/x']) {
      expect(contents.openWindow(url)).toEqual({ action: 'deny' });
    }
    expect(electron.opened).toEqual(['https://kb.example.com/article/42']);
  });

  it('opens where the agent left it, maximized again if it was', () => {
    createMainWindow('/p.cjs', { x: 40, y: 30, width: 1400, height: 900, maximized: true });
    const { options, window } = electron.created.at(-1)! as { options: Record<string, unknown>; window: { once: { mock: { calls: [string, () => void][] } }; maximize: { mock: { calls: unknown[] } } } };
    expect(options).toMatchObject({ x: 40, y: 30, width: 1400, height: 900 });
    window.once.mock.calls.find(([event]) => event === 'ready-to-show')![1]();
    expect(window.maximize.mock.calls).toHaveLength(1);
  });

  it('runs a current Electron major', async () => {
    const { readFileSync } = await import('node:fs');
    const version = (JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }).version;
    // Electron supports its three newest majors; 45 is the newest at the time of writing (2026-11).
    expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(43);
  });
});

describe('the session', () => {
  const session = fakeSession();
  hardenSession(session as never);

  it('adds the CSP to every response', () => {
    const callback = vi.fn();
    session.state.headersListener!({ responseHeaders: { 'content-type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'content-type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });

  it('denies every permission but notifications and clipboard writes, and those only to our own pages', () => {
    const ours = 'app://agentdesk/index.html';
    for (const permission of ['media', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      session.state.permissionRequest!({}, permission, callback, { requestingUrl: ours });
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.state.permissionCheck!({}, permission, 'app://agentdesk')).toBe(false);
    }
    for (const permission of ['notifications', 'clipboard-sanitized-write']) {
      const granted = vi.fn();
      session.state.permissionRequest!({}, permission, granted, { requestingUrl: ours });
      expect(granted).toHaveBeenCalledWith(true);
      expect(session.state.permissionCheck!({}, permission, 'app://agentdesk')).toBe(true);
      const foreign = vi.fn();
      session.state.permissionRequest!({}, permission, foreign, { requestingUrl: 'https://evil.example/' });
      expect(foreign).toHaveBeenCalledWith(false);
      expect(session.state.permissionCheck!({}, permission, 'https://evil.example')).toBe(false);
    }
  });
});

describe('the Content-Security-Policy', () => {
  const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
  it('allows no inline code, no eval and nothing from elsewhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*|http:|https:/);
    expect(directives['default-src']).toBe("'none'");
    expect(directives['script-src']).toBe("'self'");
    expect(directives['object-src']).toBe("'none'");
    expect(directives['frame-ancestors']).toBe("'none'");
    expect(directives['base-uri']).toBe("'none'");
  });
});
