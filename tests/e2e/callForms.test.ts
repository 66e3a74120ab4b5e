import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Desktop, chromiumSuite, screenshotPath } from './harness';

const suite = chromiumSuite('agentdesk-e2e-call-forms-');
/** The form of the stage shown: every stage stays rendered, the others in hidden slots. */
const shownStage = '.stage-slot:not([hidden]) .stage-form';

/** An anonymous call from an unknown number, taken to the confirm stage. */
async function callAtConfirm(dir: string, locale: 'zh-CN' | 'en'): Promise<{ page: Page; errors: string[] }> {
  const desktop = new Desktop(dir, locale);
  await desktop.services.dispatch('settings:update', { companyName: '安心家电', agentName: '李明', agentNumber: '8001' });
  const { page, errors } = await desktop.open(suite.browser, suite.url);
  await page.getByRole('navigation').first().waitFor();
  const incoming = desktop.services.screenPop('13900001111');
  await page.evaluate((payload) => (window as unknown as { __agentDeskEmit(c: string, p: unknown): void }).__agentDeskEmit('event:incomingCall', payload), incoming);
  await page.locator(shownStage).waitFor();
  // An unknown number opens the new-customer form; this caller stays anonymous instead.
  await page.locator(shownStage).getByRole('button', { name: locale === 'en' ? 'Change' : '更换' }).click();
  await page.getByRole('button', { name: locale === 'en' ? 'Caller stays anonymous' : '客户不愿透露身份' }).click();
  await page.keyboard.press('Control+Enter');
  return { page, errors };
}

