import axe from 'axe-core';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProactiveList } from '../../src/shared/schemas/proactive';
import { eventually } from '../support/noticeListener';
import { serverDesktop, serverWithOrg, signIn } from '../support/serverDesktops';
import { Desktop, chromiumSuite, screenshotPath } from './harness';

const suite = chromiumSuite('agentdesk-e2e-incidents-');
const { temp, pageOn } = suite;
const shot = (name: string) => {
  const dir = process.env['AGENTDESK_SHOTS_DIR'];
  if (!dir) return screenshotPath(name);
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
};

/** axe-core's serious and critical violations on the page as it stands, as "rule: target" lines. */
async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const results = (await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document))) as axe.AxeResults;
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

describe('incidents and proactive lists, end to end in Chromium', () => {
  let server: Awaited<ReturnType<typeof serverWithOrg>>;
  beforeAll(async () => {
    server = await serverWithOrg();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('an incident reported on the agent’s desktop reaches the lead’s through the real server; the lead acknowledges it; a lead’s contact list reaches the agent, who works it', async () => {
    const agentDir = join(temp.dir, 'agent-data');
    const leadDir = join(temp.dir, 'lead-data');
    mkdirSync(agentDir);
    mkdirSync(leadDir);
    const agentDesk = serverDesktop(agentDir, server.url);
    const leadDesk = serverDesktop(leadDir, server.url);
    await signIn(agentDesk, '1001');
    await signIn(leadDesk, '1002');
    await eventually(() => agentDesk.sync().live() && leadDesk.sync().live(), 30_000, 'both desktops live');

    const lead = await pageOn(leadDesk, join(temp.dir, 'lead-page'));
    await lead.page.getByRole('heading', { name: '工单列表' }).waitFor();
    const agent = await pageOn(agentDesk, join(temp.dir, 'agent-page'));
    const { page } = agent;
    await page.getByRole('heading', { name: '工单列表' }).waitFor();

    // Two keystrokes: the shortcut, then the kind.
    await page.keyboard.press('Control+Shift+X');
    const dialog = page.getByRole('dialog', { name: '报告突发事件' });
    await dialog.waitFor();
    await page.keyboard.press('2');
    await dialog.getByLabel('发生了什么').fill('一小时内 5 位客户反映同一型号冰箱不制冷');
    await page.screenshot({ path: shot('incident-report.zh-CN.png'), fullPage: true });
    expect(await violations(page), 'report dialog').toEqual([]);
    await page.keyboard.press('Enter');
    await dialog.getByText(/已报告/).waitFor();
    const reportedAt = Date.now();
    await page.screenshot({ path: shot('incident-reported-calming.zh-CN.png'), fullPage: true });

    // The lead's desktop, on the case list, shows the alert without anyone refreshing.
    const alert = lead.page.getByRole('alert').filter({ hasText: '新的突发事件' });
    await alert.waitFor({ timeout: 30_000 });
    console.log(`e2e incident (Chromium, loopback server): alert on the lead's screen ${Date.now() - reportedAt} ms after the agent pressed Enter`);
    await lead.page.screenshot({ path: shot('incident-lead-alert.zh-CN.png'), fullPage: true });
    expect(await violations(lead.page), 'lead alert').toEqual([]);
    await alert.getByRole('button', { name: '查看' }).click();
    const panel = lead.page.getByRole('dialog', { name: '突发事件' });
    await panel.getByText(/李明 报告$/).waitFor();
    await panel.getByLabel('说明（可不填）').fill('已通知质量部排查该批次');
    await panel.getByRole('button', { name: '确认收到' }).click();
    await panel.getByText(/王芳 已确认/).waitFor();
    await lead.page.screenshot({ path: shot('incident-lead-timeline.zh-CN.png'), fullPage: true });
    expect(await violations(lead.page), 'incident timeline').toEqual([]);
    await panel.getByRole('button', { name: /关闭/ }).click();

    // The agent's strip follows: the incident is being handled.
    await page.getByRole('button', { name: /关闭/ }).click();
    await page.getByText('进行中的突发事件：1 起').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: '查看' }).click();
    await page.getByRole('dialog', { name: '突发事件' }).getByText(/王芳 已确认/).waitFor({ timeout: 30_000 });
    await page.getByRole('dialog', { name: '突发事件' }).getByRole('button', { name: /关闭/ }).click();

    // The lead builds a care-call list from a file in the team view.
    await lead.page.getByRole('button', { name: '团队看板' }).click();
    const lists = lead.page.getByRole('region', { name: '主动服务名单' });
    await lists.getByRole('button', { name: '新建名单' }).click();
    await lists.getByLabel('名单名称').fill('冰箱批次关怀回访');
    await lists.getByLabel('话术').fill('您好，我是安心家电客服。您家的冰箱最近制冷正常吗？如有问题我们安排师傅免费上门检查。');
    await lists.getByRole('radio', { name: '导入 CSV 文件' }).check();
    await lists.getByLabel('选择文件').setInputFiles({ name: 'care.csv', mimeType: 'text/csv', buffer: Buffer.from('姓名,电话,备注\n王女士,13800138000,BCD-520 批次\n李先生,139-0000-1111\n周女士,12ab\n', 'utf8') });
    await lists.getByRole('button', { name: '建立名单' }).click();
    await lists.getByText('第 4 行：电话号码无效').waitFor();
    await lead.page.screenshot({ path: shot('proactive-import-errors.zh-CN.png'), fullPage: true });
    await lists.getByLabel('选择文件').setInputFiles({ name: 'care.csv', mimeType: 'text/csv', buffer: Buffer.from('姓名,电话,备注\n王女士,13800138000,BCD-520 批次\n李先生,139-0000-1111\n', 'utf8') });
    await lists.getByRole('button', { name: '建立名单' }).click();
    await lists.getByText('名单“冰箱批次关怀回访”已建立，共 2 位客户。').waitFor();
    await lead.page.screenshot({ path: shot('team-view-incidents-proactive.zh-CN.png'), fullPage: true });
    expect(await violations(lead.page), 'team view').toEqual([]);

    // The list reaches the agent's desktop; the agent works it from the follow-ups.
    await eventually(async () => {
      const reply = (await agentDesk.dispatch('proactive:lists', undefined)) as { ok: boolean; value?: ProactiveList[] };
      return reply.ok && (reply.value?.length ?? 0) > 0;
    }, 30_000, 'list on the agent desktop');
    await page.getByRole('button', { name: '回访' }).click();
    const work = page.getByRole('region', { name: '主动服务' });
    const card = work.getByLabel('王女士');
    await card.waitFor();
    await card.getByLabel('备注').fill('制冷正常，客户表示感谢');
    await page.screenshot({ path: shot('proactive-agent-work.zh-CN.png'), fullPage: true });
    expect(await violations(page), 'proactive work').toEqual([]);
    await card.getByRole('button', { name: '已联系上' }).click();
    await work.getByText('已登记：王女士 · 已联系上').waitFor();
    await work.getByLabel('李先生').waitFor();
    expect(agent.errors).toEqual([]);
    expect(lead.errors).toEqual([]);
    agentDesk.close();
    leadDesk.close();
  });

  it('on a standalone desktop, an incident reported with a case open links that case; the case detail shows it and links another incident', async () => {
    const desktop = new Desktop(join(temp.dir, 'standalone'));
    const { page, errors } = await desktop.open(suite.browser, suite.url);
    await page.getByText('还没有工单。').waitFor();
    await page.getByLabel('客户姓名').fill('陈女士');
    await page.getByLabel('联系电话').fill('139 8888 6666');
    await page.getByRole('textbox', { name: '问题摘要', exact: true }).fill('燃气热水器有异味');
    await page.getByRole('button', { name: '创建工单' }).click();
    const row = page.getByRole('row').filter({ hasText: '燃气热水器有异味' });
    await row.waitFor();
    await row.click();
    const detail = page.getByRole('complementary');
    await detail.getByRole('heading', { name: /燃气热水器有异味/ }).waitFor();

    // Another incident already in progress, to link from the case detail.
    await page.keyboard.press('Control+Shift+X');
    let dialog = page.getByRole('dialog', { name: '报告突发事件' });
    await page.keyboard.press('1');
    await dialog.getByLabel(/同时关联当前工单/).uncheck();
    await dialog.getByLabel('发生了什么').fill('工单系统保存偶尔失败');
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: /关闭/ }).click();

    await page.keyboard.press('Control+Shift+X');
    dialog = page.getByRole('dialog', { name: '报告突发事件' });
    await page.keyboard.press('3');
    await dialog.getByLabel(/同时关联当前工单/).waitFor();
    await dialog.getByLabel('发生了什么').fill('客户家中燃气热水器疑似漏气');
    await page.keyboard.press('Enter');
    await dialog.getByText(/已报告/).waitFor();
    await dialog.getByRole('region', { name: '安抚话术 · 安全问题' }).waitFor();
    await dialog.getByRole('button', { name: /关闭/ }).click();

    const section = detail.getByRole('region', { name: '突发事件' });
    await section.getByText(/客户家中燃气热水器疑似漏气/).waitFor({ timeout: 30_000 });
    await section.getByLabel('关联到进行中的突发事件').selectOption({ label: '系统故障 · 工单系统保存偶尔失败' });
    await section.getByText(/工单系统保存偶尔失败（待确认）/).waitFor();
    await page.screenshot({ path: shot('case-detail-incidents.zh-CN.png'), fullPage: true });
    expect(await violations(page), 'case detail').toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
    desktop.services.close();
  });
});
