import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../src/shared/domain/businessCalendar';
import { actsAllowed, advanceReturn, pendingStep, returnActSchema, stepVerdicts, type ReturnAct, type ReturnNow } from '../../src/shared/domain/returnFlow';

const bj = (y: number, m: number, d: number, h = 0, mi = 0) => Date.UTC(y, m - 1, d, h - 8, mi);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const cal = defaultCalendar;
const open = (step: ReturnNow['step']): ReturnNow => ({ step, state: 'open' });

describe('return flow', () => {
  it('allows exactly the acts of the next step', () => {
    expect(actsAllowed('requested', 'open')).toEqual(['approve', 'refuse']);
    expect(actsAllowed('reviewed', 'open')).toEqual(['confirmMethod']);
    expect(actsAllowed('methodConfirmed', 'open')).toEqual(['ship']);
    expect(actsAllowed('shipped', 'open')).toEqual(['receive']);
    expect(actsAllowed('received', 'open')).toEqual(['process']);
    expect(actsAllowed('processed', 'done')).toEqual([]);
    expect(actsAllowed('reviewed', 'refused')).toEqual([]);
  });

  it('carries a return from request to refund, each step due from the time of the act before it', () => {
    const requested = bj(2026, 3, 2, 10); // Monday
    const approved = requested + 5 * HOUR;
    const review = advanceReturn(open('requested'), { act: 'approve' }, approved, cal);
    expect(review).toEqual({ ok: true, step: 'reviewed', state: 'open', nextDueAt: null, note: '' });
    const confirmedAt = approved + HOUR;
    const confirm = advanceReturn(open('reviewed'), { act: 'confirmMethod', method: '上门取件', address: '上海市浦东新区' }, confirmedAt, cal);
    expect(confirm).toMatchObject({ ok: true, step: 'methodConfirmed', nextDueAt: confirmedAt + 7 * DAY });
    const shippedAt = confirmedAt + 2 * DAY;
    expect(advanceReturn(open('methodConfirmed'), { act: 'ship', trackingNumber: 'SF1234567890' }, shippedAt, cal)).toMatchObject({ step: 'shipped', nextDueAt: null, note: 'SF1234567890' });
    const receivedAt = bj(2026, 3, 6, 15); // Friday afternoon
    const receive = advanceReturn(open('shipped'), { act: 'receive', inspection: '外观完好' }, receivedAt, cal);
    // Five working days from a Friday afternoon: the Friday after, same time.
    expect(receive).toMatchObject({ step: 'received', nextDueAt: bj(2026, 3, 13, 15) });
    expect(advanceReturn(open('received'), { act: 'process', resolution: 'refund' }, receivedAt + DAY, cal)).toEqual({ ok: true, step: 'processed', state: 'done', nextDueAt: null, note: 'refund' });
  });

  it('refusing closes the return with its reason', () => {
    expect(advanceReturn(open('requested'), { act: 'refuse', reason: '超出保修期' }, 1, cal)).toEqual({ ok: true, step: 'reviewed', state: 'refused', nextDueAt: null, note: '超出保修期' });
  });

  it('refuses acts out of order and on a closed return', () => {
    expect(advanceReturn(open('requested'), { act: 'ship', trackingNumber: 'SF1234567890' }, 1, cal)).toEqual({ ok: false, code: 'returnStepOutOfOrder' });
    expect(advanceReturn(open('reviewed'), { act: 'approve' }, 1, cal)).toEqual({ ok: false, code: 'returnStepOutOfOrder' });
    expect(advanceReturn({ step: 'reviewed', state: 'refused' }, { act: 'confirmMethod', method: 'x', address: 'y' }, 1, cal)).toEqual({ ok: false, code: 'returnClosed' });
    expect(advanceReturn({ step: 'processed', state: 'done' }, { act: 'process', resolution: 'refund' }, 1, cal)).toEqual({ ok: false, code: 'returnClosed' });
  });

  it('validates what each act records', () => {
    const bad: unknown[] = [
      { act: 'refuse', reason: '   ' },
      { act: 'confirmMethod', method: '上门取件', address: '' },
      { act: 'ship', trackingNumber: 'SF 12' },
      { act: 'ship', trackingNumber: '<script>' },
      { act: 'process', resolution: 'cash' },
      { act: 'approve', extra: 1 },
      { act: 'teleport' },
    ];
    for (const b of bad) expect(returnActSchema.safeParse(b).success).toBe(false);
    const good: ReturnAct[] = [{ act: 'approve' }, { act: 'ship', trackingNumber: 'YT-2026-0001' }, { act: 'process', resolution: 'exchange' }];
    for (const g of good) expect(returnActSchema.safeParse(g).success).toBe(true);
  });

  it('marks a step recorded after its deadline as breached, and the waiting step as overdue', () => {
    const t0 = bj(2026, 3, 2, 10);
    const steps = [
      { step: 'requested' as const, at: t0, dueAt: t0 + DAY },
      { step: 'reviewed' as const, at: t0 + DAY + 1, dueAt: null },
      { step: 'methodConfirmed' as const, at: t0 + 2 * DAY, dueAt: t0 + 9 * DAY },
    ];
    expect(stepVerdicts(steps).map((v) => [v.step, v.dueAt, v.breached])).toEqual([
      ['requested', null, false],
      ['reviewed', t0 + DAY, true],
      ['methodConfirmed', null, false],
    ]);
    expect(stepVerdicts(steps.slice(0, 1).concat({ step: 'reviewed', at: t0 + DAY, dueAt: null }))[1]?.breached).toBe(false);
    expect(pendingStep(open('methodConfirmed'), steps, t0 + 9 * DAY)).toEqual({ step: 'shipped', dueAt: t0 + 9 * DAY, overdue: false });
    expect(pendingStep(open('methodConfirmed'), steps, t0 + 9 * DAY + 1)).toEqual({ step: 'shipped', dueAt: t0 + 9 * DAY, overdue: true });
    expect(pendingStep({ step: 'processed', state: 'done' }, steps, t0)).toBeNull();
  });
});
