import BetterSqlite3 from 'better-sqlite3';
import { createServer } from 'node:net';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { caseClocks, type ClockFacts } from '../../src/shared/domain/caseClocks';
import { Desktop, chromiumSuite, screenshotPath } from './harness';

const suite = chromiumSuite('agentdesk-e2e-telephony-');
const TOKEN = 'e2e_softphone_token_0123456789abcdef';

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((done) => probe.close(() => done()));
  return port;
}

const stageHeading = (page: Page, name: string) => page.getByRole('heading', { level: 3, name, exact: true }).waitFor();
const completeStage = (page: Page) => page.keyboard.press('Control+Enter');
const emit = (page: Page, channel: string, payload: unknown) => page.evaluate(([c, p]) => (window as unknown as { __agentDeskEmit(c: string, p: unknown): void }).__agentDeskEmit(c, p), [channel, payload] as const);

describe('a complaint call driven by telephony events, in Chromium', () => {
  it('ring → answer → hold → resume → escalation → follow-up → save: every time stamp and clock in SQLite', async () => {
    const port = await freePort();
    let page: Page | null = null;
    // Main's events reach the page the way index.ts sends them to the window.
    const desktop = new Desktop(`${suite.temp.dir}/complaint`, 'zh-CN', {
      onIncomingCall: (incoming) => void (page && emit(page, 'event:incomingCall', incoming)),
      onCallEvent: (event) => void (page && emit(page, 'event:callEvent', event)),
    });
    await desktop.services.dispatch('settings:update', { companyName: '安心家电', agentName: '李明', agentNumber: '8001', telephonyEnabled: true, telephonyPort: port, telephonyToken: TOKEN, holdPromptSeconds: 10 });
    await desktop.services.dispatch('case:create', { customerName: '王建国', customerPhone: '13812345678', channel: 'phone', subject: '空调遥控器失灵' });
    const opened = await desktop.open(suite.browser, suite.url);
    page = opened.page;
    const { errors } = opened;
    await page.getByRole('heading', { name: '工单列表' }).waitFor();
    await expect.poll(() => desktop.services.telephony.port(), { timeout: 30_000 }).toBe(port);

    // The softphone posts with its own clock: what it says is what must be stored.
    const posted: { event: string; at: number }[] = [];
    const post = async (event: string, at: number, extra: Record<string, unknown> = {}) => {
      const res = await fetch(`http://127.0.0.1:${port}/call-events`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify({ event, callId: 'pbx-20261205-001', at, ...extra }) });
      expect(res.status).toBe(201);
      posted.push({ event, at });
    };
    const ringAt = Date.now() - 20_000;
    await post('ring', ringAt, { callerNumber: '13812345678' });
    await page.getByRole('navigation', { name: '通话阶段' }).waitFor();
    await page.getByText('已关联客户：王建国').waitFor();
    await post('answer', ringAt + 8_000);

    // Greet, then hold while checking something: the prompt to go back comes after 10 s on hold.
    await page.getByLabel('来电号码与预留号码一致').check();
    await completeStage(page);
    await stageHeading(page, '确认');
    const holdAt = Date.now() - 12_000;
    await post('hold', holdAt);
    const controls = page.getByRole('group', { name: '通话控制' });
    await controls.getByRole('button', { name: '恢复通话' }).waitFor();
    await page.getByText(/请回到线上告知进展/).waitFor();
    await page.screenshot({ path: screenshotPath('telephony-hold-prompt.zh-CN.png'), fullPage: true });
    const resumeAt = Date.now();
    await post('resume', resumeAt);
    await controls.getByRole('button', { name: '保持' }).waitFor();
    await controls.getByText(/累计保持 00:1\d · 共 1 次/).waitFor();

    await page.getByLabel('业务场景', { exact: true }).selectOption({ label: '投诉' });
    await page.getByLabel('问题分类', { exact: true }).selectOption({ label: '投诉建议' });
    await page.getByLabel('投诉等级').selectOption({ label: '重大投诉' });
    await page.getByLabel('问题摘要', { exact: true }).fill('维修两次仍不制冷，要求换机');
    await page.getByLabel(/要点记录/).fill('两次上门维修未解决；客户希望换新机');
    await page.getByLabel('已向客户复述问题，客户确认无误').check();
    await page.getByLabel('需要其他部门协作（5 分钟内发起）').check();
    await completeStage(page);

    await stageHeading(page, '解决');
    await page.getByLabel(/解决方案/).fill('向客户致歉，售后主管评估换机并回电');
    await page.keyboard.press('Alt+KeyE');
    const escalate = page.getByRole('dialog', { name: /升级处理/ });
    await escalate.getByLabel(/接手人/).fill('售后主管 陈工');
    await escalate.getByLabel(/承诺多少分钟内答复/).fill('120');
    await escalate.getByLabel(/交接说明/).fill('两次维修未解决，客户要求换机，需主管评估');
    await escalate.getByRole('button', { name: '升级', exact: true }).click();
    await page.getByText(/已升级给 售后主管 陈工/).waitFor();
    await completeStage(page);

    await stageHeading(page, '跟进');
    await page.getByLabel('已解决', { exact: true }).check();
    await page.getByLabel('客户不需要回访', { exact: true }).check();
    await page.getByRole('radio', { name: '4' }).click();
    await completeStage(page);

    await stageHeading(page, '记录');
    const hangupAt = Date.now();
    await post('hangup', hangupAt);
    await page.locator('.timer.acw').waitFor();
    await page.getByLabel('处理结果代码').selectOption({ label: '已升级' });
    await page.screenshot({ path: screenshotPath('telephony-record-clocks.zh-CN.png'), fullPage: true });
    await page.keyboard.press('Control+KeyS');
    await page.getByRole('heading', { name: '通话已保存' }).waitFor();

    const db = new BetterSqlite3(desktop.services.dbPath, { readonly: true });
    const kase = db.prepare("SELECT id, created_at, response_due_at, resolution_due_at FROM cases WHERE subject = '维修两次仍不制冷，要求换机'").get() as { id: string; created_at: number; response_due_at: number; resolution_due_at: number };
    const call = db.prepare('SELECT call_ref, ring_at, answered_at, ended_at, talk_seconds, hold_seconds, hold_count, solution_at, started_at FROM calls WHERE case_id = ?').get(kase.id) as Record<string, number | string | null>;
    const events = db.prepare('SELECT kind, at, source, case_id = ? AS linked FROM call_events ORDER BY at, rowid').all(kase.id) as { kind: string; at: number; source: string; linked: number }[];
    const stages = db.prepare("SELECT at, json_extract(data, '$.stage') AS stage FROM timeline_events WHERE case_id = ? AND kind = 'stageCompleted' ORDER BY at").all(kase.id) as { at: number; stage: string }[];
    const escalation = db.prepare("SELECT at, json_extract(data, '$.feedbackMinutes') AS minutes FROM timeline_events WHERE case_id = ? AND kind = 'escalation' ORDER BY at").get(kase.id) as { at: number; minutes: number };
    db.close();

    expect(events.map((e) => [e.kind, e.at, e.source, e.linked])).toEqual(posted.map((p) => [p.event, p.at, 'telephony', 1]));
    expect(call).toMatchObject({ call_ref: 'pbx-20261205-001', ring_at: ringAt, answered_at: ringAt + 8_000, ended_at: hangupAt, talk_seconds: Math.round((hangupAt - ringAt - 8_000) / 1000), hold_count: 1, hold_seconds: Math.round((resumeAt - holdAt) / 1000) });
    const solveAt = stages.find((s) => s.stage === 'solve')!.at;
    expect(call.solution_at).toBe(solveAt);
    expect(stages.map((s) => s.stage)).toEqual(['greet', 'confirm', 'solve', 'followUp', 'record']);
    // The case's deadlines run from the ring (its first contact), not from the save: major complaint reply 24 h, plan 48 h.
    expect(kase.response_due_at).toBe(ringAt + 24 * 3_600_000);
    expect(kase.resolution_due_at).toBe(ringAt + 48 * 3_600_000);

    const facts = await desktop.services.dispatch('telephony:caseClockFacts', { caseId: kase.id });
    expect(facts.ok).toBe(true);
    const now = Date.now();
    const clocks = caseClocks((facts as { ok: true; value: ClockFacts }).value, now);
    const byId = Object.fromEntries(clocks.map((c) => [c.key, c]));
    // Two promised feedbacks: the escalation made on the call, and a major complaint's escalation to the lead on saving.
    expect(Object.keys(byId).filter((k) => !k.startsWith('promisedFeedback:')).sort()).toEqual(['complaintPlan', 'complexCollaboration', 'majorComplaintReply', 'phoneAnswer']);
    expect(Object.keys(byId).filter((k) => k.startsWith('promisedFeedback:'))).toHaveLength(2);
    expect(byId.phoneAnswer).toMatchObject({ startedAt: ringAt, stoppedAt: ringAt + 8_000, state: 'met' });
    expect(byId.majorComplaintReply).toMatchObject({ startedAt: ringAt, stoppedAt: ringAt + 8_000, state: 'met' });
    expect(byId.complaintPlan).toMatchObject({ startedAt: ringAt, stoppedAt: solveAt, state: 'met' });
    expect(byId.complexCollaboration!.state).toBe('met');
    expect(byId.complexCollaboration!.stoppedAt).toBe(escalation.at);
    const promise = clocks.find((c) => c.id === 'promisedFeedback' && c.startedAt === escalation.at)!;
    expect(promise).toMatchObject({ startedAt: escalation.at, dueAt: escalation.at + 120 * 60_000, stoppedAt: null });
    expect(['running', 'warning']).toContain(promise.state);

    // The saved case shows the same clocks, each with its definition on hover.
    await page.getByRole('button', { name: '返回工单列表' }).click();
    await page.getByRole('row', { name: /维修两次仍不制冷/ }).click();
    const shown = page.getByRole('list', { name: '服务时钟' });
    const answerClock = shown.locator('[data-clock="phoneAnswer"]');
    await answerClock.waitFor();
    expect(await answerClock.textContent()).toContain('电话接起 · 达标');
    await shown.locator('[data-clock="promisedFeedback"]').first().hover();
    await page.getByRole('tooltip').filter({ hasText: '承诺的联系实际发生为止' }).waitFor();
    await page.screenshot({ path: screenshotPath('telephony-case-clocks-hover.zh-CN.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
    desktop.services.close();
  });
});
