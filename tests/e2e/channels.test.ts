import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { caseClocks } from '../../src/shared/domain/caseClocks';
import { Desktop, chromiumSuite, screenshotPath } from './harness';

const suite = chromiumSuite('agentdesk-e2e-channels-');
const SEC = 1000;

async function open(dir: string, beforeLoad?: (page: Page) => Promise<void>): Promise<{ desktop: Desktop; page: Page }> {
  const desktop = new Desktop(dir);
  await desktop.services.dispatch('settings:update', { companyName: '安心家电', agentName: '李明', agentNumber: '8001' });
  const { page } = await desktop.open(suite.browser, suite.url, beforeLoad);
  await page.getByRole('heading', { name: '工单列表' }).waitFor();
  return { desktop, page };
}

const stage = (page: Page, name: string) => page.getByRole('heading', { level: 3, name, exact: true }).waitFor();
const next = (page: Page) => page.keyboard.press('Control+Enter');

/** Greet → follow-up with a new customer; stops at the record stage. */
async function guided(page: Page, who: { name: string; phone?: string; email?: string }, summary: string, shot: string, replies?: (page: Page) => Promise<void>) {
  await stage(page, '问候');
  await page.getByRole('button', { name: '登记新客户' }).click();
  await page.getByLabel('客户姓名').fill(who.name);
  if (who.phone) await page.getByLabel('联系电话').fill(who.phone);
  if (who.email) await page.getByLabel('电子邮箱').fill(who.email);
  await page.screenshot({ path: screenshotPath(`${shot}-1-greet.zh-CN.png`), fullPage: true });
  await next(page);
  await stage(page, '确认');
  await page.getByLabel('问题分类', { exact: true }).selectOption({ label: '咨询/技术' });
  await page.getByLabel('问题摘要', { exact: true }).fill(summary);
  await page.getByLabel('已向客户复述问题，客户确认无误').check();
  await next(page);
  await stage(page, '解决');
  await page.getByLabel(/解决方案/).fill('按说明书第5页重新设置定时，已当面演示');
  if (replies) await replies(page);
  await page.screenshot({ path: screenshotPath(`${shot}-3-solve.zh-CN.png`), fullPage: true });
  await next(page);
  await stage(page, '跟进');
  await page.getByLabel('已解决', { exact: true }).check();
  await page.getByRole('checkbox', { name: '客户不需要回访', exact: true }).check();
  await page.getByLabel('客户拒绝评价', { exact: true }).check();
  await next(page);
  await stage(page, '记录');
  await page.getByLabel('处理结果代码').selectOption({ index: 1 });
}

async function recordReply(page: Page, text: string) {
  await page.getByLabel(/消息内容|邮件正文/).fill(text);
  await page.getByRole('button', { name: '记为已发送' }).click();
  await page.getByText(text).first().waitFor();
}

async function saveAndFind(page: Page, desktop: Desktop, summary: string): Promise<string> {
  await page.keyboard.press('Control+KeyS');
  await page.getByRole('heading', { name: /^(接待记录|会话记录|邮件记录|通话)已保存$/ }).waitFor({ timeout: 30_000 });
  const row = desktop.services.rawDb().prepare('SELECT id FROM cases WHERE subject = ?').get(summary) as { id: string };
  return row.id;
}

