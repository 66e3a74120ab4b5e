import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/noticeListener';
import { chromiumSuite, screenshotPath } from './harness';
import { policiesOn, serverWithAdmin, signedInDesk } from './policyDesks';

/**
 * Issue 18 end to end in Chromium, two desktops on a real sync server: an admin adds a disposition
 * code and retires another; the agent's desktop syncs, offers the new code at the record stage (and
 * not the retired one) and saves a call with it.
 */
const suite = chromiumSuite('agentdesk-e2e-dispositions-');
const { temp, pageOn } = suite;


describe('disposition codes as a policy, end to end in Chromium', () => {
  let server: Awaited<ReturnType<typeof serverWithAdmin>>;
  beforeAll(async () => {
    server = await serverWithAdmin();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('an admin adds “已承诺退款” and retires “通话中断”; after sync the agent’s record stage offers the new code and the call is saved with it', async () => {
    const adminDesk = await signedInDesk(temp.dir, 'admin', server.url, '9001');
    const agentDesk = await signedInDesk(temp.dir, 'agent', server.url, '1001');

    const admin = await pageOn(adminDesk, join(temp.dir, 'admin-page'));
    const { page } = admin;
    await page.getByRole('navigation', { name: '工作区' }).getByRole('button', { name: '规则设置' }).click();
    const codes = page.getByRole('region', { name: '处理结果代码' });
    await codes.getByRole('button', { name: '新增代码' }).click();
    // A new row's names are required, said at the field, and nothing can be published yet.
    await codes.getByText('此项必填').first().waitFor();
    const publish = codes.getByRole('button', { name: '发布处理结果代码新版本' });
    expect(await publish.isDisabled()).toBe(true);
    await codes.getByLabel('第 8 行的代码').fill('resolved');
    await codes.getByText('这个代码已经用过了，每个代码只能出现一次').waitFor();
    await codes.screenshot({ path: screenshotPath('policies-dispositions-errors.zh-CN.png') });
    await codes.getByLabel('第 8 行的代码').fill('refundPromised');
    await codes.getByLabel('refundPromised 的基础结果').selectOption({ label: '已解决，待回访' });
    await codes.getByLabel('refundPromised 的中文名称').fill('已承诺退款');
    await codes.getByLabel('refundPromised 的英文名称').fill('Refund promised');
    await codes.getByLabel('dropped 在用').uncheck();
    await codes.getByText('新增 1 个，停用 1 个，重新启用 0 个，改名 0 个').waitFor();
    expect(await codes.getByText('此项必填').count()).toBe(0);
    await codes.getByLabel('修改说明（会记入审计日志）').fill('新增退款承诺，停用通话中断');
    await codes.screenshot({ path: screenshotPath('policies-dispositions.zh-CN.png') });
    await publish.click();
    await codes.getByText(/已发布第 2 版/).waitFor();

    await eventually(async () => {
      await agentDesk.sync().syncNow();
      return (await policiesOn(agentDesk)).some((p) => p.kind === 'dispositions' && p.version === 2);
    }, 30_000, 'the new disposition codes on the agent desktop');

    const agent = await pageOn(agentDesk, join(temp.dir, 'agent-page'));
    const agentPage = agent.page;
    await agentPage.getByRole('heading', { name: '工单列表' }).waitFor();
    await agentPage.getByRole('button', { name: /接听新来电/ }).click();
    await agentPage.getByRole('navigation', { name: '通话阶段' }).waitFor();
    await agentPage.getByRole('button', { name: '客户不愿透露身份' }).click();
    await agentPage.keyboard.press('Control+Enter');
    await agentPage.getByRole('heading', { level: 3, name: '确认', exact: true }).waitFor();
    await agentPage.getByLabel('问题分类', { exact: true }).selectOption({ label: '咨询/技术' });
    await agentPage.getByLabel('问题摘要', { exact: true }).fill('洗衣机退款进度');
    await agentPage.getByLabel('已向客户复述问题，客户确认无误').check();
    await agentPage.keyboard.press('Control+Enter');
    await agentPage.getByRole('heading', { level: 3, name: '解决', exact: true }).waitFor();
    await agentPage.getByLabel(/解决方案/).fill('已核实订单，退款三个工作日内原路退回');
    await agentPage.keyboard.press('Control+Enter');
    await agentPage.getByRole('heading', { level: 3, name: '跟进', exact: true }).waitFor();
    await agentPage.getByLabel('已解决', { exact: true }).check();
    await agentPage.getByLabel('客户不需要回访', { exact: true }).check();
    await agentPage.getByLabel('客户拒绝评价', { exact: true }).check();
    await agentPage.keyboard.press('Control+Enter');
    await agentPage.getByRole('heading', { level: 3, name: '记录', exact: true }).waitFor();
    await agentPage.getByRole('button', { name: /结束通话/ }).click();

    const select = agentPage.getByLabel('处理结果代码');
    await select.getByRole('option', { name: '已承诺退款' }).waitFor({ state: 'attached' });
    const offered = await select.locator('option').allTextContents();
    expect(offered).toEqual(['请选择', '已解决', '已解决，待回访', '已升级', '已转交', '约定回电', '仅咨询', '已承诺退款']);
    await select.selectOption({ label: '已承诺退款' });
    await agentPage.screenshot({ path: screenshotPath('call-record-dispositions.zh-CN.png') });
    await agentPage.getByRole('button', { name: /保存通话/ }).click();
    await agentPage.getByRole('heading', { name: '通话已保存' }).waitFor();

    expect(agentDesk.rawDb().prepare('SELECT disposition FROM calls').all()).toEqual([{ disposition: 'refundPromised' }]);
    expect(adminDesk.rawDb().prepare("SELECT name, last_error FROM outbox WHERE state = 'rejected'").all()).toEqual([]);
    expect(admin.errors).toEqual([]);
    expect(agent.errors).toEqual([]);
    await page.close();
    await agentPage.close();
    adminDesk.close();
    agentDesk.close();
  });
});
