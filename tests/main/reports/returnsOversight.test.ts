import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/main/store/actor';
import { insertReturnRequest } from '../../../src/main/store/returns/returnInserts';
import { buildReportDocument } from '../../../src/shared/reports/reportDocument';
import { addWorkingDays, defaultCalendar } from '../../../src/shared/domain/businessCalendar';
import type { ShiftReport } from '../../../src/shared/schemas/reports';
import { caseClocks } from '../../../src/shared/domain/caseClocks';
import { day, FROM, lead, NOW, OFFSET, seedReportFixture, TO } from '../../support/reportFixture';
import { realBridge } from '../../support/realBridge';

const HOUR = 3_600_000;
let clock = NOW;
let actor: Actor = lead;
const app = realBridge({ now: () => clock, actor: () => actor });
const db = app.services.rawDb();
const ids: Record<string, string> = {};

/** Records one act at `at` through the verb the case detail and the team view call. */
async function act(returnId: string, at: number, payload: Parameters<typeof app.api.advanceReturn>[0]['act']) {
  clock = at;
  const reply = await app.api.advanceReturn({ returnId, act: payload });
  clock = NOW;
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
}

beforeAll(async () => {
  seedReportFixture(db);
  const request = (caseId: string, at: number) => insertReturnRequest(db, { caseId, kind: 'return', reason: 'qualityDefect', purchasedAt: at - 2 * 86_400_000, costBearer: 'merchant', now: at, reviewDueAt: at + 24 * HOUR });
  // R1 (c3, 售后一组): requested 16 Nov 10:00, never reviewed: its review was due 17 Nov 10:00.
  ids.r1 = request('c3', day('10:00'));
  // R2 (c4, 售后一组): reviewed and confirmed on 15 Nov: waits for the customer to ship, not late.
  ids.r2 = request('c4', day('09:00', '2026-11-15'));
  await act(ids.r2, day('10:00', '2026-11-15'), { act: 'approve' });
  await act(ids.r2, day('11:00', '2026-11-15'), { act: 'confirmMethod', method: '快递寄回', address: '上海市徐汇区漕溪北路 88 号' });
  // R3 (c1, 售后一组): reviewed late on 16 Nov, carried to the refund on 16 Nov.
  ids.r3 = request('c1', day('07:00', '2026-11-15'));
  await act(ids.r3, day('09:00'), { act: 'approve' });
  await act(ids.r3, day('09:30'), { act: 'confirmMethod', method: '上门取件', address: '上海市徐汇区漕溪北路 88 号' });
  await act(ids.r3, day('11:00'), { act: 'ship', trackingNumber: 'SF2026111601' });
  await act(ids.r3, day('14:00'), { act: 'receive', inspection: '外壳开裂属实' });
  await act(ids.r3, day('15:00'), { act: 'process', resolution: 'refund' });
  // R4 (c6, 投诉组): overdue too, but not the lead's team.
  ids.r4 = request('c6', day('08:00'));
});
afterAll(() => app.close());

describe('returns in the team view (lead 刘组长 of 售后一组, 17 Nov 12:00)', () => {
  it('lists the open returns of the team, the overdue review first with how late it is', async () => {
    const reply = await app.api.getTeamView({ teamId: null });
    if (!reply.ok) throw new Error(JSON.stringify(reply.error));
    const open = reply.value.openReturns ?? [];
    expect(open.map((r) => [r.id, r.waitingFor, r.overdue, r.lateMs, r.dueAt])).toEqual([
      [ids.r1, 'reviewed', true, 2 * HOUR, day('10:00', '2026-11-17')],
      [ids.r2, 'shipped', false, 0, day('11:00', '2026-11-15') + 7 * 24 * HOUR],
    ]);
    expect(open[0]).toMatchObject({ number: expect.stringMatching(/0003$/), customerName: '赵女士', assigneeName: '李娜', step: 'requested', state: 'open' });
  });

  it("lets the lead record the overdue review from there: the step is saved late, breached on the case's timeline", async () => {
    await act(ids.r1!, NOW, { act: 'approve' });
    const event = db.prepare("SELECT data, actor_id AS actorId FROM timeline_events WHERE kind = 'returnStep' AND json_extract(data, '$.returnId') = ?").get(ids.r1) as { data: string; actorId: string };
    expect(JSON.parse(event.data)).toMatchObject({ step: 'reviewed', breached: true, dueAt: day('10:00', '2026-11-17') });
    expect(event.actorId).toBe('L');
    const reply = await app.api.getTeamView({ teamId: null });
    if (!reply.ok) throw new Error(JSON.stringify(reply.error));
    // Approved: it now waits for the method and address, a step without a deadline of its own.
    expect(reply.value.openReturns?.find((r) => r.id === ids.r1)).toMatchObject({ waitingFor: 'methodConfirmed', dueAt: null, overdue: false });
  });

  it('refuses a step out of order with a translated error key and records nothing', async () => {
    const before = db.prepare('SELECT count(*) FROM return_steps').pluck().get();
    const reply = await app.api.advanceReturn({ returnId: ids.r2!, act: { act: 'process', resolution: 'refund' } });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatchObject({ code: 'invalid_transition', issues: [{ path: 'act', key: 'returnStepOutOfOrder' }] });
    expect(db.prepare('SELECT count(*) FROM return_steps').pluck().get()).toBe(before);
  });
});

