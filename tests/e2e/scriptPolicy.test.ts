import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/noticeListener';
import { chromiumSuite, screenshotPath } from './harness';
import { policiesOn, serverWithAdmin, signedInDesk } from './policyDesks';

/**
 * Issue 18 end to end in Chromium, two desktops on a real sync server: an admin changes a script
 * line and adds a forbidden phrase; the agent's desktop syncs, says the new line on the next call
 * and is warned about the new phrase.
 */
const suite = chromiumSuite('agentdesk-e2e-scriptpolicy-');
const { temp, pageOn } = suite;
const NEW_ASK = '请您慢慢讲，这次遇到的情况让您不满意的地方，我都会一一记下来。';


describe('scripts and the phrase list as policies, end to end in Chromium', () => {
  let server: Awaited<ReturnType<typeof serverWithAdmin>>;
  beforeAll(async () => {
    server = await serverWithAdmin();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('an admin changes the complaint confirm line and adds a phrase; after sync the agent’s call says the line and flags the phrase', async () => {
    const adminDesk = await signedInDesk(temp.dir, 'admin', server.url, '9001');
    const agentDesk = await signedInDesk(temp.dir, 'agent', server.url, '1001');

    const admin = await pageOn(adminDesk, join(temp.dir, 'admin-page'));
    const { page } = admin;
    await page.getByRole('navigation', { name: '工作区' }).getByRole('button', { name: '规则设置' }).click();
    const scripts = page.getByRole('region', { name: '通话话术' });
    await scripts.getByLabel('通话阶段').selectOption({ label: '确认' });
    const first = scripts.getByLabel(/^第 1 句/);
    await first.fill(NEW_ASK);
    await scripts.getByRole('region', { name: /将发布的修改（1 处）/ }).getByText(NEW_ASK).waitFor();
    await scripts.getByLabel('修改说明（会记入审计日志）').fill('投诉确认开场更耐心');
    await first.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('policies-scripts.zh-CN.png') });
    await scripts.getByRole('button', { name: '发布新版话术' }).click();
    await scripts.getByText(/已发布第 2 版/).waitFor();

    const phrases = page.getByRole('region', { name: '不当用语' });
    await phrases.getByRole('button', { name: '新增规则' }).click();
    const rule = phrases.getByRole('listitem').filter({ has: page.getByText(/^zh\.custom/) }).last();
    await rule.getByLabel(/^不当说法/).fill('爱买不买');
    await rule.getByLabel(/^建议的替代说法/).fill('您可以再比较一下，有任何问题随时联系我们');
    await phrases.getByLabel('试一试').fill('反正爱买不买');
    await phrases.getByText(/“爱买不买” · 消极表达/).waitFor();
    await phrases.getByLabel('试一试').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('policies-phrases.zh-CN.png') });
    await phrases.getByRole('button', { name: '发布新版用语清单' }).click();
    await phrases.getByText(/已发布第 2 版/).waitFor();

    await eventually(async () => {
      await agentDesk.sync().syncNow();
      const records = await policiesOn(agentDesk);
      return records.some((p) => p.kind === 'scripts' && p.version === 2) && records.some((p) => p.kind === 'phrases' && p.version === 2);
    }, 30_000, 'the new scripts and phrase list on the agent desktop');

    const agent = await pageOn(agentDesk, join(temp.dir, 'agent-page'));
    const agentPage = agent.page;
    await agentPage.getByRole('heading', { name: '工单列表' }).waitFor();
    await agentPage.getByRole('button', { name: /接听新来电/ }).click();
    await agentPage.getByRole('navigation', { name: '通话阶段' }).waitFor();
    await agentPage.getByRole('button', { name: '客户不愿透露身份' }).click();
    await agentPage.keyboard.press('Control+Enter');
    await agentPage.getByRole('heading', { level: 3, name: '确认', exact: true }).waitFor();
    await agentPage.getByLabel('业务场景', { exact: true }).selectOption({ label: '投诉' });
    await agentPage.getByRole('region', { name: /话术/ }).getByText(NEW_ASK).waitFor();
    await agentPage.getByLabel(/要点记录/).fill('客户说反正爱买不买');
    await agentPage.getByText(/“爱买不买” · 消极表达/).waitFor();
    await agentPage.screenshot({ path: screenshotPath('call-policy-script.zh-CN.png') });

    expect(adminDesk.rawDb().prepare("SELECT name, last_error FROM outbox WHERE state = 'rejected'").all()).toEqual([]);
    expect(admin.errors).toEqual([]);
    expect(agent.errors).toEqual([]);
    await page.close();
    await agentPage.close();
    adminDesk.close();
    agentDesk.close();
  });
});
