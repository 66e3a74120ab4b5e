import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/noticeListener';
import { serverDesktop, serverWithOrg, signIn } from '../support/serverDesktops';
import { chromiumSuite, screenshotPath } from './harness';

const suite = chromiumSuite('agentdesk-e2e-approval-');
const { temp, pageOn } = suite;
const shot = (name: string) => {
  const dir = process.env['AGENTDESK_SHOTS_DIR'];
  if (!dir) return screenshotPath(name);
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
};

const completeStage = (page: Page) => page.keyboard.press('Control+Enter');
const stageHeading = (page: Page, name: string) => page.getByRole('heading', { level: 3, name, exact: true }).waitFor();

describe('approval while the customer waits, end to end in Chromium', () => {
  let server: Awaited<ReturnType<typeof serverWithOrg>>;
  beforeAll(async () => {
    server = await serverWithOrg();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('an agent asks during the call, the lead decides on another desktop through the real server, and the decision shows in the still-open call', async () => {
    const agentDir = join(temp.dir, 'agent-data');
    const leadDir = join(temp.dir, 'lead-data');
    mkdirSync(agentDir);
    mkdirSync(leadDir);
    const agentDesk = serverDesktop(agentDir, server.url);
    const leadDesk = serverDesktop(leadDir, server.url);
    await signIn(agentDesk, '1001');
    await signIn(leadDesk, '1002');
    await agentDesk.dispatch('settings:update', { companyName: '安心家电', agentName: '李明', agentNumber: '1001' });
    await eventually(() => agentDesk.sync().live() && leadDesk.sync().live(), 30_000, 'both desktops live');

    const lead = await pageOn(leadDesk, join(temp.dir, 'lead-page'));
    await lead.page.getByRole('button', { name: '团队看板' }).click();
    const panel = lead.page.getByRole('region', { name: /通话中的审批请求/ });
    await panel.getByText('目前没有等待审批的请求。').waitFor();

    const agent = await pageOn(agentDesk, join(temp.dir, 'agent-page'));
    const { page } = agent;
    await page.getByRole('heading', { name: '工单列表' }).waitFor();
    const incoming = agentDesk.screenPop('13700002222');
    await page.evaluate((payload) => (window as unknown as { __agentDeskEmit(c: string, p: unknown): void }).__agentDeskEmit('event:incomingCall', payload), incoming);
    await page.getByRole('navigation', { name: '通话阶段' }).waitFor();
    await page.getByLabel('客户姓名').fill('刘芳');
    await page.getByLabel('称呼').selectOption({ label: '女士' });
    await completeStage(page);
    await stageHeading(page, '确认');
    await page.getByLabel('业务场景', { exact: true }).selectOption({ label: '投诉' });
    await page.getByLabel('问题分类', { exact: true }).selectOption({ label: '投诉建议' });
    await page.getByLabel('问题摘要', { exact: true }).fill('洗衣机门封条老化，要求免费更换');
    await page.getByLabel('已向客户复述问题，客户确认无误').check();
    await completeStage(page);
    await stageHeading(page, '解决');
    await page.getByLabel(/解决方案/).fill('门封条已过保，申请为老客户免费更换一次');
    await page.getByLabel('处理方式').selectOption({ label: '换货' });
    await page.getByLabel('超出本人权限（例如非质量问题免费更换）').check();
    await page.getByRole('button', { name: '请组长现在审批' }).click();
    const askedAt = Date.now();
    await page.getByText(/已发给组长，等待审批/).waitFor();

    // The lead's team view shows it without anyone refreshing: notice → pull → local read.
    const item = panel.getByRole('listitem', { name: '刘芳' });
    await item.waitFor({ timeout: 30_000 });
    const visibleMs = Date.now() - askedAt;
    await item.getByText('门封条已过保，申请为老客户免费更换一次').waitFor();
    await page.screenshot({ path: shot('approval-call-waiting.zh-CN.png'), fullPage: true });
    await lead.page.screenshot({ path: shot('approval-lead-team-view.zh-CN.png'), fullPage: true });

    await item.getByRole('button', { name: '同意', exact: true }).click();
    await item.getByRole('textbox', { name: '审批意见' }).fill('老客户，同意免费更换门封条');
    await item.getByRole('button', { name: '确认同意' }).click();
    const decidedAt = Date.now();
    await lead.page.getByText(/已处理：刘芳 的申请/).waitFor();

    // Still on the call: the decision appears in the solve stage.
    await page.getByText('王芳 已同意', { exact: false }).waitFor({ timeout: 30_000 });
    const backMs = Date.now() - decidedAt;
    await page.getByText(/老客户，同意免费更换门封条/).waitFor();
    await stageHeading(page, '解决');
    await page.screenshot({ path: shot('approval-call-decided.zh-CN.png'), fullPage: true });
    console.log(`e2e live approval (Chromium, loopback server): request visible in the lead's team view ${visibleMs} ms after the click; decision shown in the open call ${backMs} ms after the lead confirmed`);

    // The call goes on and is saved: the case's request carries the live decision, so it never waits in the lead's list of approvals.
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
    await page.getByRole('heading', { name: '通话已保存' }).waitFor();

    const db = agentDesk.rawDb();
    const stored = db.prepare('SELECT state, decided_via, reason, case_id IS NOT NULL AS has_case FROM approval_requests').all();
    expect(stored).toEqual([{ state: 'granted', decided_via: 'live', reason: '老客户，同意免费更换门封条', has_case: 1 }]);
    const event = JSON.parse(db.prepare("SELECT data FROM timeline_events WHERE kind = 'approvalRequested'").pluck().get() as string) as { liveDecision?: { state: string; via: string } };
    expect(event.liveDecision).toMatchObject({ state: 'granted', via: 'live' });
    // A saved call goes out with the next sync (the app's 30 s poll; this test's poll is an hour): sync now.
    await agentDesk.sync().syncNow();
    expect(db.prepare("SELECT name, last_error FROM outbox WHERE state = 'rejected'").all()).toEqual([]);
    await eventually(async () => {
      const view = (await leadDesk.dispatch('lead:teamView', { teamId: null })) as { ok: boolean; value: { approvals: unknown[]; agents: unknown[] } };
      return view.ok && leadDesk.rawDb().prepare("SELECT count(*) FROM timeline_events WHERE kind = 'approvalRequested'").pluck().get() === 1 && view.value.approvals.length === 0;
    }, 30_000, 'saved call on the lead desktop with no approval left waiting');
    expect(agent.errors).toEqual([]);
    expect(lead.errors).toEqual([]);
    await page.close();
    await lead.page.close();
    agentDesk.close();
    leadDesk.close();
  });
});
