import { afterEach, describe, expect, it, vi } from 'vitest';
import { crashRecovery } from '../../src/main/window/crashRecovery';

const electron = vi.hoisted(() => ({ created: [] as { options: unknown; window: unknown }[], popups: [] as unknown[] }));

vi.mock('electron', async () => {
  const fakes = await import('./fakeElectron');
  return {
    BrowserWindow: fakes.fakeBrowserWindowClass(electron.created),
    session: { defaultSession: fakes.fakeSession() },
    shell: { openExternal: async () => {} },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ popup: () => void electron.popups.push(template) }),
    },
  };
});

const { attachContextMenu, createMainWindow, watchRenderer } = await import('../../src/main/mainWindow');

type FakeWindow = {
  webContents: { emit(event: string, ...args: unknown[]): void; reload: () => void; forcefullyCrashRenderer: () => void };
  listeners: Map<string, () => void>;
};

function windowUnderWatch(maxReloads = 3) {
  const window = createMainWindow('/p.cjs') as unknown as FakeWindow;
  const reload = vi.fn();
  const crash = vi.fn();
  Object.assign(window.webContents, { reload, forcefullyCrashRenderer: crash });
  const events: [string, string, string][] = [];
  let now = 0;
  watchRenderer(window as never, crashRecovery({ now: () => now, maxReloads }), (what, detail, action) => events.push([what, detail, action.kind]));
  return { window, reload, crash, events, advance: (ms: number) => (now += ms) };
}

afterEach(() => vi.useRealTimers());

describe('a window whose page dies or hangs (mainWindow.ts watchRenderer)', () => {
  it('reloads a page whose renderer crashed, and reports it', () => {
    const { window, reload, events } = windowUnderWatch();
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(reload).toHaveBeenCalledOnce();
    expect(events).toEqual([['gone', 'crashed (exit code 139)', 'reload']]);
  });

  it('does not reload after a clean exit, and stops reloading a page that keeps crashing', () => {
    const { window, reload, events } = windowUnderWatch(2);
    window.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(reload).not.toHaveBeenCalled();
    for (let i = 0; i < 3; i++) window.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    expect(reload).toHaveBeenCalledTimes(2);
    expect(events.map(([, , action]) => action)).toEqual(['none', 'reload', 'reload', 'giveUp']);
  });

  it('ends a page that stays unresponsive past the grace period, so that it is reloaded; not one that recovers', () => {
    vi.useFakeTimers();
    const { window, crash, events } = windowUnderWatch();
    window.listeners.get('unresponsive')!();
    window.listeners.get('responsive')!();
    vi.runAllTimers();
    expect(crash).not.toHaveBeenCalled();
    window.listeners.get('unresponsive')!();
    vi.runAllTimers();
    expect(crash).toHaveBeenCalledOnce();
    expect(events).toEqual([['hung', expect.stringContaining('no answer'), 'none']]);
  });
});

describe('the right-click menu (mainWindow.ts attachContextMenu)', () => {
  it('pops up cut/copy/paste in a text field, in the interface language, and nothing on plain page', () => {
    const window = createMainWindow('/p.cjs') as unknown as FakeWindow;
    attachContextMenu(window as never, () => 'en');
    electron.popups.length = 0;
    window.webContents.emit('context-menu', {}, { isEditable: true, selectionText: '', editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true } });
    window.webContents.emit('context-menu', {}, { isEditable: false, selectionText: '', editFlags: { canCut: false, canCopy: false, canPaste: false, canSelectAll: true } });
    expect(electron.popups).toHaveLength(1);
    expect((electron.popups[0] as { label?: string }[]).map((item) => item.label).filter(Boolean)).toEqual(['Cut', 'Copy', 'Paste', 'Select All']);
  });
});
