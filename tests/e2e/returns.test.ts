import BetterSqlite3 from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { insertReturnRequest } from '../../src/main/store/returns/returnInserts';
import { defaultCalendar } from '../../src/shared/domain/businessCalendar';
import { addWorkingDays } from '../../src/shared/domain/businessCalendar';
import { Desktop, chromiumSuite, screenshotPath } from './harness';
import { createMainServices } from '../../src/main/services';
import { day, lead, seedReportFixture } from '../support/reportFixture';

const suite = chromiumSuite('agentdesk-e2e-returns-');
const { temp } = suite;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The returns panel of the open case. */
const returnsPanel = (page: Page) => page.getByRole('region', { name: '退换货' });
const stageHeading = (page: Page, name: string) => page.getByRole('heading', { level: 3, name, exact: true }).waitFor();
const completeStage = (page: Page) => page.keyboard.press('Control+Enter');

describe('returns end to end in Chromium', () => {
  it('carries a return from request to refund from the case detail, every due time in SQLite, the late review marked breached', async () => {
    // An injected clock, moved on between the steps; the request was made 20 days ago.
    const T0 = Math.floor((Date.now() - 20 * DAY) / 60_000) * 60_000;
    let clock = T0;
    const desktop = new Desktop(`${temp.dir}/flow`, 'zh-CN', { now: () => clock });
    const created = (await desktop.services.dispatch('case:create', { customerName: '刘芳', customerPhone: '13700002222', channel: 'phone', subject: '电饭煲内胆涂层脱落，申请退货' })) as { ok: true; value: { id: string } };
    const returnId = insertReturnRequest(desktop.services.rawDb(), { caseId: created.value.id, kind: 'return', reason: 'qualityDefect', purchasedAt: T0 - 2 * DAY, costBearer: 'merchant', now: T0, reviewDueAt: T0 + DAY });
    const { page, errors } = await desktop.open(suite.browser, suite.url);
    await page.getByRole('row', { name: /电饭煲内胆涂层脱落/ }).click();
    const panel = returnsPanel(page);
    await panel.getByText(/等待：审核完成，.* 前 · 已超时/).waitFor();

    // The review comes an hour after its 24 h: recorded, and marked late.
    clock = T0 + DAY + HOUR;
    await panel.getByRole('button', { name: '审核通过' }).click();
    await panel.getByText(/审核完成 · .* 完成 · 时限 .* · 超时/).waitFor();
    clock = T0 + DAY + 2 * HOUR;
    await panel.getByLabel('退回方式').fill('上门取件');
    await panel.getByLabel('取件或寄回地址').fill('上海市浦东新区世纪大道100号8楼');
    await panel.getByRole('button', { name: '确认方式和地址' }).click();
    await panel.getByLabel('快递单号').waitFor();
    // Bad input is refused with a translated message, and nothing is recorded.
    await panel.getByLabel('快递单号').fill('SF 12');
    await panel.getByRole('button', { name: '登记客户寄出' }).click();
    await panel.getByRole('alert').getByText('快递单号 快递单号应为 6–40 位字母、数字或连字符').waitFor();
    clock = T0 + 3 * DAY;
    await panel.getByLabel('快递单号').fill('SF1234567890');
    await panel.getByRole('button', { name: '登记客户寄出' }).click();
    await panel.getByText('快递单号：SF1234567890').waitFor();
    clock = T0 + 5 * DAY;
    await panel.getByLabel('检验结果').fill('内胆涂层脱落属实，包装完整');
    await panel.getByRole('button', { name: '登记收货检验' }).click();
    await panel.getByLabel('处理方式').waitFor();
    await page.screenshot({ path: screenshotPath('return-received.zh-CN.png'), fullPage: true });
    clock = T0 + 6 * DAY;
    await panel.getByLabel('处理方式').selectOption({ label: '退款' });
    await panel.getByRole('button', { name: '完成处理' }).click();
    await panel.getByText('结果：退款').waitFor();
    await panel.getByText('已完结').waitFor();
    await page.screenshot({ path: screenshotPath('return-refunded.zh-CN.png'), fullPage: true });
    // The address stays masked on screen.
    expect(await panel.textContent()).not.toContain('世纪大道100号');

    const db = new BetterSqlite3(desktop.services.dbPath, { readonly: true });
    const steps = db.prepare('SELECT step, at, due_at AS dueAt FROM return_steps WHERE return_id = ? ORDER BY at').all(returnId);
    const row = db.prepare('SELECT step, state, tracking_number AS tracking, resolution FROM returns WHERE id = ?').get(returnId);
    const events = (db.prepare("SELECT data FROM timeline_events WHERE kind = 'returnStep' ORDER BY at").all() as { data: string }[]).map((e) => JSON.parse(e.data) as { step: string; breached: boolean });
    db.close();
    expect(steps).toEqual([
      { step: 'requested', at: T0, dueAt: T0 + DAY },
      { step: 'reviewed', at: T0 + DAY + HOUR, dueAt: null },
      { step: 'methodConfirmed', at: T0 + DAY + 2 * HOUR, dueAt: T0 + DAY + 2 * HOUR + 7 * DAY },
      { step: 'shipped', at: T0 + 3 * DAY, dueAt: null },
      { step: 'received', at: T0 + 5 * DAY, dueAt: addWorkingDays(defaultCalendar, T0 + 5 * DAY, 5) },
      { step: 'processed', at: T0 + 6 * DAY, dueAt: null },
    ]);
    expect(row).toEqual({ step: 'processed', state: 'done', tracking: 'SF1234567890', resolution: 'refund' });
    expect(events.map((e) => [e.step, e.breached])).toEqual([
      ['reviewed', true],
      ['methodConfirmed', false],
      ['shipped', false],
      ['received', false],
      ['processed', false],
    ]);
    expect(errors).toEqual([]);
    await page.close();
    desktop.services.close();
  });

  it('offers repair instead of an ineligible return, and saves no return', async () => {
    const desktop = new Desktop(`${temp.dir}/declined`);
    await desktop.services.dispatch('settings:update', { companyName: '安心家电', agentName: '李明', agentNumber: '8001' });
    const { page, errors } = await desktop.open(suite.browser, suite.url);
    await page.getByRole('heading', { name: '工单列表' }).waitFor();
    const incoming = desktop.services.screenPop('13700003333');
    await page.evaluate((payload) => (window as unknown as { __agentDeskEmit(c: string, p: unknown): void }).__agentDeskEmit('event:incomingCall', payload), incoming);
    await page.getByRole('navigation', { name: '通话阶段' }).waitFor();
    await page.getByText('该号码没有对应客户').waitFor();
    await page.getByLabel('客户姓名').fill('赵磊');
    await completeStage(page);
    await stageHeading(page, '确认');
    await page.getByLabel('业务场景', { exact: true }).selectOption({ label: '退换货' });
    await page.getByLabel('问题分类', { exact: true }).selectOption({ label: '退换货' });
    await page.getByLabel('问题摘要', { exact: true }).fill('吸尘器摔坏外壳，要求无理由退货');
    await page.getByLabel('已向客户复述问题，客户确认无误').check();
    await completeStage(page);
    await stageHeading(page, '解决');
    await page.getByRole('button', { name: '登记退换货' }).click();
    await page.getByLabel('原因', { exact: true }).selectOption({ label: '七天无理由' });
    await page.getByLabel('签收日期').fill(new Date(Date.now() - 20 * DAY).toISOString().slice(0, 10));
    await page.getByLabel('签收日期').press('Enter');
    await page.getByText(/不符合退换货条件 · 已超过签收后 7 天/).waitFor();
    const offer = page.getByRole('group', { name: /不能办理退换货/ });
    await offer.getByRole('button', { name: '维修' }).click();
    await offer.getByText('已选择：维修。保存通话时不会登记退换货。').waitFor();
    await page.getByLabel(/解决方案/).fill('外壳损坏安排维修，费用按维修价目表');
    await page.screenshot({ path: screenshotPath('return-ineligible-offer-repair.zh-CN.png'), fullPage: true });
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

    const db = new BetterSqlite3(desktop.services.dbPath, { readonly: true });
    const returns = db.prepare('SELECT count(*) AS n FROM returns').get();
    const event = db.prepare("SELECT data FROM timeline_events WHERE kind = 'returnStep'").get() as { data: string };
    db.close();
    expect(returns).toEqual({ n: 0 });
    expect(JSON.parse(event.data)).toMatchObject({ declined: true, why: 'sevenDaysPassed', offered: 'repair' });
    await page.getByRole('button', { name: '返回工单列表' }).click();
    await page.getByRole('row', { name: /吸尘器摔坏外壳/ }).click();
    await page.getByText(/不符合退换货条件 · 已超过签收后 7 天 · 已改为：维修/).waitFor();
    await page.screenshot({ path: screenshotPath('return-ineligible-timeline.zh-CN.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
    desktop.services.close();
  });

  it("shows the lead a return's overdue review in the team view, records every step to the refund there, and counts it in the shift report", async () => {
    const dir = `${temp.dir}/lead`;
    const desktop = new Desktop(dir, 'zh-CN', { signedIn: null });
    desktop.services.close();
    // The lead 刘组长 of 售后一组 (tests/support/reportFixture.ts), on an injected clock moved on between the steps.
    let clock = day('12:00', '2026-11-17');
    desktop.services = createMainServices({ userDataDir: dir, settingsBackend: desktop.settings, version: '0.1.0', osLocale: 'zh-CN', actor: () => lead, now: () => clock });
    const db = desktop.services.rawDb();
    seedReportFixture(db);
    // On case c3 (洗衣机不脱水, 李娜): a return requested on 16 Nov at 10:00, its review due 24 h later.
    const requested = day('10:00');
    const returnId = insertReturnRequest(db, { caseId: 'c3', kind: 'return', reason: 'qualityDefect', purchasedAt: requested - 3 * DAY, costBearer: 'merchant', now: requested, reviewDueAt: requested + DAY });
    // On case c5 (张伟): an exchange confirmed on 5 Nov and never shipped — overdue at its shipping step.
    const stuck = insertReturnRequest(db, { caseId: 'c5', kind: 'exchange', reason: 'notAsDescribed', purchasedAt: null, costBearer: 'merchant', now: day('09:00', '2026-11-05'), reviewDueAt: day('09:00', '2026-11-06') });
    const advance = async (id: string, at: number, act: unknown) => {
      const saved = clock;
      clock = at;
      expect(await desktop.services.dispatch('return:advance', { returnId: id, act })).toMatchObject({ ok: true });
      clock = saved;
    };
    await advance(stuck, day('10:00', '2026-11-05'), { act: 'approve' });
    await advance(stuck, day('11:00', '2026-11-05'), { act: 'confirmMethod', method: '快递寄回', address: '上海市静安区南京西路 1 号' });
    // An engineer visit booked on c3, shown on its case detail.
    db.prepare("INSERT INTO visit_bookings (id, case_id, engineer, day, time_slot, address, duration_minutes, created_at) VALUES ('v1', 'c3', '陈工', '2026-11-18', '14:00–16:00', '上海市徐汇区漕溪北路 88 号 3 楼', 90, ?)").run(day('14:03'));

    const { page, errors } = await desktop.open(suite.browser, suite.url);
    await page.setViewportSize({ width: 1280, height: 1400 });
    await page.getByRole('button', { name: '团队看板' }).click();
    const panel = page.getByRole('region', { name: '进行中的退换货' });
    const item = panel.getByRole('listitem', { name: /0003$/ });
    // Waiting for its review, 2 hours past the due time; the stuck exchange is listed too, and more late, first.
    await item.getByText('等待：审核完成 · 已逾期 2 小时 0 分').waitFor({ timeout: 30_000 });
    await panel.getByText('共 2 件，其中 2 件逾期').waitFor();
    expect(await panel.getByRole('listitem').first().getAttribute('aria-label')).toMatch(/0005$/);
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('team-view-returns.zh-CN.png'), fullPage: true });
    // The lead's top bar (more controls than an agent's) fits 1280 px: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);

    // The lead records each step from the team view, the clock moved on between them.
    const record = async (at: number, fill: () => Promise<void>, button: string, recorded: string) => {
      clock = at;
      await item.getByRole('button', { name: '登记下一步' }).click();
      await fill();
      await item.getByRole('button', { name: button }).click();
      await page.getByRole('status').getByText(recorded).waitFor({ timeout: 30_000 });
    };
    await record(day('12:00', '2026-11-17'), async () => {}, '审核通过', '已登记：审核完成');
    await item.getByText('等待：方式和地址已确认 · 此环节不限时').waitFor({ timeout: 30_000 });
    await record(day('12:30', '2026-11-17'), async () => {
      await item.getByLabel('退回方式').fill('上门取件');
      await item.getByLabel('取件或寄回地址').fill('上海市徐汇区漕溪北路 88 号 3 楼');
    }, '确认方式和地址', '已登记：方式和地址已确认');
    await record(day('15:00', '2026-11-17'), () => item.getByLabel('快递单号').fill('SF2026111701'), '登记客户寄出', '已登记：客户已寄出');
    await record(day('10:00', '2026-11-18'), () => item.getByLabel('检验结果').fill('不脱水属实，外观完好'), '登记收货检验', '已登记：已收货并检验');
    await record(day('10:00', '2026-11-19'), async () => { await item.getByLabel('处理方式').selectOption({ label: '退款' }); }, '完成处理', '已登记：处理完毕');
    // Done: it leaves the list of returns in progress.
    await panel.getByText('共 1 件，其中 1 件逾期').waitFor({ timeout: 30_000 });
    expect(await item.count()).toBe(0);

    // Every step's due time, as stored.
    const steps = db.prepare('SELECT step, at, due_at AS dueAt FROM return_steps WHERE return_id = ? ORDER BY at').all(returnId);
    expect(steps).toEqual([
      { step: 'requested', at: requested, dueAt: requested + DAY },
      { step: 'reviewed', at: day('12:00', '2026-11-17'), dueAt: null },
      { step: 'methodConfirmed', at: day('12:30', '2026-11-17'), dueAt: day('12:30', '2026-11-17') + 7 * DAY },
      { step: 'shipped', at: day('15:00', '2026-11-17'), dueAt: null },
      { step: 'received', at: day('10:00', '2026-11-18'), dueAt: addWorkingDays(defaultCalendar, day('10:00', '2026-11-18'), 5) },
      { step: 'processed', at: day('10:00', '2026-11-19'), dueAt: null },
    ]);
    const events = db.prepare("SELECT json_extract(data, '$.step') AS step, json_extract(data, '$.breached') AS breached, actor_id AS actor FROM timeline_events WHERE kind = 'returnStep' AND json_extract(data, '$.returnId') = ? ORDER BY at").all(returnId);
    expect(events).toEqual([
      { step: 'reviewed', breached: 1, actor: 'L' },
      { step: 'methodConfirmed', breached: 0, actor: 'L' },
      { step: 'shipped', breached: 0, actor: 'L' },
      { step: 'received', breached: 0, actor: 'L' },
      { step: 'processed', breached: 0, actor: 'L' },
    ]);

    // The shift report for 16–19 Nov: the refund completed, its review done late, the exchange overdue at shipping.
    clock = day('12:00', '2026-11-19');
    await page.getByRole('button', { name: '班次报表' }).click();
    await page.getByRole('option', { name: '售后一组' }).waitFor({ state: 'attached' });
    await page.getByLabel('开始日期').fill('2026/11/16');
    await page.getByLabel('开始日期').press('Enter');
    await page.getByLabel('结束日期').fill('2026/11/19');
    await page.getByLabel('结束日期').press('Enter');
    await page.getByRole('button', { name: '生成报表' }).click();
    const summary = page.getByRole('region', { name: '概览' });
    await expect.poll(() => summary.locator('.kpi').filter({ hasText: '本期办结的退换货' }).textContent(), { timeout: 30_000 }).toBe('本期办结的退换货1');
    expect(await summary.locator('.kpi').filter({ hasText: '逾期的退换货' }).textContent()).toBe('逾期的退换货1');
    const bySteps = page.getByRole('region', { name: '退换货进度' });
    await bySteps.getByRole('row', { name: /审核（24 小时内） 0 0 1 1/ }).waitFor();
    await bySteps.getByRole('row', { name: /客户寄回（7 天内） 1 1 1 0/ }).waitFor();
    const overdue = page.getByRole('region', { name: '逾期未办的退换货' });
    await overdue.getByRole('row', { name: /0005 陈先生 139\*\*\*\*1111 换货 客户寄回（7 天内） 2026-11-12 11:00/ }).waitFor();
    await bySteps.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('shift-report-returns.zh-CN.png'), fullPage: true });

    // The case detail: the return's step clocks with their definitions, and the visit booked.
    await page.getByRole('button', { name: '工单', exact: true }).click();
    await page.getByRole('row', { name: /洗衣机不脱水/ }).click();
    const review = page.locator(`[data-clock="returnReview"]`);
    await review.getByText('退换货审核 · 完成但超时').waitFor({ timeout: 30_000 });
    await page.locator('[data-clock="returnShip"]').getByText('客户寄回 · 达标').waitFor();
    await page.locator('[data-clock="returnProcess"]').getByText('退款或换货办理 · 达标').waitFor();
    const visits = page.getByRole('region', { name: '上门预约' });
    await visits.getByText('2026-11-18 14:00–16:00 · 工程师 陈工 · 预计 90 分钟').waitFor();
    expect(await visits.textContent()).not.toContain('漕溪北路 88 号');
    await review.hover();
    await review.getByRole('tooltip').getByText(/从客户提出退换货申请算起/).waitFor();
    await page.screenshot({ path: screenshotPath('case-detail-return-clocks.zh-CN.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
    desktop.services.close();
  });
});
