import BetterSqlite3 from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Desktop, chromiumSuite, screenshotPath } from './harness';

const suite = chromiumSuite('agentdesk-e2e-calls-');
const { temp } = suite;

/** A desktop with the agent's profile set and one known customer, ringing with `number`. */
async function ringing(dir: string, number: string): Promise<{ desktop: Desktop; page: Page; errors: string[] }> {
  const desktop = new Desktop(dir);
  await desktop.services.dispatch('settings:update', { companyName: '安心家电', agentName: '李明', agentNumber: '8001' });
  await desktop.services.dispatch('case:create', { customerName: '王建国', customerPhone: '13812345678', channel: 'phone', subject: '空调遥控器失灵' });
  desktop.services.rawDb().prepare("INSERT INTO kb_articles (id, category, title, body, updated_at) VALUES ('kb-return', 'policy', '质量问题换货流程', '签收后发现质量问题可申请换货，运费由我司承担；审核在24小时内完成。', 1)").run();
  const { indexArticle } = await import('../../src/main/store/search/searchIndex');
  indexArticle(desktop.services.rawDb(), 'kb-return');
  const { page, errors } = await desktop.open(suite.browser, suite.url);
  await page.getByRole('heading', { name: '工单列表' }).waitFor();
  // What main does when the softphone opens agentdesk://call?number=…: look the number up and send the event.
  const incoming = desktop.services.screenPop(number);
  await page.evaluate((payload) => (window as unknown as { __agentDeskEmit(c: string, p: unknown): void }).__agentDeskEmit('event:incomingCall', payload), incoming);
  await page.getByRole('navigation', { name: '通话阶段' }).waitFor();
  return { desktop, page, errors };
}

const stageHeading = (page: Page, name: string) => page.getByRole('heading', { level: 3, name, exact: true }).waitFor();
const completeStage = (page: Page) => page.keyboard.press('Control+Enter');

