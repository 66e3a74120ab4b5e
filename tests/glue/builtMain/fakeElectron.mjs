// A small stand-in for the `electron` module: records what main registers and creates, and tells
// the test (the parent process, over the fork IPC channel) on request. On `whenReady()` it
// delivers an `open-url` as macOS does on a cold start from an agentdesk:// link.
import { EventEmitter } from 'node:events';

const state = {
  order: [],
  appEvents: [],
  ipcChannels: [],
  windows: [],
  menus: 0,
  pagesLoaded: 0,
  power: [],
  updater: { loaded: false, feed: null, checked: false },
};
globalThis.fakeElectronState = state;
const appEmitter = new EventEmitter();
const userData = process.env.FAKE_ELECTRON_USER_DATA;

process.on('message', (message) => {
  if (message === 'report') process.send({ ...state, windows: state.windows.map((w) => ({ options: w.options, sent: w.webContents.sent })) });
  if (message?.fire) appEmitter.emit(message.fire, { preventDefault() {} }, ...message.args);
});

export const app = {
  isPackaged: false,
  on(event, listener) {
    state.order.push(`on:${event}`);
    state.appEvents.push(event);
    appEmitter.on(event, listener);
  },
  async whenReady() {
    state.order.push('whenReady');
    appEmitter.emit('open-url', { preventDefault() {} }, 'agentdesk://call?number=13900002222');
  },
  requestSingleInstanceLock: () => true,
  isDefaultProtocolClient: () => false,
  setAsDefaultProtocolClient: () => true,
  setAppUserModelId: () => {},
  getPath: () => userData,
  getVersion: () => '0.0.0-test',
  getLocale: () => 'zh-CN',
  quit: () => state.order.push('quit'),
  exit: (code) => state.order.push(`exit:${code}`),
};

class FakeWebContents extends EventEmitter {
  sent = [];
  send(channel, payload) {
    this.sent.push([channel, payload]);
  }
  setWindowOpenHandler() {}
  reload() {}
  forcefullyCrashRenderer() {}
}

export class BrowserWindow extends EventEmitter {
  webContents = new FakeWebContents();
  constructor(options) {
    super();
    this.options = options;
    state.windows.push(this);
    appEmitter.emit('web-contents-created', {}, this.webContents);
  }
  async loadURL() {
    // The page loads and is painted.
    setImmediate(() => {
      this.webContents.emit('did-start-loading');
      this.webContents.emit('did-finish-load');
      this.emit('ready-to-show');
      state.pagesLoaded++;
    });
  }
  show() {}
  maximize() {}
  focus() {}
  restore() {}
  isMinimized = () => false;
  isMaximized = () => false;
  isDestroyed = () => false;
  getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 800 });
}

const noop = () => {};
export const protocol = { registerSchemesAsPrivileged: () => state.order.push('registerSchemes'), handle: noop };
export const session = { defaultSession: { webRequest: { onHeadersReceived: noop }, setPermissionRequestHandler: noop, setPermissionCheckHandler: noop } };
export const ipcMain = { handle: (channel) => state.ipcChannels.push(channel) };
export const dialog = { showErrorBox: (title, text) => state.order.push(`errorBox:${text}`), showMessageBox: async () => ({ response: 0 }), showSaveDialog: async () => ({ canceled: true }) };
export const shell = { openExternal: async () => {} };
export const safeStorage = { isEncryptionAvailable: () => false, encryptString: (s) => Buffer.from(s), decryptString: (b) => b.toString() };
export const Menu = { buildFromTemplate: (template) => ({ template, popup: noop }), setApplicationMenu: () => state.menus++ };
export const nativeTheme = { shouldUseDarkColors: false };
export const net = { fetch: (input, init) => fetch(input, init) };
export const powerMonitor = { on: (event) => state.power.push(event) };
export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] };
export default { app, BrowserWindow, protocol, session, ipcMain, dialog, shell, safeStorage, Menu, nativeTheme, net, powerMonitor, screen };
