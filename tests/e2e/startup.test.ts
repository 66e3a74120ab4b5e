import { copyFileSync, mkdirSync } from 'node:fs';
import { basename } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eventChannelOf } from '../../src/shared/channels';
import { seedStore, startupBridge } from '../support/startupBridge';
import { chromiumSuite, screenshotPath } from './harness';

const suite = chromiumSuite('agentdesk-e2e-startup-');
/** Screenshots also go where the reviewers look (when that folder can be made). */
const SHOTS = process.env.AGENTDESK_SHOTS_DIR;

async function shoot(page: Page, name: string) {
  const path = screenshotPath(name);
  await page.screenshot({ path });
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    copyFileSync(path, `${SHOTS}/${basename(path)}`);
  }
}

/** A page wired to a startup controller: IPC through exposeBinding, its state events pushed into the page. */
async function openPage(bridge: ReturnType<typeof startupBridge>, pageRef: { page: Page | null }) {
  const page = await suite.browser.newPage({ viewport: { width: 1280, height: 760 }, locale: 'zh-CN' });
  pageRef.page = page;
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.exposeBinding('__agentDeskInvoke', (_source, channel: string, payload: unknown) => bridge.startup.dispatch(channel, payload));
  const { buildSync } = await import('esbuild');
  const { resolve } = await import('node:path');
  const script = buildSync({ entryPoints: [resolve('tests/e2e/pageBridge.ts')], bundle: true, format: 'iife', write: false, target: 'chrome120' }).outputFiles[0]!.text;
  await page.addInitScript({ content: script });
  await page.goto(suite.url);
  return { page, errors };
}

const pushTo = (ref: { page: Page | null }) => (state: unknown) =>
  void ref.page?.evaluate(([channel, payload]) => (window as unknown as { __agentDeskEmit?: (c: string, p: unknown) => void }).__agentDeskEmit?.(channel, payload), [eventChannelOf.onStartupState, state] as const).catch(() => undefined);

describe('startup in Chromium', () => {
  it('shows the progress screen while the store opens, then the workspace', async () => {
    const ref: { page: Page | null } = { page: null };
    const bridge = startupBridge({ extra: { onState: pushTo(ref) } });
    await seedStore(bridge.dir, 30);
    // The window is there before the store opens (an up-to-date store opens without waiting for the integrity check).
    const { page, errors } = await openPage(bridge, ref);
    await page.getByRole('heading', { name: 'AgentDesk 正在启动' }).waitFor();
    await page.getByText('正在检查本地数据库是否完好…').waitFor();
    await shoot(page, 'startup-progress.zh-CN.png');
    await bridge.startup.start();
    await page.getByRole('heading', { name: '工单列表' }).waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    await page.close();
    bridge.close();
  });

  it('shows a damaged store clearly and restores the chosen backup', async () => {
    const ref: { page: Page | null } = { page: null };
    const bridge = startupBridge({ extra: { onState: pushTo(ref) } });
    await seedStore(bridge.dir, 300, { backup: true, damage: true });
    expect((await bridge.startup.start()).phase).toBe('ready'); // opens at once; the check runs in the background
    await bridge.startup.checkStore();
    expect(bridge.startup.state()).toMatchObject({ phase: 'damaged', whileOpen: true });
    const { page, errors } = await openPage(bridge, ref);
    await page.getByRole('heading', { name: '本地数据库已损坏' }).waitFor();
    await shoot(page, 'startup-damaged.zh-CN.png');
    await page.getByRole('button', { name: '恢复所选备份' }).click();
    await page.getByRole('heading', { name: '工单列表' }).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByRole('row').filter({ hasText: '问题 299' }).count(), { timeout: 30_000 }).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
    bridge.close();
  });

  it('shows the startup screen in the dark theme when that is the setting (no light screen first)', async () => {
    const ref: { page: Page | null } = { page: null };
    const bridge = startupBridge({ settings: { theme: 'dark' }, extra: { onState: pushTo(ref) } });
    await seedStore(bridge.dir, 300, { damage: true });
    await bridge.startup.start();
    await bridge.startup.checkStore();
    const { page, errors } = await openPage(bridge, ref);
    await page.getByRole('heading', { name: '本地数据库已损坏' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await shoot(page, 'startup-damaged.dark.zh-CN.png');
    expect(errors).toEqual([]);
    await page.close();
    bridge.close();
  });

  it('backs up from the profile dialog', async () => {
    const ref: { page: Page | null } = { page: null };
    const bridge = startupBridge({ extra: { onState: pushTo(ref) } });
    await seedStore(bridge.dir, 20, { backup: true });
    await bridge.startup.start();
    const { page, errors } = await openPage(bridge, ref);
    await page.getByRole('button', { name: '坐席信息', exact: true }).click();
    await page.getByRole('heading', { name: '数据备份' }).waitFor();
    await page.getByRole('button', { name: '立即备份' }).click();
    await page.getByText('已备份：agentdesk-20261205-080000.db').waitFor({ timeout: 30_000 });
    await page.getByRole('list', { name: '已有备份' }).getByRole('button', { name: '恢复' }).first().click();
    await page.getByRole('alertdialog').waitFor();
    await page.getByRole('alertdialog').scrollIntoViewIfNeeded();
    await expect.poll(() => page.getByText('下次自动备份：2026/12/06 08:00:00').count()).toBe(1); // counted from the backup just made
    await shoot(page, 'backup-section.zh-CN.png');
    expect(errors).toEqual([]);
    await page.close();
    bridge.close();
  });
});
