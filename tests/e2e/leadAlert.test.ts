import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/noticeListener';
import { serverDesktop, serverWithOrg, signIn } from '../support/serverDesktops';
import { chromiumSuite, screenshotPath } from './harness';

const suite = chromiumSuite('agentdesk-e2e-lead-alert-');
const { temp, pageOn } = suite;
const shot = (name: string) => {
  const dir = process.env['AGENTDESK_SHOTS_DIR'];
  if (!dir) return screenshotPath(name);
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
};

const completeStage = (page: Page) => page.keyboard.press('Control+Enter');
const stageHeading = (page: Page, name: string) => page.getByRole('heading', { level: 3, name, exact: true }).waitFor();

describe('a major complaint alerts the team lead, end to end in Chromium', () => {
  let server: Awaited<ReturnType<typeof serverWithOrg>>;
  beforeAll(async () => {
    server = await serverWithOrg();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('an agent saves a major complaint call; the lead’s screen shows the alert through the real server, opens the case and acknowledges it', async () => {
    const agentDir = join(temp.dir, 'agent-data');
    const leadDir = join(temp.dir, 'lead-data');
    mkdirSync(agentDir);
    mkdirSync(leadDir);
    const agentDesk = serverDesktop(agentDir, server.url);
    const leadDesk = serverDesktop(leadDir, server.url);
    await signIn(agentDesk, '1001');
    const leadAgent = await signIn(leadDesk, '1002');
    await agentDesk.dispatch('settings:update', { companyName: '安心家电', agentName: '李明', agentNumber: '1001' });
    await eventually(() => agentDesk.sync().live() && leadDesk.sync().live(), 30_000, 'both desktops live');

    // The lead is busy elsewhere: the knowledge base.
    const lead = await pageOn(leadDesk, join(temp.dir, 'lead-page'));
    await lead.page.getByRole('button', { name: '知识库' }).click();
    const alert = lead.page.getByRole('alert', { name: '重大投诉提醒' });

    const agent = await pageOn(agentDesk, join(temp.dir, 'agent-page'));
    const { page } = agent;
    await page.getByRole('heading', { name: '工单列表' }).waitFor();
    const incoming = agentDesk.screenPop('13700003333');
    await page.evaluate((payload) => (window as unknown as { __agentDeskEmit(c: string, p: unknown): void }).__agentDeskEmit('event:incomingCall', payload), incoming);
    await page.getByRole('navigation', { name: '通话阶段' }).waitFor();
    await page.getByLabel('客户姓名').fill('郑红');
    await page.getByLabel('称呼').selectOption({ label: '女士' });
    await completeStage(page);
    await stageHeading(page, '确认');
    await page.getByLabel('业务场景', { exact: true }).selectOption({ label: '投诉' });
    await page.getByLabel('问题分类', { exact: true }).selectOption({ label: '投诉建议' });
    await page.getByLabel('投诉等级').selectOption({ label: '重大投诉' });
    await page.getByLabel('问题摘要', { exact: true }).fill('燃气灶安装后漏气，客户要求上门检查并赔偿');
    await page.getByLabel('已向客户复述问题，客户确认无误').check();
    await completeStage(page);
    await stageHeading(page, '解决');
    await page.getByLabel(/解决方案/).fill('已请客户关闭总阀并开窗通风，安排组长跟进处理');
    await completeStage(page);
    await stageHeading(page, '跟进');
    await page.getByLabel('已解决', { exact: true }).check();
    await page.getByLabel('客户不需要回访', { exact: true }).check();
    await page.getByLabel('客户拒绝评价', { exact: true }).check();
    await completeStage(page);
    await stageHeading(page, '记录');
    await page.getByRole('button', { name: /结束通话/ }).click();
    await page.getByLabel('处理结果代码').selectOption({ label: '已解决' });
    await page.getByRole('button', { name: /保存通话/ }).click();
    const savedAt = Date.now();
    await page.getByRole('heading', { name: '通话已保存' }).waitFor();

    // On the lead's screen, without anyone refreshing: save → push → notice → pull → the banner's local read.
    await alert.waitFor({ timeout: 30_000 });
    const visibleMs = Date.now() - savedAt;
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('客户 郑红');
    expect(text).toContain('燃气灶安装后漏气，客户要求上门检查并赔偿');
    expect(text).toContain('受理坐席：李明');
    expect(text).toMatch(/30 分钟反馈时限：请在 (\d\d\/\d\d )?\d\d:\d\d 前联系客户（还剩 \d+ 分钟）/);
    await lead.page.screenshot({ path: shot('lead-alert.zh-CN.png') });
    console.log(`e2e major complaint alert (Chromium, loopback server): banner on the lead's screen ${visibleMs} ms after the agent's save click`);

    await alert.getByRole('button', { name: '查看工单' }).click();
    const detail = lead.page.getByRole('complementary', { name: /燃气灶安装后漏气/ });
    await detail.getByText('已确认重大投诉提醒').first().waitFor();
    await alert.waitFor({ state: 'detached' });
    await lead.page.screenshot({ path: shot('lead-alert-acknowledged.zh-CN.png') });
    const ack = leadDesk.rawDb().prepare("SELECT actor_id FROM timeline_events WHERE kind = 'alertAcknowledged'").all();
    expect(ack).toEqual([{ actor_id: leadAgent.id }]);

    expect(agent.errors).toEqual([]);
    expect(lead.errors).toEqual([]);
    await page.close();
    await lead.page.close();
    agentDesk.close();
    leadDesk.close();
  });
});
