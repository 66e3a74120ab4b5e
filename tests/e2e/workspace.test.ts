import axe from 'axe-core';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_NOW, seedDemo } from '../../tools/demo/seedDemo';
import { openDatabase } from '../../src/main/store/openDatabase';
import { CASE_STORE_FILE } from '../../src/main/services';
import { Desktop, chromiumSuite, screenshotPath } from './harness';

const suite = chromiumSuite('agentdesk-e2e-workspace-');
const { temp } = suite;
const NOW = DEFAULT_DEMO_NOW + 3_600_000;

/** A desktop holding 1,500 demo cases (the same deterministic data as the benchmarks), standing an hour after the demo's "now". */
async function demoDesktop(name: string, osLocale = 'zh-CN'): Promise<Desktop> {
  const dir = join(temp.dir, name);
  const db = openDatabase(join(dir, CASE_STORE_FILE));
  await seedDemo(db, { cases: 1_500 });
  db.close();
  return new Desktop(dir, osLocale, { now: () => NOW });
}

/** axe-core in the page (full rules, colour contrast included): the serious and critical violations, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const results = (await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document))) as axe.AxeResults;
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** Scans the page as it stands and saves its screenshot. */
async function checkView(page: Page, file: string): Promise<void> {
  await page.waitForTimeout(150); // let the last fetch paint
  expect(await seriousViolations(page), file).toEqual([]);
  await page.screenshot({ path: screenshotPath(file) });
}

