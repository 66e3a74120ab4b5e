import { describe, expect, it } from 'vitest';
import { returnStandingAt, returnWaitAt, tallyReturns, type ReturnHistory } from '../../src/shared/domain/returnOversight';

const H = 3_600_000;
const D = 24 * H;
const refused: ReturnHistory = {
  state: 'refused',
  steps: [
    { step: 'requested', at: 0, dueAt: D },
    { step: 'reviewed', at: 2 * D, dueAt: null },
  ],
};
const shipping: ReturnHistory = {
  state: 'open',
  steps: [
    { step: 'requested', at: 0, dueAt: D },
    { step: 'reviewed', at: H, dueAt: null },
    { step: 'methodConfirmed', at: 2 * H, dueAt: 2 * H + 7 * D },
  ],
};

describe('where a return stood at a moment', () => {
  it('is nowhere before its request, open while its steps go on, refused from a refusing review, done once processed', () => {
    expect(returnStandingAt(refused, -1)).toBeNull();
    expect(returnStandingAt(refused, D)).toEqual({ step: 'requested', state: 'open' });
    expect(returnStandingAt(refused, 2 * D)).toEqual({ step: 'reviewed', state: 'refused' });
    expect(returnStandingAt({ state: 'done', steps: [...shipping.steps, { step: 'processed', at: 9 * D, dueAt: null }] }, 9 * D)).toEqual({ step: 'processed', state: 'done' });
  });

  it('waits for the next step with its due time, late by how much; nothing to wait for once closed', () => {
    expect(returnWaitAt(refused, D + 3 * H)).toEqual({ step: 'reviewed', dueAt: D, overdue: true, lateMs: 3 * H });
    expect(returnWaitAt(refused, 3 * D)).toBeNull();
    expect(returnWaitAt(shipping, 3 * H)).toEqual({ step: 'shipped', dueAt: 2 * H + 7 * D, overdue: false, lateMs: 0 });
    // Confirmation has no deadline of its own: never overdue.
    expect(returnWaitAt(shipping, 90 * 60_000)).toEqual({ step: 'methodConfirmed', dueAt: null, overdue: false, lateMs: 0 });
  });
});

describe('tallying returns for a report', () => {
  it('counts open and overdue by the step waited for, and steps recorded in the period with the late ones', () => {
    const all = () => true;
    expect(tallyReturns([refused, shipping], D + H, all)).toEqual({
      open: 2,
      overdue: 1,
      completed: 0,
      refused: 0,
      byStep: [
        { step: 'reviewed', waiting: 1, overdue: 1, recorded: 1, late: 0 },
        { step: 'shipped', waiting: 1, overdue: 0, recorded: 0, late: 0 },
        { step: 'processed', waiting: 0, overdue: 0, recorded: 0, late: 0 },
      ],
    });
    const later = tallyReturns([refused, shipping], 10 * D, (at) => at >= D);
    expect(later).toMatchObject({ open: 1, overdue: 1, refused: 1 });
    expect(later.byStep[0]).toEqual({ step: 'reviewed', waiting: 0, overdue: 0, recorded: 1, late: 1 });
    expect(later.byStep[1]).toEqual({ step: 'shipped', waiting: 1, overdue: 1, recorded: 0, late: 0 });
  });
});
