import { buildSync } from 'esbuild';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { crashRecords } from '../../src/main/logging/crashRecords';
import { noticeBoard } from '../../src/main/logging/notices';
import { createMainServices, type MainServices } from '../../src/main/services';
import { settingsFile } from '../../src/main/settings/settingsFile';
import { chromiumSuite, screenshotPath } from './harness';
import { signedInDesktop } from '../support/testAccounts';

/**
 * The desktop's own notices and error screen in Chromium, on the built renderer: a corrupt
 * settings.json told once as a banner (the real settings file, wired to the notices as index.ts
 * does), and the error boundary catching a page that cannot draw.
 */
const suite = chromiumSuite('agentdesk-e2e-notices-');
const SHOTS = process.env.AGENTDESK_SHOTS_DIR;
const bridgeScript = buildSync({ entryPoints: [resolve('tests/e2e/pageBridge.ts')], bundle: true, format: 'iife', write: false, target: 'chrome120' }).outputFiles[0]!.text;

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: screenshotPath(name), fullPage: false });
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, name), fullPage: false });
  }
}

function openDesktop(dir: string): MainServices {
  const notices = noticeBoard();
  const settings = settingsFile(join(dir, 'settings.json'), { onSetAside: ({ keptAs }) => notices.add({ code: 'settingsReset', ...(keptAs ? { detail: keptAs } : {}) }) });
  return createMainServices({ userDataDir: dir, settingsBackend: settings, version: '0.1.0', osLocale: 'zh-CN', notices, tokenVault: signedInDesktop(dir) });
}

async function openPage(services: MainServices, dispatch: MainServices['dispatch'] = services.dispatch): Promise<{ page: Page; errors: string[] }> {
  const page = await suite.browser.newPage({ viewport: { width: 1280, height: 760 }, locale: 'zh-CN' });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.exposeBinding('__agentDeskInvoke', (_source, channel: string, payload: unknown) => dispatch(channel, payload));
  await page.addInitScript({ content: bridgeScript });
  await page.goto(suite.url);
  return { page, errors };
}

describe('desktop notices and the error screen in Chromium', () => {
  it('tells the agent once that a corrupt settings file was set aside, and keeps working', async () => {
    const dir = join(suite.temp.dir, 'corrupt');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'settings.json'), '{"theme":"dark","lockAfterMin');
    const services = openDesktop(dir);
    try {
      const { page } = await openPage(services);
      const banner = page.locator('.notices .notice');
      await banner.waitFor({ timeout: 30_000 });
      expect(await banner.innerText()).toContain('设置文件已损坏，已改用默认设置');
      expect(readdirSync(dir).filter((name) => name.startsWith('settings.corrupt-'))).toHaveLength(1);
      await page.getByRole('heading', { name: 'AgentDesk 客服坐席台' }).waitFor({ timeout: 30_000 });
      await shoot(page, 'corrupt-settings-notice.zh-CN.png');
      // Shown once: a reload does not bring it back.
      await page.getByRole('button', { name: '知道了' }).click();
      await page.reload();
      await page.getByRole('heading', { name: 'AgentDesk 客服坐席台' }).waitFor({ timeout: 30_000 });
      expect(await page.locator('.notices').count()).toBe(0);
      await page.close();
    } finally {
      services.close();
    }
  });

  it('shows the translated error screen with a reload button when the page cannot draw, and records the crash', async () => {
    const dir = join(suite.temp.dir, 'crash');
    mkdirSync(dir, { recursive: true });
    const services = openDesktop(dir);
    try {
      // A reply the case list cannot draw (as a bug in main would give it).
      const broken: MainServices['dispatch'] = async (channel, payload) => (channel === 'case:list' ? { ok: true, value: { rows: [null], next: null, total: 1 } } : services.dispatch(channel, payload));
      const { page } = await openPage(services, broken);
      const screen = page.locator('.crash-screen');
      await screen.waitFor({ timeout: 30_000 });
      expect(await screen.innerText()).toContain('界面出错了');
      await page.getByText('错误已记录。').waitFor({ timeout: 30_000 });
      await shoot(page, 'error-boundary.zh-CN.png');
      expect(crashRecords(join(dir, 'logs')).recent(5).map((r) => r.kind)).toContain('rendererError');
      await page.close();
    } finally {
      services.close();
    }
  });
});
