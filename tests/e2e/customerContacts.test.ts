import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Desktop, chromiumSuite, screenshotPath } from './harness';

const suite = chromiumSuite('agentdesk-e2e-contacts-');
/** Where this work's screenshots are kept for review besides test-results (AGENTDESK_SHOTS_DIR). */
const shotsDir = process.env.AGENTDESK_SHOTS_DIR;

async function shot(page: Page, name: string): Promise<void> {
  const path = screenshotPath(name);
  await page.screenshot({ path, fullPage: true });
  if (shotsDir) {
    mkdirSync(shotsDir, { recursive: true });
    copyFileSync(path, join(shotsDir, name));
  }
}

const customerRow = (desktop: Desktop, name: string) =>
  desktop.services.rawDb().prepare('SELECT id, phone, email, address FROM customers WHERE name = ?').get(name) as { id: string; phone: string; email: string | null; address: string | null };

describe('customer contacts in Chromium', () => {
  it('a case for a customer with only an email, then customer 360 adds phones, makes one main, edits the email and address', async () => {
    const desktop = new Desktop(suite.temp.dir);
    const { page, errors } = await desktop.open(suite.browser, suite.url);
    await page.getByText('还没有工单。').waitFor();

    // The new-case form: no contact at all is refused on both fields, an email alone is enough.
    await page.getByLabel('客户姓名').fill('林女士');
    await page.getByLabel('来访渠道').selectOption({ label: '邮件' });
    await page.getByRole('textbox', { name: '问题摘要', exact: true }).fill('发票一直没有收到');
    await page.getByRole('button', { name: '创建工单' }).click();
    await expect.poll(() => page.getByText('客户至少要留一种联系方式：电话或邮箱').count(), { timeout: 30_000 }).toBe(2);
    await shot(page, 'contacts-1-no-contact.zh-CN.png');
    await page.getByLabel('电子邮箱').fill('Lin.Na@example.com');
    await page.getByRole('button', { name: '创建工单' }).click();
    await page.getByRole('status').filter({ hasText: '已保存到本机' }).waitFor({ timeout: 30_000 });
    expect(customerRow(desktop, '林女士')).toMatchObject({ phone: '', email: 'lin.na@example.com' });
    await shot(page, 'contacts-2-case-without-phone.zh-CN.png');

    // Customer 360 from the case.
    await page.getByRole('row').filter({ hasText: '发票一直没有收到' }).click();
    await page.getByRole('button', { name: '查看客户档案：林女士' }).click();
    const panel = page.getByRole('complementary', { name: '客户档案 · 林女士' });
    await panel.getByText('l*****@example.com').waitFor({ timeout: 30_000 });
    await panel.getByText('（可只留邮箱）').waitFor();
    await shot(page, 'contacts-3-360-email-only.zh-CN.png');

    // Two phones from the keyboard; the first becomes the main one.
    await panel.getByRole('button', { name: '＋ 添加号码' }).click();
    await page.keyboard.type('138 1234 5678');
    await page.keyboard.press('Enter');
    await panel.getByRole('status').filter({ hasText: '号码已添加。' }).waitFor({ timeout: 30_000 });
    await panel.getByRole('button', { name: '＋ 添加号码' }).click();
    await panel.getByLabel('类型').selectOption({ label: '单位' });
    await panel.getByLabel('号码', { exact: true }).fill('138 1234 5678');
    await panel.getByLabel('号码', { exact: true }).press('Enter');
    await panel.getByText('这位客户已经登记过这个号码').waitFor({ timeout: 30_000 });
    await shot(page, 'contacts-4-duplicate-phone.zh-CN.png');
    await panel.getByLabel('号码', { exact: true }).fill('021-6888 1234');
    await panel.getByLabel('号码', { exact: true }).press('Enter');
    await panel.getByRole('status').filter({ hasText: '号码已添加。' }).waitFor({ timeout: 30_000 });
    await panel.getByRole('button', { name: '把 021****1234 设为主号码' }).click();
    await panel.getByRole('status').filter({ hasText: '021****1234 现在是主号码。' }).waitFor({ timeout: 30_000 });

    // Email and address.
    await panel.getByRole('button', { name: '修改邮箱' }).click();
    await page.keyboard.type('linna@@example');
    await page.keyboard.press('Enter');
    await panel.getByText('邮箱格式不对，应类似 name@example.com').waitFor();
    await panel.getByLabel('新的邮箱').fill('na.lin@example.cn');
    await panel.getByLabel('新的邮箱').press('Enter');
    await panel.getByRole('status').filter({ hasText: '邮箱已更新。' }).waitFor({ timeout: 30_000 });
    await panel.getByRole('button', { name: '添加地址' }).click();
    await panel.getByLabel('新的地址').fill('杭州市西湖区文三路 90 号 3 单元');
    await panel.getByRole('button', { name: '保存', exact: true }).click();
    await panel.getByRole('status').filter({ hasText: '地址已更新。' }).waitFor({ timeout: 30_000 });
    await panel.getByText('杭州市西湖区****').waitFor();
    await shot(page, 'contacts-5-360-edited.zh-CN.png');

    const text = (await panel.textContent()) ?? '';
    for (const secret of ['13812345678', '02168881234', 'na.lin', '文三路']) expect(text).not.toContain(secret);
    expect(customerRow(desktop, '林女士')).toMatchObject({ phone: '02168881234', email: 'na.lin@example.cn', address: '杭州市西湖区文三路 90 号 3 单元' });

    // Search finds her by email and by the other phone.
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: '搜索工单、客户和知识库' }).fill('na.lin@example.cn');
    await page.getByRole('option').filter({ hasText: '林女士' }).first().waitFor({ timeout: 30_000 });
    await shot(page, 'contacts-6-search-by-email.zh-CN.png');
    expect(errors).toEqual([]);
    await page.close();
    desktop.services.close();
  });
});