/** Pastes `text` into the focused field as a real clipboard paste event would. */
const paste = (page: Page, text: string) =>
  page.evaluate((value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);

describe('call forms in Chromium', () => {
  it('counts near the limit, says when a paste is cut, guards wording with keep-as-written, and takes callback times in zh-CN', async () => {
    const { page, errors } = await callAtConfirm(`${suite.temp.dir}/zh`, 'zh-CN');
    // Focus moves to the confirm stage's first field once the stage is drawn.
    await expect.poll(() => page.evaluate((shown) => document.activeElement?.closest(shown) !== null, shownStage), { timeout: 30_000 }).toBe(true);
    // The greet stage stays rendered, hidden: Tab never lands in it, and it is not in the accessibility tree.
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('.stage-slot[hidden]') ?? null)).toBeNull();
    }
    expect(await page.getByRole('button', { name: '客户不愿透露身份' }).count()).toBe(0);

    const summary = page.getByLabel('问题摘要', { exact: true });
    await summary.fill('客户反映洗衣机漏水'.repeat(18)); // 162 of 200 characters
    await page.getByText('162/200').waitFor();
    await summary.press('End');
    await paste(page, '并且脱水时噪音很大，希望上门检查并更换密封圈，客户表示本周内都在家，上午下午都可以，请提前一小时来电');
    await page.getByText(/粘贴的内容超出 200 字上限，末尾 \d+ 字没有粘贴进来。/).waitFor();
    expect((await summary.inputValue()).length).toBe(200);
    await page.getByText('200/200 · 已到 200 字上限').waitFor();
    await page.screenshot({ path: screenshotPath('forms-counter-paste-cut.zh-CN.png'), fullPage: true });

    await page.getByLabel('问题分类', { exact: true }).selectOption({ label: '咨询/技术' });
    await page.getByLabel(/已向客户复述/).check();
    await page.keyboard.press('Control+Enter');
    await page.getByRole('heading', { level: 3, name: '解决', exact: true }).waitFor();
    const solution = page.getByLabel(/解决方案/);
    await solution.fill('这不是我们的问题。不过肯定给您全额退款');
    await page.getByText('“这不是我们的问题” · 推责语气').waitFor();
    await page.getByText('把“这不是我们的问题”整句换成：').waitFor();
    await page.screenshot({ path: screenshotPath('guard-suggestions.zh-CN.png'), fullPage: true });

    await page.getByRole('button', { name: '给您带来不便很抱歉，我先帮您把原因查清楚，再给您处理方案' }).click();
    await expect.poll(() => solution.inputValue()).toBe('给您带来不便很抱歉，我先帮您把原因查清楚，再给您处理方案。不过肯定给您全额退款');
    await page.getByRole('button', { name: '保留原文…' }).click();
    await page.getByRole('button', { name: '确认保留' }).click();
    await page.getByText('请写明保留原文的原因（至少 4 个字）').waitFor();
    await page.screenshot({ path: screenshotPath('guard-keep-refused.zh-CN.png'), fullPage: true });
    await page.getByRole('textbox', { name: '保留原因' }).fill('主管已批准全额退款');
    await page.getByRole('textbox', { name: '保留原因' }).press('Enter');
    await page.getByText('已保留原文 · 原因：主管已批准全额退款').waitFor();
    await page.screenshot({ path: screenshotPath('guard-kept.zh-CN.png'), fullPage: true });

    await page.keyboard.press('Control+Enter');
    await page.getByRole('heading', { level: 3, name: '跟进', exact: true }).waitFor();
    const callback = page.getByLabel('回访时间', { exact: true });
    expect(await callback.getAttribute('type')).toBe('text');
    expect(await callback.getAttribute('placeholder')).toBe('2026/12/05 14:30');
    await callback.fill('12/05/2026 10:00');
    await callback.press('Enter');
    await page.getByText('无法识别，请按 2026/12/05 14:30 这样的格式填写').waitFor();
    await page.screenshot({ path: screenshotPath('callback-datetime-error.zh-CN.png'), fullPage: true });
    await page.getByRole('group', { name: '快捷选择' }).getByRole('button').nth(2).click();
    await expect.poll(() => callback.inputValue()).toMatch(/^\d{4}\/\d{2}\/\d{2} 10:00$/);
    await page.screenshot({ path: screenshotPath('callback-datetime-picks.zh-CN.png'), fullPage: true });
    expect(await page.locator('input[type="date"], input[type="datetime-local"]').count()).toBe(0);

    // Saved with the kept phrase: the case timeline shows it for quality review.
    await page.getByLabel('已解决', { exact: true }).check();
    await page.getByLabel('客户拒绝评价').check();
    await page.keyboard.press('Control+Enter');
    await page.getByRole('heading', { level: 3, name: '记录', exact: true }).waitFor();
    await page.keyboard.press('Alt+KeyH');
    await page.getByLabel('处理结果代码').selectOption({ index: 1 });
    // The record stage lists it again (solve, hidden now, still holds its own note).
    await page.locator(shownStage).getByText('已保留原文 · 原因：主管已批准全额退款').waitFor();
    await page.keyboard.press('Control+KeyS');
    await page.getByRole('heading', { name: '通话已保存' }).waitFor();
    await page.getByRole('button', { name: '返回工单列表' }).click();
    const row = page.getByRole('row').filter({ hasText: '客户反映洗衣机漏水' }).first();
    await row.getByText('匿名来电').click();
    await page.getByText('保留原文（质检）').waitFor();
    await page.getByText(/“不过肯定给您全额退款”（过度承诺）· 原因：主管已批准全额退款/).waitFor();
    await page.screenshot({ path: screenshotPath('timeline-phrase-kept.zh-CN.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('reads the same forms in English, with dates as 2026-12-05 10:00', async () => {
    const { page, errors } = await callAtConfirm(`${suite.temp.dir}/en`, 'en');
    await page.getByLabel('Category', { exact: true }).selectOption({ index: 1 });
    await page.getByLabel('Summary', { exact: true }).fill('Washing machine leaks');
    await page.getByLabel(/restated/i).check();
    await page.keyboard.press('Control+Enter');
    await page.getByLabel(/Solution/).fill("Sorry, that's not our problem. You'll definitely get a full refund.");
    await page.getByText(/not our problem” · /).waitFor();
    await page.getByText('Before saving, deal with the marked wording: use a suggested sentence, or keep it and give a reason.').waitFor();
    await page.screenshot({ path: screenshotPath('guard-suggestions.en.png'), fullPage: true });
    await page.keyboard.press('Control+Enter');
    const callback = page.getByLabel('Callback at', { exact: true });
    await callback.waitFor();
    expect(await callback.getAttribute('placeholder')).toBe('2026-12-05 14:30');
    await page.getByRole('group', { name: 'Quick picks' }).getByRole('button').nth(2).click();
    await expect.poll(() => callback.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2} 10:00$/);
    await page.screenshot({ path: screenshotPath('callback-datetime-picks.en.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
