import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../src/main/actions/caseActions';
import { saveWrapUp } from '../../src/main/actions/saveWrapUp';
import { recordCallTimes } from '../../src/main/store/calls/callEvents';
import { appendMutation } from '../../src/main/store/sync/outbox';
import type { MainServices } from '../../src/main/services';
import type { SignedInAgent } from '../../src/shared/schemas/sync';
import { eventually } from '../support/noticeListener';
import { serverDesktop, serverWithOrg, signIn } from '../support/serverDesktops';
import { sampleWrapUp } from '../support/wrapUpFixture';
import { chromiumSuite, screenshotPath } from './harness';

const suite = chromiumSuite('agentdesk-e2e-quality-');
const { temp, pageOn } = suite;
const shot = (name: string) => {
  const dir = process.env['AGENTDESK_SHOTS_DIR'];
  if (!dir) return screenshotPath(name);
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
};

/**
 * A complaint call the agent saved on their desktop (the call screen's save, without driving it), rated 2:
 * two of the greeting's three checklist items ticked, the caller held twice for 1 min 15 s in all.
 */
async function savedCall(desk: MainServices, agent: SignedInAgent): Promise<string> {
  const db = desk.rawDb();
  const now = Date.now();
  const ctx = { now, actor: { agentId: agent.id, role: agent.role, placement: { branchId: agent.branchId, teamId: agent.teamId } }, branchCode: 'SH01', utcOffsetMinutes: 480 };
  const caseId = createCase(db, { customerName: '刘芳', customerPhone: '13700002222', channel: 'phone', subject: '洗衣机门封条老化漏水', scenario: 'complaint' } as never, ctx);
  const wrapUp = sampleWrapUp(caseId, now - 900_000, { satisfaction: { score: 2, comment: '等待时间太长' } });
  const greet = [{ id: 'announce', done: true }, { id: 'lookup', done: true }, { id: 'verify', done: false }];
  const stages = wrapUp.call.stages.map((s) => (s.stage === 'greet' ? { ...s, checklist: greet } : s));
  const { callId } = db.transaction(() => {
    const saved = saveWrapUp(db, { ...wrapUp, call: { ...wrapUp.call, stages } }, ctx);
    recordCallTimes(db, saved.callId, { callRef: null, ringAt: null, answeredAt: null, holdSeconds: 75, holdCount: 2, solutionAt: null });
    appendMutation(db, 'call.times', { caseId, callId: saved.callId }, now);
    return saved;
  })();
  await desk.sync().syncNow();
  return callId;
}