describe('calls end to end in Chromium', () => {
  it('runs a complaint call from screen pop through escalation and "not solved" to an honestly saved escalated case', async () => {
    const { desktop, page, errors } = await ringing(`${temp.dir}/complaint`, '13812345678');
    await page.getByText('已关联客户：王建国').waitFor();
    await expect.poll(() => page.getByRole('region', { name: /话术/ }).textContent()).toContain('安心家电');
    // A known caller: account details wait for the identity check, and the greeting says their records were found.
    await page.getByText('身份尚未核实，账户资料暂不显示。').waitFor();
    await page.screenshot({ path: screenshotPath('call-verify-required.zh-CN.png'), fullPage: true });
    await expect.poll(() => page.getByRole('region', { name: /话术/ }).textContent()).toContain('王建国您好，已经查到您的资料了');
    await page.getByLabel('来电号码与预留号码一致').check();
    await page.getByText('身份尚未核实，账户资料暂不显示。').waitFor({ state: 'detached' });
    await page.screenshot({ path: screenshotPath('call-1-greet.zh-CN.png'), fullPage: true });
    await completeStage(page);

    await stageHeading(page, '确认');
    await page.getByLabel('业务场景', { exact: true }).selectOption({ label: '投诉' });
    await page.getByLabel('问题分类', { exact: true }).selectOption({ label: '投诉建议' });
    await page.getByLabel('投诉等级').selectOption({ label: '重大投诉' });
    await page.getByLabel('问题摘要', { exact: true }).fill('维修两次仍不制冷，要求换机');
    await page.getByLabel(/要点记录/).fill('11月初购买，两次上门维修未解决；客户希望换新机');
    await page.getByLabel('订单号', { exact: true }).fill('SO-2026-110087');
    await page.getByLabel('已向客户复述问题，客户确认无误').check();
    await page.getByLabel('需要其他部门协作（5 分钟内发起）').check();
    await page.screenshot({ path: screenshotPath('call-2-confirm.zh-CN.png'), fullPage: true });
    await completeStage(page);

    await stageHeading(page, '解决');
    await page.getByText(/需在 .* 前发起协作/).waitFor();
    await page.getByLabel(/解决方案/).fill('向客户致歉，说明将由售后主管评估换机');
    // A transfer is its own act: the caller would wait on the line. Looked at, then not made.
    await page.keyboard.press('Alt+KeyT');
    const transfer = page.getByRole('dialog', { name: /转接电话/ });
    await transfer.getByLabel(/转接到/).fill('技术支持组');
    await transfer.getByLabel('转接原因').fill('需要远程查看压缩机运行数据');
    await transfer.getByLabel('预计等候时长').fill('90');
    await transfer.getByText('大约需要等候90秒，请先不要挂断').waitFor();
    await page.screenshot({ path: screenshotPath('call-transfer-dialog.zh-CN.png'), fullPage: true });
    await page.keyboard.press('Escape');
    await transfer.waitFor({ state: 'detached' });

    await page.keyboard.press('Alt+KeyE');
    const escalate = page.getByRole('dialog', { name: /升级处理/ });
    await escalate.getByLabel(/接手人/).fill('售后主管 陈工');
    await escalate.getByLabel(/承诺多少分钟内答复/).fill('120');
    await escalate.getByLabel(/交接说明/).fill('两次维修未解决，客户要求换机，需主管评估');
    await escalate.getByText('120分钟之内会有专人主动联系您').waitFor();
    await page.screenshot({ path: screenshotPath('call-escalate-dialog.zh-CN.png'), fullPage: true });
    await escalate.getByRole('button', { name: '升级', exact: true }).click();
    await page.getByText(/已升级给 售后主管 陈工/).waitFor();
    expect(await page.getByRole('region', { name: /话术/ }).textContent()).not.toContain('等候120分钟');
    await page.screenshot({ path: screenshotPath('call-3-solve.zh-CN.png'), fullPage: true });
    await completeStage(page);

    await stageHeading(page, '跟进');
    // The customer says it is not solved: with the escalation open, the call goes on to be saved as escalated.
    await page.getByLabel('未解决', { exact: true }).check();
    await page.getByText(/按“已升级、待答复”保存/).waitFor();
    await page.getByLabel('客户拒绝评价', { exact: true }).check();
    await page.screenshot({ path: screenshotPath('call-4-follow-up.zh-CN.png'), fullPage: true });
    await completeStage(page);

    await stageHeading(page, '记录');
    await page.getByRole('region', { name: '本次通话经过' }).getByText('客户表示仍未解决：按“已升级、待答复”保存').waitFor();
    await page.keyboard.press('Alt+KeyH');
    await page.getByLabel('处理结果代码').selectOption({ label: '已升级' });
    await page.screenshot({ path: screenshotPath('call-5-record.zh-CN.png'), fullPage: true });
    await page.keyboard.press('Control+KeyS');
    await page.getByRole('heading', { name: '通话已保存' }).waitFor();

    const db = new BetterSqlite3(desktop.services.dbPath, { readonly: true });
    const saved = db.prepare("SELECT c.id, c.status, c.scenario, c.severity, c.category, c.order_no, c.satisfaction, cu.name FROM cases c JOIN customers cu ON cu.id = c.customer_id WHERE c.subject = '维修两次仍不制冷，要求换机'").get() as { id: string };
    const kinds = (db.prepare('SELECT kind FROM timeline_events WHERE case_id = ? ORDER BY kind').all(saved.id) as { kind: string }[]).map((r) => r.kind);
    const escalation = db.prepare("SELECT at, data FROM timeline_events WHERE case_id = ? AND kind = 'escalation' ORDER BY at").get(saved.id) as { at: number; data: string };
    const call = db.prepare('SELECT disposition, talk_seconds >= 0 AS ok, history, verification FROM calls WHERE case_id = ?').get(saved.id) as { history: string; verification: string };
    const drafts = db.prepare('SELECT count(*) AS n FROM call_drafts').get();
    const followUps = db.prepare('SELECT kind, promise, state, due_at AS dueAt, note FROM follow_ups WHERE case_id = ? ORDER BY due_at').all(saved.id);
    db.close();
    expect(saved).toEqual({ id: saved.id, status: 'escalated', scenario: 'complaint', severity: 'major', category: 'complaintSuggestion', order_no: 'SO-2026-110087', satisfaction: null, name: '王建国' });
    // Besides the call's own acts, a major complaint's promises: the lead's escalation, and the plan (told on the call: done).
    expect(kinds).toEqual([
      'callNotSolved',
      'created',
      'escalation',
      'escalation',
      'followUpDone',
      'followUpScheduled',
      'followUpScheduled',
      'followUpScheduled',
      'identityChecked',
      'solutionAttempt',
      'stageCompleted',
      'stageCompleted',
      'stageCompleted',
      'stageCompleted',
      'stageCompleted',
      'statusChanged',
    ]);
    // The escalation is kept whole, and its 120-minute promise is a follow-up due at that time.
    expect(JSON.parse(escalation.data)).toMatchObject({ target: '售后主管 陈工', note: '两次维修未解决，客户要求换机，需主管评估', feedbackMinutes: 120 });
    expect(followUps).toEqual([
      { kind: 'callback', promise: 'escalationFeedback', state: 'due', dueAt: expect.any(Number), note: '' },
      { kind: 'callback', promise: 'escalationFeedback', state: 'due', dueAt: escalation.at + 120 * 60_000, note: '↑ 售后主管 陈工' },
      { kind: 'callback', promise: 'complaintPlan', state: 'done', dueAt: expect.any(Number), note: '' },
    ]);
    expect((JSON.parse(call.history) as { act: string }[]).filter((a) => a.act !== 'stage').map((a) => a.act)).toEqual(['verification', 'escalation', 'solution', 'notSolved']);
    expect(JSON.parse(call.verification)).toMatchObject({ method: 'phoneMatch' });
    expect(call).toMatchObject({ disposition: 'escalated', ok: 1 });
    expect(drafts).toEqual({ n: 0 });

    // The case timeline shows what happened on the call.
    await page.getByRole('button', { name: '返回工单列表' }).click();
    await page.getByRole('row', { name: /维修两次仍不制冷/ }).click();
    await page.getByText('客户表示未解决').first().waitFor();
    await page.screenshot({ path: screenshotPath('call-escalated-timeline.zh-CN.png'), fullPage: true });

    // Customer 360: the salutation is edited in place, and the next call's script addresses him by it.
    await page.getByRole('button', { name: /查看客户档案/ }).click();
    await page.getByRole('complementary', { name: /客户档案/ }).waitFor();
    await page.getByRole('button', { name: '修改称呼' }).click();
    await page.getByLabel('称呼', { exact: true }).selectOption({ label: '先生' });
    await page.screenshot({ path: screenshotPath('customer360-salutation-edit.zh-CN.png'), fullPage: true });
    await page.getByRole('button', { name: '保存称呼' }).click();
    await page.getByText('称呼已保存，之后的话术会用新的称呼。').waitFor();
    await page.screenshot({ path: screenshotPath('customer360-salutation-saved.zh-CN.png'), fullPage: true });
    const again = desktop.services.screenPop('13812345678');
    await page.evaluate((payload) => (window as unknown as { __agentDeskEmit(c: string, p: unknown): void }).__agentDeskEmit('event:incomingCall', payload), again);
    await expect.poll(() => page.getByRole('region', { name: /话术/ }).textContent()).toContain('王先生您好，已经查到您的资料了');
    expect(errors).toEqual([]);
    await page.close();
    desktop.services.close();
  });

  it('runs a return call for an unknown number, survives a restart mid-call, and saves the return request', async () => {
    const { desktop, page, errors } = await ringing(`${temp.dir}/return`, '13700002222');
    await page.getByText('该号码没有对应客户').waitFor();
    expect(await page.getByLabel('联系电话').inputValue()).toBe('13700002222');
    await page.getByLabel('客户姓名').fill('刘芳');
    await page.getByLabel('称呼').selectOption({ label: '女士' });
    await completeStage(page);

    await stageHeading(page, '确认');
    await page.getByLabel('业务场景', { exact: true }).selectOption({ label: '退换货' });
    await page.getByLabel('问题分类', { exact: true }).selectOption({ label: '退换货' });
    await page.getByLabel('问题摘要', { exact: true }).fill('电饭煲内胆涂层脱落，申请换货');
    await page.getByLabel('产品', { exact: true }).fill('IH 电饭煲 4L');
    await page.getByLabel('已向客户复述问题，客户确认无误').check();
    await completeStage(page);

    await stageHeading(page, '解决');
    // The app is closed mid-call, once the stage move is written: the draft brings everything back.
    await page.locator('.save-state', { hasText: '草稿已保存' }).waitFor();
    desktop.restart();
    await page.reload();
    await stageHeading(page, '解决');
    await page.getByRole('region', { name: '客户信息' }).getByText('刘芳').waitFor();

    await page.getByRole('button', { name: '登记退换货' }).click();
    await page.getByLabel('类型', { exact: true }).selectOption({ label: '换货' });
    await page.getByLabel('签收日期').fill(new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10));
    await page.getByLabel('签收日期').press('Enter');
    await page.getByText(/符合退换货条件 · 质量问题 · 运费由商家承担/).waitFor();
    await page.getByLabel('搜索知识库（Alt+K）').fill('换货');
    await page.getByRole('button', { name: '插入到答复' }).click();
    await expect.poll(() => page.getByLabel(/解决方案/).inputValue()).toContain('运费由我司承担');
    await page.screenshot({ path: screenshotPath('call-return-solve.zh-CN.png'), fullPage: true });
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
    await page.screenshot({ path: screenshotPath('call-return-saved.zh-CN.png'), fullPage: true });

    const db = new BetterSqlite3(desktop.services.dbPath, { readonly: true });
    const customer = db.prepare("SELECT name, phone, salutation FROM customers WHERE name = '刘芳'").get();
    const ret = db.prepare('SELECT r.kind, r.reason, r.cost_bearer, s.step, s.due_at - s.at AS review_ms FROM returns r JOIN return_steps s ON s.return_id = r.id').get();
    const status = db.prepare("SELECT status, product FROM cases WHERE subject = '电饭煲内胆涂层脱落，申请换货'").get();
    db.close();
    expect(customer).toEqual({ name: '刘芳', phone: '13700002222', salutation: 'ms' });
    expect(ret).toEqual({ kind: 'exchange', reason: 'qualityDefect', cost_bearer: 'merchant', step: 'requested', review_ms: 24 * 3_600_000 });
    expect(status).toEqual({ status: 'resolved', product: 'IH 电饭煲 4L' });
    expect(errors).toEqual([]);
    await page.close();
    desktop.services.close();
  });
});
