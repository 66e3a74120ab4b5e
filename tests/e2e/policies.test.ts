import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingMinutes } from '../../src/shared/domain/businessCalendar';
import { caseClocksByStart } from '../../src/shared/domain/caseClocks';
import { rulesAt, rulesAtStart } from '../../src/shared/domain/policies/policyInForce';
import { formatAt } from '../../src/renderer/ui/formatSpan';
import { eventually } from '../support/noticeListener';
import { chromiumSuite, screenshotPath } from './harness';
import { policiesOn, serverWithAdmin, signedInDesk } from './policyDesks';

/**
 * Issue 18 end to end in Chromium, two desktops on a real sync server: an admin changes the email
 * reply target and imports the 2027 holiday file; the agent's desktop syncs and runs on them.
 */
const suite = chromiumSuite('agentdesk-e2e-policies-');
const { temp, pageOn } = suite;
const HOUR = 3_600_000;


describe('policies as data, end to end in Chromium', () => {
  let server: Awaited<ReturnType<typeof serverWithAdmin>>;
  beforeAll(async () => {
    server = await serverWithAdmin();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('an admin publishes a new email target and the 2027 calendar; the agent’s desktop uses them after sync', async () => {
    const adminDesk = await signedInDesk(temp.dir, 'admin', server.url, '9001');
    const agentDesk = await signedInDesk(temp.dir, 'agent', server.url, '1001');

    // The agent sees no policy screen.
    const agent = await pageOn(agentDesk, join(temp.dir, 'agent-page'));
    await agent.page.getByRole('heading', { name: '工单列表' }).waitFor();
    expect(await agent.page.getByRole('navigation', { name: '工作区' }).getByRole('button', { name: '规则设置' }).count()).toBe(0);

    // The admin changes the email reply target from 24 h to 8 h and checks the change before publishing.
    const admin = await pageOn(adminDesk, join(temp.dir, 'admin-page'));
    const { page } = admin;
    await page.getByRole('navigation', { name: '工作区' }).getByRole('button', { name: '规则设置' }).click();
    const sla = page.getByRole('region', { name: '服务时限（SLA）' });
    await sla.getByText('当前生效：第 1 版').waitFor();
    await page.screenshot({ path: screenshotPath('policies-screen.zh-CN.png') });
    const target = sla.getByRole('textbox', { name: '邮件回复 的目标（分钟）' });
    await target.fill('480');
    await sla.getByText('邮件回复：1 天 0 小时 · 自然时间 → 8 小时 0 分 · 自然时间').waitFor();
    await sla.getByLabel('修改说明（会记入审计日志）').fill('邮件咨询改为 8 小时内回复');
    await sla.getByRole('region', { name: /发布前核对/ }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('policies-sla-preview.zh-CN.png') });
    await sla.getByRole('group', { name: '退换货各步的期限' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('policies-return-steps.zh-CN.png') });
    await sla.getByRole('button', { name: '发布服务时限新版本' }).click();
    await sla.getByText(/已发布第 2 版/).waitFor();
    await sla.getByText('当前生效：第 2 版').waitFor();

    // The agent's desktop syncs and a new email case runs on the new target.
    await eventually(async () => {
      await agentDesk.sync().syncNow();
      return (await policiesOn(agentDesk)).some((p) => p.kind === 'slaTargets' && p.version === 2);
    }, 30_000, 'the new SLA version on the agent desktop');
    const { page: agentPage } = agent;
    // The agent's screen stays open: the new case is the first clock started under version 2.
    await agentPage.getByLabel('客户姓名').fill('周先生');
    await agentPage.getByLabel('联系电话').fill('139 1234 5678');
    await agentPage.getByLabel('来访渠道').selectOption({ label: '邮件' });
    await agentPage.getByRole('textbox', { name: '问题摘要', exact: true }).fill('邮件咨询洗碗机安装');
    await agentPage.getByRole('button', { name: '创建工单' }).click();
    const row = agentPage.getByRole('row').filter({ hasText: '邮件咨询洗碗机安装' });
    await row.waitFor();
    const stored = agentDesk.rawDb().prepare("SELECT created_at, response_due_at FROM cases WHERE subject = '邮件咨询洗碗机安装'").get() as { created_at: number; response_due_at: number };
    expect(stored.response_due_at - stored.created_at).toBe(8 * HOUR);
    await row.click();
    const clock = agentPage.locator('.case-sla li[data-clock="emailFirstReply"]');
    await clock.waitFor();
    await expect.poll(() => clock.textContent()).toContain(`截止 ${formatAt(stored.created_at + 8 * HOUR, 'zh-CN')}`);
    expect(await clock.textContent()).toContain('本工单的目标：8 小时 0 分');

    // The admin imports the 2027 holiday file, checks the preview, publishes.
    const calendar = page.getByRole('region', { name: '工作日历' });
    await calendar.getByLabel('时区').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('policies-calendar-zone.zh-CN.png') });
    await calendar.getByLabel('选择文件（CSV 或 JSON）').setInputFiles(resolve('assets/calendars/cn-2027.csv'));
    const preview = calendar.getByRole('region', { name: '发布前核对' });
    await preview.getByText('将替换的年份：2027').waitFor();
    await calendar.getByText('2027/10/01（周五）').waitFor();
    await calendar.getByLabel('修改说明（会记入审计日志）').fill('导入 2027 年放假安排');
    await preview.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('policies-calendar-import.zh-CN.png') });
    await calendar.getByRole('button', { name: '发布工作日历新版本' }).click();
    await calendar.getByText(/已发布第 2 版/).waitFor();
    await sla.getByText('版本记录 (2)').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('policies-versions.zh-CN.png') });

    await eventually(async () => {
      await agentDesk.sync().syncNow();
      return (await policiesOn(agentDesk)).some((p) => p.kind === 'businessCalendar' && p.version === 2);
    }, 30_000, 'the 2027 calendar on the agent desktop');
    // On the agent's desktop, a working-hours clock started the afternoon before National Day 2027 runs past the holiday week.
    const records = await policiesOn(agentDesk);
    const startedAt = Date.UTC(2027, 8, 30, 9, 0); // Thursday 2027-09-30 17:00 Beijing
    const chat = caseClocksByStart({ channel: 'chat', scenario: 'consultation', priority: 'normal', severity: null, events: { created: startedAt } }, startedAt, rulesAtStart(records));
    const consultation = chat.find((c) => c.id === 'onlineConsultationReply')!;
    expect(consultation.business).toBe(true);
    expect(consultation.dueAt).toBe(Date.UTC(2027, 9, 8, 2, 0)); // Friday 8 October 10:00 Beijing: one hour on the 30th, the holiday week off, one hour on the 8th
    expect(addWorkingMinutes(rulesAt(records, startedAt).calendar, startedAt, 120)).toBe(consultation.dueAt);

    expect(adminDesk.rawDb().prepare("SELECT name, last_error FROM outbox WHERE state = 'rejected'").all()).toEqual([]);
    expect(admin.errors).toEqual([]);
    expect(agent.errors).toEqual([]);
    await page.close();
    await agentPage.close();
    adminDesk.close();
    agentDesk.close();
  });
});