describe('the agent workspace end to end in Chromium', () => {
  it('finds a customer by a Chinese name fragment, reveals the phone with a reason, opens a case, adds a note and works the follow-up queue', async () => {
    const desktop = await demoDesktop('flow');
    const db = () => desktop.services.rawDb();
    // A customer with cases whose given name (the last two characters) no other customer shares.
    const customer = db()
      .prepare(
        `SELECT cu.id, cu.name, cu.phone FROM customers cu WHERE length(cu.name) = 3 AND unicode(cu.name) > 19968
           AND EXISTS (SELECT 1 FROM cases c WHERE c.customer_id = cu.id)
           AND (SELECT count(*) FROM customers o WHERE instr(o.name, substr(cu.name, 2)) > 0) = 1 ORDER BY cu.id LIMIT 1`,
      )
      .get() as { id: string; name: string; phone: string };
    const fragment = customer.name.slice(1);
    const { page, errors } = await desktop.open(suite.browser, suite.url);
    await page.getByRole('heading', { name: '工单列表' }).waitFor();
    await checkView(page, 'workspace-cases.zh-CN.png');

    await page.keyboard.press('Control+k');
    await page.keyboard.type(fragment);
    await page.getByRole('option').filter({ hasText: customer.name }).filter({ hasText: '客户' }).first().click();
    const profile = page.getByRole('complementary', { name: `客户档案 · ${customer.name}` });
    await profile.waitFor();
    expect(await profile.textContent()).not.toContain(customer.phone);

    await profile.getByRole('button', { name: '查看完整电话' }).click();
    await profile.getByLabel('查看原因（至少两个字，会记入审计日志）').fill('客户来电核对身份');
    await profile.getByRole('button', { name: '确认查看' }).click();
    await expect.poll(() => profile.textContent()).toContain(customer.phone);
    expect(await profile.textContent()).toContain('这次查看已记入审计日志');
    expect(db().prepare("SELECT action, entity_id, field, reason FROM audit_log WHERE reason = '客户来电核对身份'").all()).toEqual([{ action: 'reveal', entity_id: customer.id, field: 'phone', reason: '客户来电核对身份' }]);
    await checkView(page, 'workspace-customer-360.zh-CN.png');

    const opened = profile.getByRole('button', { name: /^打开工单 / }).first();
    const caseNumber = /^打开工单 (\S+)：/.exec((await opened.getAttribute('aria-label')) ?? (await opened.textContent()) ?? '')?.[1];
    await opened.click();
    const detail = page.getByRole('complementary', { name: new RegExp(`^${caseNumber}`) });
    await detail.waitFor();
    await detail.getByLabel('备注内容').fill('已和客户核对新地址，明天上午安排上门');
    await detail.getByRole('button', { name: '保存备注' }).click();
    await detail.getByText('备注已保存到处理记录。').waitFor();
    await detail.getByText(/已和客户核对新地址/).first().waitFor();
    const caseId = (db().prepare('SELECT id FROM cases WHERE number = ?').get(caseNumber) as { id: string }).id;
    expect(db().prepare("SELECT json_extract(data, '$.text') AS text FROM timeline_events WHERE case_id = ? AND kind = 'note' ORDER BY at DESC LIMIT 1").get(caseId)).toEqual({ text: '已和客户核对新地址，明天上午安排上门' });
    await checkView(page, 'workspace-case-detail.zh-CN.png');

    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+2');
    await page.getByRole('tab', { name: /^已逾期/ }).click();
    const card = page.getByRole('button', { name: /^将.+的回访标记完成（工单 / }).first();
    const label = (await card.getAttribute('aria-label'))!;
    const followUpCase = /（工单 (\S+)）$/.exec(label)![1];
    await checkView(page, 'workspace-follow-ups.zh-CN.png');
    await card.click();
    await page.getByLabel('回访结果').fill('客户确认已修好，表示满意');
    await page.getByRole('button', { name: '确认完成' }).click();
    await page.getByText(`工单 ${followUpCase} 的回访已标记完成。`).waitFor();
    expect(
      db()
        .prepare("SELECT f.state, f.note FROM follow_ups f JOIN cases c ON c.id = f.case_id WHERE c.number = ? AND f.note = '客户确认已修好，表示满意'")
        .all(followUpCase),
    ).toEqual([{ state: 'done', note: '客户确认已修好，表示满意' }]);

    await page.keyboard.press('Control+3');
    await page.getByRole('button', { name: /^来电五步服务流程/ }).first().click();
    await page.getByRole('heading', { name: '来电五步服务流程' }).waitFor();
    await checkView(page, 'workspace-knowledge-base.zh-CN.png');

    await page.keyboard.press('Control+1');
    await page.keyboard.press('F1');
    await page.getByRole('dialog', { name: '键盘快捷键' }).waitFor();
    await checkView(page, 'workspace-shortcuts.zh-CN.png');
    await page.keyboard.press('Escape');

    await page.getByLabel('主题').selectOption('dark');
    await checkView(page, 'workspace-cases-dark.zh-CN.png');
    expect(errors).toEqual([]);
    desktop.services.close();
  });

  it('reads in English on an English system, each view passing the accessibility scan', async () => {
    const desktop = await demoDesktop('english', 'en');
    const { page, errors } = await desktop.open(suite.browser, suite.url);
    await page.getByRole('heading', { name: 'Cases' }).first().waitFor();
    await checkView(page, 'workspace-cases.en.png');
    await page.getByRole('row').nth(2).click();
    await page.getByRole('complementary').first().waitFor();
    await checkView(page, 'workspace-case-detail.en.png');
    await page.getByRole('button', { name: /^Open customer/ }).first().click();
    await page.getByRole('complementary', { name: /^Customer/ }).waitFor();
    await checkView(page, 'workspace-customer-360.en.png');
    await page.keyboard.press('Control+2');
    await page.getByRole('tab', { name: /^Overdue/ }).click();
    await checkView(page, 'workspace-follow-ups.en.png');
    await page.keyboard.press('Control+3');
    await page.getByRole('button', { name: /^Warranty for home appliances/ }).first().click();
    await page.getByRole('heading', { name: 'Warranty for home appliances' }).waitFor();
    await checkView(page, 'workspace-knowledge-base.en.png');
    expect(errors).toEqual([]);
    desktop.services.close();
  });
});
