import { buildSync } from 'esbuild';
import { existsSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { createMainServices, type MainServices } from '../../src/main/services';
import { memorySettingsBackend } from '../../src/main/settings/settings';
import { CONTENT_SECURITY_POLICY } from '../../src/main/window/contentSecurityPolicy';
import { mimeTypeOf, resolveRendererAsset } from '../../src/main/window/rendererAssets';
import { makeTempDir } from '../support/tempDir';
import { signedInDesktop, type TestAccount } from '../support/testAccounts';
import type { TokenVault } from '../../src/main/sync/session';

export const rendererDir = resolve('dist/renderer');
export const screenshotDir = resolve('test-results/screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Builds the renderer if `npm test` has not already. */
export async function ensureRendererBuilt(): Promise<void> {
  if (!existsSync(join(rendererDir, 'index.html'))) await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn' });
}

/** Serves the built renderer on 127.0.0.1 exactly as the app:// handler does: same files, same CSP. */
export async function serveRenderer(): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const file = resolveRendererAsset(rendererDir, `http://localhost${req.url ?? '/'}`);
    if (!file) return void res.writeHead(404).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': mimeTypeOf(file), 'content-security-policy': CONTENT_SECURITY_POLICY }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/index.html`, close: () => new Promise((done) => server.close(() => done())) };
}

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

const bridgeScript = buildSync({ entryPoints: [resolve('tests/e2e/pageBridge.ts')], bundle: true, format: 'iife', write: false, target: 'chrome120' }).outputFiles[0]!.text;

/** The desktop's main side: real services on a real SQLite file, restartable on the same directory. */
export class Desktop {
  services: MainServices;
  readonly settings = memorySettingsBackend({});
  constructor(
    readonly userDataDir: string,
    readonly osLocale = 'zh-CN',
    /**
     * A fixed clock and a signed-in user, for demo data that stands at a given moment. Without
     * `actor`, the desktop is standalone with a local agent signed in (a demo store's agent 1102,
     * else a test agent); `signedIn: null` starts at first run or sign-in, as a new desktop does.
     */
    private readonly options: Pick<Parameters<typeof createMainServices>[0], 'now' | 'actor' | 'onCallEvent' | 'onIncomingCall'> & { signedIn?: TestAccount | null } = {},
  ) {
    const { signedIn } = options;
    this.vault = options.actor || signedIn === null ? undefined : signedInDesktop(userDataDir, signedIn);
    this.services = this.start();
  }
  private readonly vault: TokenVault | undefined;
  private start(): MainServices {
    const { signedIn: _signedIn, ...options } = this.options;
    return createMainServices({ userDataDir: this.userDataDir, settingsBackend: this.settings, version: '0.1.0', osLocale: this.osLocale, ...options, ...(this.vault ? { tokenVault: this.vault } : {}) });
  }
  restart(): void {
    this.services.close();
    this.services = this.start();
  }
  /** Opens a page wired to this desktop's dispatch; console errors (CSP violations included) are collected. */
  /** `beforeLoad` runs before the renderer loads (e.g. `page.clock.install`, so the app reads the injected clock). */
  async open(browser: Browser, url: string, beforeLoad?: (page: Page) => Promise<void>): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 760 }, locale: this.osLocale });
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.exposeBinding('__agentDeskInvoke', (_source, channel: string, payload: unknown) => this.services.dispatch(channel, payload));
    await page.addInitScript({ content: bridgeScript });
    await beforeLoad?.(page);
    await page.goto(url);
    return { page, errors };
  }
}

export function screenshotPath(name: string): string {
  mkdirSync(screenshotDir, { recursive: true });
  return join(screenshotDir, name);
}

/** One Chromium and one renderer server for a test file, with a temp dir; closed and removed after its tests. */
export function chromiumSuite(tempPrefix: string) {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveRenderer>> | undefined;
  const temp = makeTempDir(tempPrefix);
  beforeAll(async () => {
    await ensureRendererBuilt();
    server = await serveRenderer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    temp.cleanup();
  });
  return {
    temp,
    get browser(): Browser {
      return browser!;
    },
    get url(): string {
      return server!.url;
    },
    /** A Chromium page on a desktop whose main side is `services` (real, e.g. pointed at the real sync server). */
    async pageOn(services: MainServices, dir: string) {
      const desktop = new Desktop(dir, 'zh-CN', { signedIn: null });
      desktop.services.close();
      desktop.services = services;
      return desktop.open(browser!, server!.url);
    },
  };
}