describe('returns in the shift report (售后一组, 16 Nov 2026)', () => {
  let report: ShiftReport;
  beforeAll(async () => {
    const reply = await app.api.runShiftReport({ jobId: 'job-returns-1', filter: { from: FROM, to: TO, teamId: 't1' } });
    if (!reply.ok || reply.value.status !== 'done') throw new Error(JSON.stringify(reply));
    report = reply.value.report;
  });

  it('counts returns open and overdue at the end of the day by step, and the one completed in the period', () => {
    // At 17 Nov 00:00 R1 waits for its review (due 17 Nov 10:00, not late yet) and R2 for shipping; R3 was refunded on 16 Nov.
    expect(report.returns).toMatchObject({ open: 2, overdue: 0, completed: 1, refused: 0, overdueList: [] });
    expect(report.returns?.byStep).toEqual([
      { step: 'reviewed', waiting: 1, overdue: 0, recorded: 1, late: 1 },
      { step: 'shipped', waiting: 1, overdue: 0, recorded: 1, late: 0 },
      { step: 'processed', waiting: 0, overdue: 0, recorded: 1, late: 0 },
    ]);
  });

  it('lists an overdue return with the step it is stuck at and how late, the phone masked', async () => {
    const reply = await app.api.runShiftReport({ jobId: 'job-returns-2', filter: { from: FROM, to: day('12:00', '2026-11-18'), teamId: 't1' } });
    if (!reply.ok || reply.value.status !== 'done') throw new Error(JSON.stringify(reply));
    const returns = reply.value.report.returns!;
    // As of now (17 Nov 12:00): R1 was reviewed at 12:00 (late), R2 still within its 7 days.
    expect(returns).toMatchObject({ open: 2, overdue: 0, completed: 1 });
    expect(returns.byStep[0]).toEqual({ step: 'reviewed', waiting: 0, overdue: 0, recorded: 2, late: 2 });

    const received = addWorkingDays(defaultCalendar, day('14:00'), 5);
    expect(db.prepare("SELECT due_at FROM return_steps WHERE return_id = ? AND step = 'received'").pluck().get(ids.r3)).toBe(received);
  });

  it('writes the returns into the document every export is made from', () => {
    const doc = buildReportDocument(report, 'zh-CN', OFFSET);
    const summary = doc.tables.find((t) => t.id === 'summary')!;
    expect(summary.rows.filter((r) => String(r[0]).includes('退换货'))).toEqual([
      ['进行中的退换货', 2],
      ['逾期的退换货', 0],
      ['本期办结的退换货', 1],
      ['本期拒绝的退换货', 0],
    ]);
    const steps = doc.tables.find((t) => t.id === 'returnSteps')!;
    expect(steps.columns.map((c) => c.header)).toEqual(['环节', '等待中', '已逾期', '本期完成', '其中超时完成']);
    expect(steps.rows[0]).toEqual(['审核（24 小时内）', 1, 0, 1, 1]);
    expect(buildReportDocument(report, 'en', OFFSET).tables.find((t) => t.id === 'returnSteps')!.title).toBe('Returns by step');
  });
});

describe('an overdue return listed in the report', () => {
  it('names the case, the step, the deadline and the lateness', async () => {
    actor = lead;
    // R5 (c5, 售后一组): confirmed on 5 Nov, never shipped: shipping was due 12 Nov.
    const r5 = insertReturnRequest(db, { caseId: 'c5', kind: 'exchange', reason: 'notAsDescribed', purchasedAt: null, costBearer: 'merchant', now: day('09:00', '2026-11-05'), reviewDueAt: day('09:00', '2026-11-06') });
    await act(r5, day('10:00', '2026-11-05'), { act: 'approve' });
    await act(r5, day('11:00', '2026-11-05'), { act: 'confirmMethod', method: '快递寄回', address: '上海市静安区南京西路 1 号' });
    const reply = await app.api.runShiftReport({ jobId: 'job-returns-3', filter: { from: FROM, to: TO, teamId: 't1' } });
    if (!reply.ok || reply.value.status !== 'done') throw new Error(JSON.stringify(reply));
    const returns = reply.value.report.returns!;
    expect(returns.overdue).toBe(1);
    expect(returns.byStep[1]).toMatchObject({ step: 'shipped', waiting: 2, overdue: 1 });
    expect(returns.overdueList).toEqual([
      {
        caseId: 'c5',
        number: expect.stringMatching(/0005$/),
        customerName: '陈先生',
        customerPhone: '139****1111',
        kind: 'exchange',
        waitingFor: 'shipped',
        dueAt: day('11:00', '2026-11-12'),
        lateSeconds: (TO - day('11:00', '2026-11-12')) / 1000,
        assigneeName: '张伟',
      },
    ]);
    const doc = buildReportDocument(reply.value.report, 'zh-CN', OFFSET);
    expect(doc.tables.find((t) => t.id === 'overdueReturns')!.rows[0]!.slice(3, 6)).toEqual(['换货', '客户寄回（7 天内）', day('11:00', '2026-11-12')]);
  });
});

describe("return steps in the case's clocks", () => {
  it('reads each recorded step into the clock facts: the late review breached, the rest met', async () => {
    const reply = await app.api.getCaseClockFacts({ caseId: 'c1' });
    if (!reply.ok) throw new Error(JSON.stringify(reply.error));
    const clocks = caseClocks(reply.value, NOW).filter((c) => c.id.startsWith('return'));
    expect(clocks.map((c) => [c.key, c.state])).toEqual([
      [`returnReview:${ids.r3}`, 'metLate'],
      [`returnShip:${ids.r3}`, 'met'],
      [`returnProcess:${ids.r3}`, 'met'],
    ]);
  });
});
