import axe from 'axe-core';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CASE_STORE_FILE } from '../../src/main/services';
import { openDatabase } from '../../src/main/store/openDatabase';
import { DEMO_PASSWORD } from '../../tools/demo/demoAccounts';
import { DEFAULT_DEMO_NOW, seedDemo } from '../../tools/demo/seedDemo';
import { Desktop, chromiumSuite, screenshotPath } from './harness';

const suite = chromiumSuite('agentdesk-e2e-accounts-');
const { temp } = suite;
/** Where the task's screenshots are collected besides test-results (set AGENTDESK_SHOTS_DIR to keep a copy). */
const shotsDir = process.env.AGENTDESK_SHOTS_DIR;

/** axe-core's serious and critical violations on the page as it stands, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const results = (await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document))) as axe.AxeResults;
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

async function shot(page: Page, file: string): Promise<void> {
  expect(await seriousViolations(page), file).toEqual([]);
  await page.screenshot({ path: screenshotPath(file) });
  if (shotsDir) {
    mkdirSync(shotsDir, { recursive: true });
    copyFileSync(screenshotPath(file), join(shotsDir, file));
  }
}

describe('local accounts on a standalone desktop, in Chromium', () => {
  it('first run: creates the administrator, who adds an agent; the agent signs in and the lock opens only with their password', async () => {
    const desktop = new Desktop(join(temp.dir, 'first-run'), 'zh-CN', { signedIn: null });
    const { page, errors } = await desktop.open(suite.browser, suite.url);
    await page.getByRole('heading', { name: '首次使用：创建本机管理员' }).waitFor();
    await page.getByLabel('工号').fill('9001');
    await page.getByLabel('姓名').fill('周管理');
    await page.getByLabel('密码', { exact: true }).fill('short');
    await page.getByLabel('再次输入密码').fill('short');
    await page.getByRole('button', { name: '创建管理员并登录' }).click();
    await page.getByText('密码至少 8 个字符').waitFor();
    await page.getByLabel('密码', { exact: true }).fill('admin-pass-1');
    await page.getByLabel('再次输入密码').fill('admin-pass-1');
    await shot(page, 'accounts-setup.zh-CN.png');
    await page.getByRole('button', { name: '创建管理员并登录' }).click();
    await page.getByText('周管理（9001 · 管理员）').waitFor();

    await page.getByRole('button', { name: '账号管理' }).click();
    const dialog = page.getByRole('dialog', { name: '本机账号管理' });
    await dialog.getByLabel('工号').fill('1102');
    await dialog.getByLabel('姓名').fill('李晓梅');
    await dialog.getByLabel('角色').selectOption({ label: '坐席' });
    await dialog.getByLabel('班组').fill('售后一组');
    await dialog.getByLabel('密码').fill('agent-pass-1');
    await dialog.getByRole('button', { name: '新增账号' }).click();
    await dialog.getByText('已为 李晓梅（1102）开通账号。').waitFor();
    await dialog.getByRole('cell', { name: '售后一组' }).waitFor();
    await shot(page, 'accounts-admin.zh-CN.png');
    await dialog.getByRole('button', { name: '关闭' }).click();

    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('heading', { name: '坐席登录' }).waitFor();
    await page.getByLabel('工号').fill('1102');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByText('工号或密码不对，请重新输入。').waitFor();
    await shot(page, 'accounts-sign-in.zh-CN.png');
    await page.getByLabel('密码').fill('agent-pass-1');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByText('李晓梅（1102 · 坐席）').waitFor();

    // Ctrl+L locks; the administrator's password does not open another agent's screen.
    await page.keyboard.press('Control+l');
    const lock = page.getByRole('dialog', { name: '屏幕已锁定' });
    await lock.getByLabel('密码').fill('admin-pass-1');
    await lock.getByRole('button', { name: '解锁' }).click();
    await lock.getByText('工号或密码不对，请重新输入。').waitFor();
    await shot(page, 'accounts-lock.zh-CN.png');
    await lock.getByLabel('密码').fill('agent-pass-1');
    await lock.getByRole('button', { name: '解锁' }).click();
    await lock.waitFor({ state: 'detached' });

    // A case made now names the agent who is signed in.
    const created = desktop.services.rawDb().prepare('SELECT count(*) FROM local_accounts').pluck().get();
    expect(created).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
    desktop.services.close();
  });

  it('signs in as the demo lead 1101, reaches the team view and exports the shift report', async () => {
    const dir = join(temp.dir, 'demo');
    const db = openDatabase(join(dir, CASE_STORE_FILE));
    await seedDemo(db, { cases: 1_500 });
    db.close();
    const desktop = new Desktop(dir, 'zh-CN', { now: () => DEFAULT_DEMO_NOW + 3_600_000, signedIn: null });
    const { page, errors } = await desktop.open(suite.browser, suite.url);
    await page.getByRole('heading', { name: '坐席登录' }).waitFor();
    await page.getByLabel('工号').fill('1101');
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    const lead = desktop.services.rawDb().prepare("SELECT name FROM agents WHERE number = '1101'").pluck().get() as string;
    await page.getByText(`${lead}（1101 · 组长）`).waitFor();

    await page.getByRole('button', { name: '团队看板' }).click();
    await page.getByRole('table', { name: '坐席状态' }).waitFor();
    // The lead's own team: the demo agents 1102–1104 are on it.
    for (const number of ['1102', '1103', '1104']) {
      const name = desktop.services.rawDb().prepare('SELECT name FROM agents WHERE number = ?').pluck().get(number) as string;
      await page.getByRole('table', { name: '坐席状态' }).getByText(name).first().waitFor();
    }
    await page.setViewportSize({ width: 1280, height: 1000 });
    await shot(page, 'accounts-team-view-lead.zh-CN.png');

    await page.getByRole('button', { name: '班次报表' }).click();
    await page.getByLabel('开始日期').fill('2026-11-13');
    await page.getByLabel('结束日期').fill('2026-11-19');
    await page.getByRole('button', { name: '生成报表' }).click();
    await page.getByRole('region', { name: '概览' }).waitFor();
    await page.getByRole('button', { name: '导出 Excel' }).click();
    const exports = join(dir, 'exports');
    await page.getByText(`已保存：${exports}`, { exact: false }).waitFor({ timeout: 30_000 });
    expect(existsSync(exports) && readdirSync(exports).some((f) => f.endsWith('.xlsx'))).toBe(true);
    await shot(page, 'accounts-shift-report-lead.zh-CN.png');
    // The export is audited under the lead who made it.
    const leadId = desktop.services.rawDb().prepare("SELECT id FROM agents WHERE number = '1101'").pluck().get();
    const audited = desktop.services.rawDb().prepare("SELECT actor_id FROM audit_log WHERE action = 'export' ORDER BY at DESC LIMIT 1").pluck().get();
    expect(audited).toBe(leadId);
    expect(errors).toEqual([]);
    await page.close();
    desktop.services.close();
  });
});
