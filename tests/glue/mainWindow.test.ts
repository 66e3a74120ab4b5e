import { describe, expect, it, vi } from 'vitest';
import { fakeSession, fakeWebContents, navigationBlocked } from './fakeElectron';

const electron = vi.hoisted(() => ({ created: [] as { options: unknown; window: unknown }[], session: null as unknown }));

vi.mock('electron', async () => {
  const fakes = await import('./fakeElectron');
  electron.session = fakes.fakeSession();
  return { BrowserWindow: fakes.fakeBrowserWindowClass(electron.created), session: { defaultSession: electron.session } };
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
});

describe('the session', () => {
  const session = fakeSession();
  hardenSession(session as never);

  it('adds the CSP to every response', () => {
    const callback = vi.fn();
    session.state.headersListener!({ responseHeaders: { 'content-type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'content-type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      session.state.permissionRequest!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.state.permissionCheck!({}, permission)).toBe(false);
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
