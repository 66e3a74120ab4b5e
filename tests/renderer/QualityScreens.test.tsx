import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createCase } from '../../src/main/actions/caseActions';
import { callForScoring } from '../../src/main/actions/qualityEvidence';
import { scoreCall } from '../../src/main/actions/qualityEvaluations';
import { saveWrapUp } from '../../src/main/actions/saveWrapUp';
import { leadScopeOf } from '../../src/main/reports/reportAccess';
import type { Actor } from '../../src/main/store/actor';
import type { WritableDB } from '../../src/main/store/db';
import { weekOf, weekStart } from '../../src/shared/domain/quality/sampling';
import { sampleWrapUp } from '../support/wrapUpFixture';
import { renderApp } from './renderApp';

let app: Awaited<ReturnType<typeof renderApp>>;
afterEach(() => app.backend.close());

const lead: Actor = { agentId: 'l1', role: 'lead' };
const agent: Actor = { agentId: 'a1', role: 'agent' };
/** A minute into the current week: the queue opens on this week whatever day the test runs. */
const CALL_AT = weekStart(weekOf(Date.now())) + 60_000;

function seed(db: WritableDB): string {
  db.exec(`INSERT INTO branches (id, code, name) VALUES ('b1', 'SH01', '上海一部');
           INSERT INTO teams (id, branch_id, name) VALUES ('t1', 'b1', '售后一组');
           INSERT INTO agents (id, number, name, role, branch_id, team_id) VALUES ('a1', '8001', '李明', 'agent', 'b1', 't1'), ('l1', '8101', '王芳', 'lead', 'b1', 't1');`);
  const ctx = { now: CALL_AT, actor: agent, branchCode: 'SH01', utcOffsetMinutes: 480 };
  const caseId = createCase(db, { customerName: '刘芳', customerPhone: '13700002222', channel: 'phone', subject: '冰箱异响', scenario: 'complaint' } as never, ctx);
  return saveWrapUp(db, sampleWrapUp(caseId, CALL_AT), ctx).callId;
}

describe('quality screens', () => {
  it('a lead scores a queued call: suggestions from the record, a live score, a reason required where the mark differs', async () => {
    let callId = '';
    app = await renderApp({ actor: () => lead }, {}, (backend) => (callId = seed(backend.services.rawDb())));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '质检' }));
    const queue = await screen.findByRole('region', { name: '本周待质检通话' });
    const row = await within(queue).findByRole('row', { name: /冰箱异响/ });
    expect(within(row).getByText('投诉')).toBeTruthy();
    await user.click(within(row).getByRole('button', { name: '评分' }));

    const record = await screen.findByRole('region', { name: '通话记录' });
    expect(within(record).getByText('5 分')).toBeTruthy();
    const total = () => document.querySelector('.quality-score-form .quality-total')!.textContent;
    const before = total();
    const language = screen.getByRole('radiogroup', { name: '服务用语' });
    expect(screen.getByText('依据记录：达标（没有保留的不当用语）')).toBeTruthy();
    await user.click(within(language).getByLabelText('未达标'));
    expect(total()).not.toBe(before);
    await user.click(screen.getByRole('button', { name: '提交评分' }));
    expect(await screen.findByText('与记录不一致时必须写明理由')).toBeTruthy();
    expect(app.backend.services.rawDb().prepare('SELECT count(*) FROM quality_evaluations').pluck().get()).toBe(0);

    await user.type(screen.getByPlaceholderText('所选结果与通话记录不一致，请写明理由。'), '多次打断客户');
    await user.click(screen.getByRole('button', { name: '提交评分' }));
    await screen.findByText('评分已保存，坐席会在“我的质检”中看到。');
    const stored = app.backend.services.rawDb().prepare('SELECT score, state FROM quality_evaluations WHERE call_id = ?').get(callId) as { score: number; state: string };
    expect(stored.state).toBe('scored');
    expect(String(stored.score)).toBe(total());
    expect(screen.getByRole('button', { name: '重新评分' })).toBeTruthy();
  });

  it('the agent sees the score and disputes it with a reason; an agent has no queue or report', async () => {
    app = await renderApp({ actor: () => agent }, {}, (backend) => {
      const db = backend.services.rawDb();
      const callId = seed(db);
      const scope = leadScopeOf(db, lead);
      const marks = callForScoring(db, scope, callId, CALL_AT + 60_000).suggestions.map(({ criterionId, prefilled }) => ({ criterionId, mark: prefilled ?? 'na', overrideReason: '', note: '' }));
      scoreCall(db, scope, { callId, marks }, { now: CALL_AT + 120_000, actor: lead });
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '质检' }));
    const mine = await screen.findByRole('region', { name: '我的质检结果' });
    expect(screen.queryByRole('button', { name: '待质检通话' })).toBeNull();
    await user.click(await within(mine).findByRole('button', { name: '查看' }));
    await user.click(await screen.findByRole('button', { name: '申诉' }));
    expect(await screen.findByText('此项必填')).toBeTruthy();
    await user.type(screen.getByLabelText(/申诉理由（必填）/), '客户拒绝提供身份信息');
    await user.click(screen.getByRole('button', { name: '申诉' }));
    await waitFor(() => expect(screen.getAllByText('申诉中').length).toBeGreaterThan(0));
    expect(screen.getByText('客户拒绝提供身份信息')).toBeTruthy();
    expect(app.backend.services.rawDb().prepare('SELECT state FROM quality_evaluations').pluck().get()).toBe('disputed');
  });
});
