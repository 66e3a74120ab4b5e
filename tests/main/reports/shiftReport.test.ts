import type { WritableDB } from '../../../src/main/store/db';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leadScopeOf, scopedFilter } from '../../../src/main/reports/reportAccess';
import { computeShiftReport, ReportCancelled } from '../../../src/main/reports/shiftReport';
import { openDatabase } from '../../../src/main/store/openDatabase';
import { averageHandleSeconds, averageScore, firstContactResolved, lateSeconds, slaOutcome } from '../../../src/shared/domain/reportMetrics';
import { inShift, defaultShifts, utcOffsetMinutesOf } from '../../../src/shared/domain/shifts';
import { reportFilter, type ReportFilterInput } from '../../../src/shared/schemas/reports';
import { admin, agent, day, FROM, lead, NOW, OFFSET, seedReportFixture, TO } from '../../support/reportFixture';
import { makeTempDir } from '../../support/tempDir';

const temp = makeTempDir();
let db: WritableDB;
beforeAll(() => {
  db = openDatabase(join(temp.dir, 'store.db'));
  seedReportFixture(db);
});
afterAll(() => {
  db.close();
  temp.cleanup();
});

const run = (filter: Partial<ReportFilterInput> = {}, personalData = false) =>
  computeShiftReport(db, reportFilter.parse({ from: FROM, to: TO, ...filter }), { now: NOW, personalData, utcOffsetMinutes: OFFSET });

describe('metric rules (shared/domain/reportMetrics)', () => {
  it('judges an SLA clock met, breached (late or unmet past due) or pending, and how late', () => {
    expect(slaOutcome(null, 5, 10)).toBeNull();
    expect(slaOutcome(100, 100, 500)).toBe('met');
    expect(slaOutcome(100, 101, 500)).toBe('breached');
    expect(slaOutcome(100, null, 100)).toBe('pending');
    expect(slaOutcome(100, null, 101)).toBe('breached');
    expect(lateSeconds(0, 30_000, 99_000)).toBe(30);
    expect(lateSeconds(0, null, 99_000)).toBe(99);
  });

  it('counts a first-contact resolution only for a resolved case with a contact, resolved by its end, never collaborated or reopened', () => {
    const facts = { resolvedAt: 100, reopenCount: 0, collaborated: false, firstContactEndAt: 100 };
    expect(firstContactResolved(facts)).toBe(true);
    expect(firstContactResolved({ ...facts, resolvedAt: 101 })).toBe(false);
    expect(firstContactResolved({ ...facts, collaborated: true })).toBe(false);
    expect(firstContactResolved({ ...facts, reopenCount: 1 })).toBe(false);
    expect(firstContactResolved({ ...facts, resolvedAt: null })).toBeNull();
    expect(firstContactResolved({ ...facts, firstContactEndAt: null })).toBeNull();
  });

  it('averages handle time and scores, and places moments in shifts by local time', () => {
    expect(averageHandleSeconds(4, 1240, 380)).toBe(405);
    expect(averageHandleSeconds(0, 0, 0)).toBeNull();
    expect(averageScore([0, 1, 1, 1, 1])).toBe(3.5);
    expect(inShift(day('08:00'), defaultShifts.early, OFFSET)).toBe(true);
    expect(inShift(day('16:00'), defaultShifts.early, OFFSET)).toBe(false);
    expect(inShift(day('23:59'), defaultShifts.late, OFFSET)).toBe(true);
    expect(inShift(day('07:59'), defaultShifts.night, OFFSET)).toBe(true);
    expect(utcOffsetMinutesOf('Asia/Shanghai', NOW)).toBe(480);
  });
});