describe('every channel guided, in Chromium', () => {
  it('a walk-in consultation runs the five stages with the counter greeting', async () => {
    const { desktop, page } = await open(`${suite.temp.dir}/walkin`);
    await page.getByRole('button', { name: '到店接待' }).click();
    await expect.poll(() => page.getByRole('region', { name: /话术/ }).textContent(), { timeout: 30_000 }).toContain('欢迎光临安心家电服务中心');
    await guided(page, { name: '孙丽', phone: '13900001111' }, '微波炉定时功能不会用', 'walkin');
    await page.screenshot({ path: screenshotPath('walkin-5-record.zh-CN.png'), fullPage: true });
    const id = await saveAndFind(page, desktop, '微波炉定时功能不会用');
    expect(desktop.services.rawDb().prepare('SELECT channel, status FROM cases WHERE id = ?').get(id)).toEqual({ channel: 'walkIn', status: 'resolved' });
    desktop.services.close();
  });

  it('an email complaint from a customer with only an email address, with two replies on the timeline', async () => {
    const { desktop, page } = await open(`${suite.temp.dir}/email`);
    await page.getByRole('button', { name: '处理邮件' }).click();
    await guided(page, { name: '赵敏', email: 'zhao.min@example.com' }, '邮件投诉：热水壶漏水', 'email', async (p) => {
      await p.getByRole('group', { name: '从模板开始' }).getByRole('button').first().click();
      await expect.poll(() => p.getByLabel('邮件正文').inputValue(), { timeout: 30_000 }).toContain('赵敏');
      await p.getByRole('button', { name: '记为已发送' }).click();
      await recordReply(p, '赵敏您好：已为您安排换货，新品48小时内发出。');
    });
    await page.screenshot({ path: screenshotPath('email-5-record.zh-CN.png'), fullPage: true });
    const id = await saveAndFind(page, desktop, '邮件投诉：热水壶漏水');
    const db = desktop.services.rawDb();
    expect(db.prepare('SELECT count(*) AS n FROM case_replies WHERE case_id = ?').get(id)).toEqual({ n: 2 });
    expect(db.prepare("SELECT k.phone, k.email FROM cases c JOIN customers k ON k.id = c.customer_id WHERE c.id = ?").get(id)).toEqual({ phone: '', email: 'zhao.min@example.com' });
    await page.getByRole('button', { name: '返回工单列表' }).click();
    await page.getByRole('row', { name: /热水壶漏水/ }).click();
    await page.getByText('已为您安排换货').first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: screenshotPath('email-timeline.zh-CN.png'), fullPage: true });
    // The customer writes again: the next reply is recorded from the case itself.
    const thread = page.getByRole('form', { name: '邮件往来' });
    await thread.getByLabel('下一封回复邮件').fill('赵敏您好：新品已发出，快递单号稍后短信告知。');
    await thread.getByRole('button', { name: '记为已发送' }).click();
    await thread.getByRole('status').filter({ hasText: '已记录这条回复' }).waitFor({ timeout: 30_000 });
    expect(await thread.getByRole('listitem').count()).toBe(3);
    expect(db.prepare('SELECT count(*) AS n FROM case_replies WHERE case_id = ?').get(id)).toEqual({ n: 3 });
    await page.screenshot({ path: screenshotPath('email-thread-reply.zh-CN.png'), fullPage: true });
    desktop.services.close();
  });

  it('chat: the first-response clock met by a reply at 20 s, and breached by one at 45 s (injected clock)', async () => {
    const t0 = Date.now() - 60 * 60 * SEC;
    const { desktop, page } = await open(`${suite.temp.dir}/chat`, (p) => p.clock.install({ time: t0 }));
    const chat = async (summary: string, replyAfter: number, shot: string) => {
      await page.clock.setFixedTime(t0);
      await page.getByRole('button', { name: '在线咨询' }).click();
      await guided(page, { name: `周${shot}`, phone: '13700002222' }, summary, shot, async (p) => {
        await p.clock.setFixedTime(t0 + replyAfter);
        await recordReply(p, `您好，${summary}的处理方法已发给您。`);
      });
      await page.screenshot({ path: screenshotPath(`${shot}-5-record.zh-CN.png`), fullPage: true });
      const id = await saveAndFind(page, desktop, summary);
      await page.getByRole('button', { name: '返回工单列表' }).click();
      return { id };
    };
    const met = await chat('聊天咨询：空调遥控配对', 20 * SEC, 'chat-met');
    const late = await chat('聊天咨询：冰箱异响', 45 * SEC, 'chat-breached');
    const db = desktop.services.rawDb();
    for (const [c, after] of [[met, 20 * SEC], [late, 45 * SEC]] as const) {
      expect(db.prepare('SELECT sent_at - ? AS after FROM case_replies WHERE case_id = ?').get(t0, c.id)).toEqual({ after });
    }
    const { caseClockSources } = await import('../../src/main/store/cases/caseClockReads');
    const { clockFactsOf } = await import('../../src/shared/domain/caseClockFacts');
    const state = (id: string) => caseClocks(clockFactsOf(caseClockSources(db, id)!), t0 + 10 * 60 * SEC).find((c) => c.id === 'chatFirstResponse')!.state;
    expect(state(met.id)).toBe('met');
    expect(state(late.id)).toBe('metLate');
    desktop.services.close();
  });
});
