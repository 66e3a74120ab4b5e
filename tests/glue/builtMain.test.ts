import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelOf } from '../../src/shared/channels';
import { makeTempDir } from '../support/tempDir';

/**
 * The shipped main bundle, not the sources: `scripts/build.mjs` builds dist/main/index.mjs (the
 * same esbuild settings as `npm run build`), and it is started under plain Node with a fake
 * `electron` and `electron-updater` put in by a resolve hook (builtMain/register.mjs). A bundling
 * mistake (a CommonJS package inlined into the ESM bundle) or a handler registered too late shows
 * up here as it would in the app.
 */
const root = join(import.meta.dirname, '../..');
const temp = makeTempDir();
const children: ChildProcess[] = [];

interface Report {
  order: string[];
  appEvents: string[];
  ipcChannels: string[];
  windows: { options: { backgroundColor?: string; x?: number; width?: number }; sent: [string, unknown][] }[];
  menus: number;
  pagesLoaded: number;
  power: string[];
  updater: { loaded: boolean; feed: unknown; checked: boolean };
}

function startBuiltMain(userData: string): { report(): Promise<Report>; output: () => string } {
  let output = '';
  const child = fork(join(root, 'dist/main/index.mjs'), [], {
    cwd: root,
    execArgv: ['--import', join(import.meta.dirname, 'builtMain/register.mjs')],
    env: { ...process.env, FAKE_ELECTRON_USER_DATA: userData, AGENTDESK_POLICY_FILE: join(userData, 'no-policy.json') },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  children.push(child);
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return {
    output: () => output,
    report: () =>
      new Promise<Report>((resolve, reject) => {
        if (child.exitCode !== null) return reject(new Error(`main exited (${child.exitCode}):\n${output}`));
        child.once('message', (message) => resolve(message as Report));
        child.send('report');
      }),
  };
}

/** Waits (up to 30 s) until the started app has a window, its menu and its optional services tried. */
async function settled(app: ReturnType<typeof startBuiltMain>, ready: (report: Report) => boolean): Promise<Report> {
  let last: Report | null = null;
  await vi.waitFor(
    async () => {
      last = await app.report();
      expect(ready(last), app.output()).toBe(true);
    },
    { timeout: 30_000, interval: 100 },
  );
  return last!;
}

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs', '--main-only'], { cwd: root, stdio: 'pipe' });
}, 180_000);

afterAll(() => {
  for (const child of children) child.kill();
  temp.cleanup();
});

describe('the built main bundle under Node with a fake Electron', () => {
  it('with every optional service on, registers every handler, opens the window, and survives a failing updater', async () => {
    const userData = join(temp.dir, 'everything-on');
    mkdirSync(userData, { recursive: true });
    writeFileSync(
      join(userData, 'settings.json'),
      JSON.stringify({
        autoUpdate: true,
        updateUrl: 'https://updates.example.invalid/agentdesk/',
        serverUrl: 'https://sync.example.invalid',
        theme: 'dark',
        // Saved on a second monitor that is gone now.
        windowBounds: { x: 3000, y: 100, width: 1400, height: 900, maximized: false },
      }),
    );
    const app = startBuiltMain(userData);
    const report = await settled(app, (r) => r.windows.length === 1 && r.pagesLoaded > 0 && r.updater.checked && r.menus > 0);

    // Every app handler before the app is ready: a cold-start agentdesk:// link is not lost.
    const ready = report.order.indexOf('whenReady');
    for (const event of ['open-url', 'second-instance', 'window-all-closed', 'will-quit']) {
      expect(report.order.indexOf(`on:${event}`), event).toBeGreaterThanOrEqual(0);
      expect(report.order.indexOf(`on:${event}`), event).toBeLessThan(ready);
    }
    expect([...report.ipcChannels].sort()).toEqual(Object.values(channelOf).sort());
    expect(report.power).toEqual(expect.arrayContaining(['lock-screen', 'suspend']));

    // The window: dark from the first paint, and not on the monitor that is gone.
    const [window] = report.windows;
    expect(window!.options.backgroundColor).toBe('#15181e');
    expect(window!.options.x).toBeUndefined();
    // The number of the link that started the app reached the page.
    expect(window!.sent).toContainEqual(['event:incomingCall', expect.objectContaining({ number: '13900002222' })]);

    // electron-updater was loaded from node_modules (not inlined), given the feed, and its failure was only reported.
    expect(report.updater).toEqual({ loaded: true, feed: { provider: 'generic', url: 'https://updates.example.invalid/agentdesk/' }, checked: true });
    expect(report.order.filter((step) => step.startsWith('exit') || step.startsWith('errorBox') || step === 'quit')).toEqual([]);
    const crashes = readFileSync(join(userData, 'logs/crashes.jsonl'), 'utf8');
    expect(crashes).toContain('"kind":"serviceFailed"');
    expect(crashes).toContain('autoUpdate: update server unreachable');
  }, 60_000);

  it('with a corrupt settings.json, sets it aside and still opens the window', async () => {
    const userData = join(temp.dir, 'corrupt-settings');
    mkdirSync(userData, { recursive: true });
    writeFileSync(join(userData, 'settings.json'), '{"theme": "dark", "autoUpd');
    const app = startBuiltMain(userData);
    const report = await settled(app, (r) => r.windows.length === 1 && r.pagesLoaded > 0 && r.menus > 0);
    expect(report.windows[0]!.options.backgroundColor).toBe('#f4f6f9');
    expect(report.updater.loaded).toBe(false);
    expect(readdirSync(userData).filter((name) => name.startsWith('settings.corrupt-'))).toHaveLength(1);
  }, 60_000);
});