describe('shift report on hand-made data (tests/support/reportFixture.ts)', () => {
  it('counts cases opened and resolved, calls and average handle time (talk + after-call work)', async () => {
    const { summary } = await run();
    expect(summary.casesOpened).toBe(7); // c1–c7; c8 was opened the day before
    expect(summary.casesResolved).toBe(4); // c1, c2, c6, and c8 resolved this day; c5 was reopened
    expect(summary.callsHandled).toBe(4); // k1–k4
    expect(summary.talkSeconds).toBe(600 + 300 + 240 + 100);
    expect(summary.acwSeconds).toBe(120 + 60 + 180 + 20);
    expect(summary.averageHandleSeconds).toBe(405); // 1,620 s / 4 calls
  });

  it('computes first-contact resolution over resolved cases with a contact', async () => {
    const { summary } = await run();
    // c1 resolved at the end of its call's wrap-up (yes); c6 resolved 5 minutes after its call (no);
    // c2 had no call, c5 was reopened and is open: neither counts.
    expect([summary.fcrEligible, summary.fcrResolved, summary.fcrRate]).toEqual([2, 1, 0.5]);
  });

  it('measures response and resolution SLA compliance and lists every breach, oldest due first', async () => {
    const report = await run();
    expect(report.asOf).toBe(TO);
    expect(report.summary.responseSla).toEqual({ met: 4, breached: 2, pending: 1, rate: 4 / 6 });
    expect(report.summary.resolutionSla).toEqual({ met: 3, breached: 3, pending: 1, rate: 0.5 });
    expect(report.breaches.map((b) => [b.number.slice(-4), b.metric, b.lateSeconds, b.metAt])).toEqual([
      ['0007', 'response', 20 * 3600 + 59 * 60 + 30, null], // c7: never answered, until midnight
      ['0007', 'resolution', 19 * 3600, null],
      ['0002', 'response', 30, day('10:01')], // c2: chat answered 30 s late
      ['0003', 'resolution', 6 * 3600, null], // c3: escalated, still open
      ['0005', 'resolution', 60, null], // c5: reopened, open at midnight
    ]);
    const c2 = report.breaches[2]!;
    expect(c2).toMatchObject({ customerName: '陈先生', customerPhone: '139****1111', channel: 'chat', assigneeName: '张伟', teamName: '售后一组', dueAt: day('10:00:30') });
    expect(report.breaches[0]!.assigneeName).toBeNull();
  });

  it('counts escalations and transfers by target, complaints by type, and the reopened cases', async () => {
    const report = await run();
    expect(report.collaboration).toEqual([
      { kind: 'escalation', target: '二线技术', count: 1 },
      { kind: 'transfer', target: '财务部', count: 1 },
    ]);
    expect([report.summary.escalations, report.summary.transfers]).toEqual([1, 1]);
    expect(report.summary.complaints).toBe(3);
    expect(report.complaints).toEqual([
      { category: 'complaintSuggestion', severity: 'major', cases: 2, resolved: 2, open: 0, breached: 0 },
      { category: 'complaintSuggestion', severity: 'minor', cases: 1, resolved: 0, open: 1, breached: 0 },
    ]);
    expect(report.summary.reopenedCases).toBe(1);
    expect(report.reopened).toEqual([
      expect.objectContaining({ caseId: 'c5', subject: '订单改地址后仍发往旧地址，联系 139****1111', reopenedAt: day('23:00'), reopenCount: 1, status: 'reopened', customerName: '陈先生', customerPhone: '139****1111', assigneeName: '张伟' }),
    ]);
  });

  it('averages satisfaction with its 1–5 distribution, and counts follow-ups due, done and missed', async () => {
    const report = await run();
    expect(report.summary.surveys).toBe(4);
    expect(report.summary.satisfactionAverage).toBe(3.5);
    expect(report.satisfaction.map((s) => [s.score, s.count, s.share])).toEqual([
      [1, 0, 0],
      [2, 1, 0.25],
      [3, 1, 0.25],
      [4, 1, 0.25],
      [5, 1, 0.25],
    ]);
    expect([report.summary.followUpsDue, report.summary.followUpsDone, report.summary.followUpsMissed]).toEqual([1, 2, 1]); // f4 is due the next day
    expect(report.followUps).toEqual([
      { kind: 'callback', due: 0, done: 2, missed: 0 },
      { kind: 'survey', due: 0, done: 0, missed: 1 },
      { kind: 'visitConfirmation', due: 1, done: 0, missed: 0 },
      { kind: 'care', due: 0, done: 0, missed: 0 },
    ]);
  });

  it('ranks the top issue categories (category × product) of the cases opened', async () => {
    const { topIssues } = await run();
    expect(topIssues.map((i) => [i.rank, i.category, i.product, i.cases])).toEqual([
      [1, 'complaintSuggestion', '洗衣机', 2],
      [2, null, null, 1],
      [3, 'afterSalesRepair', '洗衣机', 1],
      [4, 'complaintSuggestion', '冰箱', 1],
      [5, 'consultation', '冰箱', 1],
      [6, 'order', '洗衣机', 1],
    ]);
    expect(topIssues[0]!.share).toBeCloseTo(2 / 7);
  });

  it('breaks every figure down by agent, unassigned work last', async () => {
    const { byAgent } = await run();
    expect(byAgent.map((a) => a.name)).toEqual(['张伟', '李娜', '王芳', '']);
    expect(byAgent[0]).toEqual({
      agentId: 'a1', name: '张伟', number: '1101', casesOpened: 3, casesResolved: 3, calls: 2, talkSeconds: 840, acwSeconds: 300,
      averageHandleSeconds: 570, fcrRate: 1, surveys: 3, satisfactionAverage: 4, breaches: 2,
    });
    expect(byAgent[1]).toMatchObject({ agentId: 'a2', casesOpened: 2, casesResolved: 0, calls: 1, averageHandleSeconds: 360, fcrRate: null, surveys: 0, satisfactionAverage: null, breaches: 1 });
    expect(byAgent[2]).toMatchObject({ agentId: 'a3', casesOpened: 1, casesResolved: 1, calls: 1, averageHandleSeconds: 120, fcrRate: 0, surveys: 1, satisfactionAverage: 2, breaches: 0 });
    expect(byAgent[3]).toMatchObject({ agentId: null, casesOpened: 1, breaches: 2 });
  });

  it('filters by shift hours, team and agent', async () => {
    const early = await run({ shift: 'early' });
    expect([early.summary.casesOpened, early.summary.casesResolved, early.summary.callsHandled]).toEqual([4, 4, 3]); // c1 c2 c3 c6; k3 was at 21:58
    const night = await run({ shift: 'night' });
    expect([night.summary.casesOpened, night.summary.responseSla.breached, night.summary.callsHandled]).toEqual([1, 1, 0]); // c7 at 03:00

    const team = await run({ teamId: 't1' });
    expect(team.scope.teamName).toBe('售后一组');
    expect(team.summary).toMatchObject({ casesOpened: 6, casesResolved: 3, callsHandled: 3, averageHandleSeconds: 500, fcrRate: 1, complaints: 2, satisfactionAverage: 4, followUpsDone: 1, escalations: 1, transfers: 1, reopenedCases: 1 });
    expect(team.summary.responseSla.rate).toBeCloseTo(0.6);
    expect(team.summary.resolutionSla.rate).toBeCloseTo(0.4);

    const a2 = await run({ agentId: 'a2' });
    expect(a2.summary).toMatchObject({ casesOpened: 2, callsHandled: 1, escalations: 1, transfers: 0, followUpsDue: 1, surveys: 0 });
  });

  it('leaves phone numbers and free text unmasked only when personal data is asked for', async () => {
    const masked = await run();
    const open = await run({}, true);
    expect(masked.breaches.find((b) => b.number.endsWith('0003'))!.customerPhone).toBe('137****2222');
    expect(open.breaches.find((b) => b.number.endsWith('0003'))!.customerPhone).toBe('13700002222');
    expect(masked.personalData).toBe(false);
    const shown = JSON.stringify(masked);
    for (const phone of ['13812345678', '13900001111', '13700002222']) expect(shown).not.toContain(phone);
  });

  it('reports progress per chunk and stops when cancelled', async () => {
    const progress: number[] = [];
    await computeShiftReport(db, reportFilter.parse({ from: FROM, to: TO }), { now: NOW, personalData: false, utcOffsetMinutes: OFFSET, onProgress: (done, total) => progress.push(done / total) });
    expect(progress.at(-1)).toBe(1);
    let cancelled = false;
    const job = computeShiftReport(db, reportFilter.parse({ from: FROM, to: TO }), { now: NOW, personalData: false, utcOffsetMinutes: OFFSET, isCancelled: () => cancelled, onProgress: () => (cancelled = true) });
    await expect(job).rejects.toBeInstanceOf(ReportCancelled);
  });
});

describe('who may report on what', () => {
  it('refuses agents, keeps a lead to their own team, lets an admin choose', () => {
    const filter = reportFilter.parse({ from: FROM, to: TO });
    expect(() => leadScopeOf(db, agent)).toThrow(expect.objectContaining({ code: 'forbidden' }));
    const scope = leadScopeOf(db, lead);
    expect(scopedFilter(db, scope, filter).teamId).toBe('t1');
    expect(() => scopedFilter(db, scope, { ...filter, teamId: 't2' })).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(() => scopedFilter(db, scope, { ...filter, agentId: 'a3' })).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(scopedFilter(db, scope, { ...filter, agentId: 'a2' })).toMatchObject({ teamId: 't1', agentId: 'a2' });
    expect(scopedFilter(db, leadScopeOf(db, admin), { ...filter, teamId: 't2' }).teamId).toBe('t2');
    expect(() => scopedFilter(db, leadScopeOf(db, admin), { ...filter, teamId: 'nope' })).toThrow(expect.objectContaining({ code: 'not_found' }));
  });
});