describe('quality evaluation end to end in Chromium', () => {
  let server: Awaited<ReturnType<typeof serverWithOrg>>;
  beforeAll(async () => {
    server = await serverWithOrg();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('a lead scores a call beside its record on one desktop; the agent disputes it on another; the lead answers', async () => {
    const agentDir = join(temp.dir, 'agent-data');
    const leadDir = join(temp.dir, 'lead-data');
    mkdirSync(agentDir);
    mkdirSync(leadDir);
    const agentDesk = serverDesktop(agentDir, server.url);
    const leadDesk = serverDesktop(leadDir, server.url);
    const agentSigned = await signIn(agentDesk, '1001');
    await signIn(leadDesk, '1002');
    await savedCall(agentDesk, agentSigned);
    await eventually(async () => {
      await leadDesk.sync().syncNow();
      return (leadDesk.rawDb().prepare('SELECT count(*) FROM calls').pluck().get() as number) > 0;
    }, 30_000, 'the call on the lead’s desktop');

    const lead = await pageOn(leadDesk, join(temp.dir, 'lead-page'));
    const lp = lead.page;
    await lp.getByRole('button', { name: '质检', exact: true }).click();
    const queue = lp.getByRole('region', { name: '本周待质检通话' });
    const row = queue.getByRole('row', { name: /洗衣机门封条老化漏水/ });
    await row.waitFor({ timeout: 30_000 });
    await row.getByText('投诉', { exact: true }).waitFor();
    await row.getByText('满意度低').waitFor();
    await lp.screenshot({ path: shot('quality-queue.zh-CN.png') });

    await row.getByRole('button', { name: '评分' }).click();
    await lp.getByRole('heading', { name: /通话质检：/ }).waitFor();
    const record = lp.getByRole('region', { name: '通话记录' });
    await record.getByText('未记录', { exact: true }).first().waitFor(); // no identity check on this call
    await record.getByText('2 分').waitFor();
    // The greeting's checklist as the agent left it, and the holds (saved on the agent's desktop, synced).
    await record.getByText('检查项：已勾选 2/3').waitFor();
    await record.getByText('✗ 核对身份（如预留手机号后四位），或明确记为匿名来电（未勾选）').waitFor();
    await record.getByText('2 次，共 1:15').waitFor();
    // The lead differs from the record on language: a reason is required.
    const language = lp.getByRole('radiogroup', { name: '服务用语' });
    await language.getByLabel('部分达标').check();
    await lp.getByRole('button', { name: '提交评分' }).click();
    await lp.getByText('与记录不一致时必须写明理由').waitFor();
    await lp.screenshot({ path: shot('quality-score-reason-required.zh-CN.png'), fullPage: true });
    await lp.getByPlaceholder('所选结果与通话记录不一致，请写明理由。').fill('安抚客户时语速过快');
    await lp.getByRole('button', { name: '提交评分' }).click();
    await lp.getByText('评分已保存，坐席会在“我的质检”中看到。').waitFor();
    await lp.screenshot({ path: shot('quality-score.zh-CN.png'), fullPage: true });
    await eventually(async () => {
      await leadDesk.sync().syncNow();
      return (leadDesk.rawDb().prepare("SELECT count(*) FROM outbox WHERE name = 'quality.score' AND state = 'pending'").pluck().get() as number) === 0;
    }, 30_000, 'score pushed');

    const agent = await pageOn(agentDesk, join(temp.dir, 'agent-page'));
    const ap = agent.page;
    await eventually(async () => {
      await agentDesk.sync().syncNow();
      return (agentDesk.rawDb().prepare('SELECT count(*) FROM quality_evaluations').pluck().get() as number) > 0;
    }, 30_000, 'the evaluation on the agent’s desktop');
    await ap.getByRole('button', { name: '质检', exact: true }).click();
    const mine = ap.getByRole('region', { name: '我的质检结果' });
    await mine.getByText(/王芳 于/).waitFor();
    await mine.getByRole('button', { name: '查看' }).click();
    await ap.getByRole('button', { name: '申诉' }).click();
    await ap.getByText('此项必填').waitFor(); // a dispute says why
    await ap.getByLabel('申诉理由（必填）').fill('客户当时情绪激动，我已按流程致歉并放慢语速');
    await ap.getByRole('button', { name: '申诉' }).click();
    await ap.getByText('申诉中').first().waitFor();
    await ap.screenshot({ path: shot('quality-agent-dispute.zh-CN.png'), fullPage: true });

    await eventually(async () => {
      await agentDesk.sync().syncNow();
      await leadDesk.sync().syncNow();
      return leadDesk.rawDb().prepare("SELECT state FROM quality_evaluations").pluck().get() === 'disputed';
    }, 30_000, 'the dispute on the lead’s desktop');
    await lp.getByRole('button', { name: /返回队列/ }).click();
    await queue.getByRole('row', { name: /洗衣机门封条老化漏水/ }).getByRole('button', { name: '查看评分' }).click();
    await lp.getByText('客户当时情绪激动，我已按流程致歉并放慢语速').waitFor();
    await lp.getByLabel('回复内容（必填）').fill('已复听录音，同意改为达标');
    await lp.getByRole('button', { name: '回复申诉' }).click();
    await lp.getByText('组长已回复').first().waitFor();
    await lp.screenshot({ path: shot('quality-lead-answer.zh-CN.png'), fullPage: true });

    await lp.getByRole('button', { name: '质检报表' }).click();
    await lp.getByRole('button', { name: '本周' }).click();
    await lp.getByText(/全组平均分/).waitFor();
    await lp.screenshot({ path: shot('quality-report.zh-CN.png'), fullPage: true });
    expect(lead.errors).toEqual([]);
    expect(agent.errors).toEqual([]);
    leadDesk.close();
    agentDesk.close();
  }, 120_000);
});
