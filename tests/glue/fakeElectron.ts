import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

/** A webContents that records its listeners so tests can fire navigation events at it. */
export function fakeWebContents() {
  const listeners = new Map<string, Listener[]>();
  let windowOpenHandler: Listener | null = null;
  return {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
    emit(event: string, ...args: unknown[]) {
      for (const listener of listeners.get(event) ?? []) listener(...args);
    },
    once(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
    sent: [] as [string, unknown][],
    send(channel: string, payload: unknown) {
      this.sent.push([channel, payload]);
    },
    setWindowOpenHandler(handler: Listener) {
      windowOpenHandler = handler;
    },
    openWindow(url: string) {
      return windowOpenHandler?.({ url });
    },
  };
}

export function fakeSession() {
  const state: { headersListener?: Listener; permissionRequest?: Listener; permissionCheck?: Listener } = {};
  return {
    state,
    webRequest: { onHeadersReceived: (listener: Listener) => void (state.headersListener = listener) },
    setPermissionRequestHandler: (handler: Listener) => void (state.permissionRequest = handler),
    setPermissionCheckHandler: (handler: Listener) => void (state.permissionCheck = handler),
  };
}

export function fakeBrowserWindowClass(created: { options: unknown; window: unknown }[]) {
  return class FakeBrowserWindow {
    webContents = fakeWebContents();
    loadURL = vi.fn(async () => {});
    once = vi.fn();
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = () => false;
    isMaximized = () => false;
    maximize = vi.fn();
    isDestroyed = () => false;
    getNormalBounds = () => ({ x: 10, y: 20, width: 1300, height: 820 });
    listeners = new Map<string, () => void>();
    on = (event: string, listener: () => void) => void this.listeners.set(event, listener);
    constructor(options: unknown) {
      created.push({ options, window: this });
    }
  };
}

/** Fires a navigation event and reports whether the app blocked it. */
export function navigationBlocked(contents: ReturnType<typeof fakeWebContents>, event: string, url: string): boolean {
  const preventDefault = vi.fn();
  contents.emit(event, { preventDefault }, url);
  return preventDefault.mock.calls.length > 0;
}

/**
 * The Electron modules index.ts uses for the desktop basics (menu, theme, network, power events,
 * displays), recording what it does with them.
 */
export function fakeDesktopBasics() {
  const recorded = { menus: [] as unknown[], power: new Map<string, Listener>(), fetched: [] as string[] };
  return {
    recorded,
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template, popup: vi.fn() }),
      setApplicationMenu: (menu: { template: unknown }) => void recorded.menus.push(menu.template),
    },
    nativeTheme: { shouldUseDarkColors: false },
    net: {
      fetch: async (url: string) => {
        recorded.fetched.push(url);
        throw new Error('offline in tests');
      },
    },
    powerMonitor: { on: (event: string, listener: Listener) => void recorded.power.set(event, listener) },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] },
  };
}
