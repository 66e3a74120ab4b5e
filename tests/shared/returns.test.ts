import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../src/shared/domain/businessCalendar';
import {
  nextReturnStep,
  previousReturnStep,
  processingExpectedAt,
  returnEligibility,
  returnEligibilityInputSchema,
  returnStepDueAt,
  returnTimeline,
  type ReturnEligibilityInput,
} from '../../src/shared/domain/returns';
import { returnSteps } from '../../src/shared/schemas/domainTerms';

const bj = (y: number, m: number, d: number, h = 0, mi = 0, s = 0, ms = 0) => Date.UTC(y, m - 1, d, h - 8, mi, s, ms);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const cal = defaultCalendar;
/** Goods received on Tuesday 3 March 2026, 23:59:30 Beijing time. */
const receivedAt = bj(2026, 3, 3, 23, 59, 30);
const windowEndsAt = receivedAt + 7 * DAY;

const check = (patch: Partial<ReturnEligibilityInput>) =>
  returnEligibility({ kind: 'return', reason: 'noReason7Days', receivedAt, now: receivedAt + DAY, ...patch });

describe('return eligibility', () => {
  it('accepts a quality defect at the merchant’s cost within its windows, and an unknown receipt date is not held against the customer', () => {
    expect(check({ reason: 'qualityDefect' })).toEqual({ eligible: true, why: 'qualityDefect', costBearer: 'merchant', windowEndsAt, alternatives: [] });
    expect(check({ reason: 'qualityDefect', now: receivedAt + 7 * DAY })).toMatchObject({ eligible: true, costBearer: 'merchant' });
    expect(check({ reason: 'qualityDefect', receivedAt: null, now: receivedAt + 300 * DAY })).toEqual({ eligible: true, why: 'qualityDefect', costBearer: 'merchant', windowEndsAt: null, alternatives: [] });
  });

  it('refunds a quality defect up to 7 × 24 h after receipt, exchanges it up to 15 × 24 h, then offers warranty service', () => {
    expect(check({ reason: 'qualityDefect', now: receivedAt + 7 * DAY + 1 })).toEqual({
      eligible: false,
      why: 'qualityReturnWindowPassed',
      costBearer: null,
      windowEndsAt,
      alternatives: ['warrantyService', 'repair', 'leadEscalation'],
    });
    expect(check({ kind: 'exchange', reason: 'qualityDefect', now: receivedAt + 15 * DAY })).toMatchObject({ eligible: true });
    expect(check({ kind: 'exchange', reason: 'notAsDescribed', now: receivedAt + 15 * DAY + 1 })).toMatchObject({ eligible: false, why: 'qualityExchangeWindowPassed', alternatives: ['warrantyService', 'repair', 'leadEscalation'] });
    // Past the year of warranty only a (paid) repair or a lead's exception is left.
    expect(check({ kind: 'exchange', reason: 'qualityDefect', now: receivedAt + 366 * DAY })).toMatchObject({ eligible: false, alternatives: ['repair', 'leadEscalation'] });
  });

  it('accepts an item not as described at the merchant’s cost', () => {
    expect(check({ kind: 'exchange', reason: 'notAsDescribed', now: receivedAt + 10 * DAY })).toEqual({ eligible: true, why: 'notAsDescribed', costBearer: 'merchant', windowEndsAt, alternatives: [] });
  });

  it('accepts a no-reason return within 7 × 24 h of receipt at the customer’s cost', () => {
    expect(check({ now: receivedAt })).toEqual({ eligible: true, why: 'withinSevenDays', costBearer: 'customer', windowEndsAt, alternatives: [] });
    expect(check({ now: receivedAt + 3 * DAY })).toMatchObject({ eligible: true, why: 'withinSevenDays' });
  });

  it('closes the no-reason window to the millisecond', () => {
    expect(windowEndsAt).toBe(bj(2026, 3, 10, 23, 59, 30));
    expect(check({ now: windowEndsAt - 1 })).toMatchObject({ eligible: true, why: 'withinSevenDays' });
    expect(check({ now: windowEndsAt })).toMatchObject({ eligible: true, why: 'withinSevenDays' });
    expect(check({ now: windowEndsAt + 1 })).toEqual({ eligible: false, why: 'sevenDaysPassed', costBearer: null, windowEndsAt, alternatives: ['repair', 'leadEscalation'] });
  });

  it('counts 7 × 24 h, not calendar days ending at midnight', () => {
    // Received just before midnight: the window ends just before midnight a week later,
    // not at the end of that day nor at the end of the day before.
    expect(check({ now: bj(2026, 3, 10, 23, 59, 29) }).eligible).toBe(true);
    expect(check({ now: bj(2026, 3, 11, 0, 0, 0) }).eligible).toBe(false);
  });

  it('cannot check the window without a receipt date', () => {
    expect(check({ receivedAt: null })).toEqual({ eligible: false, why: 'unknownDeliveryDate', costBearer: null, windowEndsAt: null, alternatives: ['leadEscalation'] });
  });

  it('refuses damage caused by the customer, who pays, whatever the stated reason', () => {
    const refused = { eligible: false, why: 'damagedByCustomer', costBearer: 'customer', windowEndsAt, alternatives: ['repair', 'leadEscalation'] };
    expect(check({ reason: 'qualityDefect', damagedByCustomer: true })).toEqual(refused);
    expect(check({ reason: 'notAsDescribed', damagedByCustomer: true })).toEqual(refused);
    expect(check({ reason: 'noReason7Days', damagedByCustomer: true })).toEqual(refused);
    expect(check({ reason: 'qualityDefect', damagedByCustomer: false })).toMatchObject({ eligible: true });
  });

  it('leaves special goods to their own rule', () => {
    expect(check({ specialGoods: true })).toEqual({ eligible: false, why: 'specialGoods', costBearer: 'special', windowEndsAt, alternatives: ['repair', 'leadEscalation'] });
    expect(check({ reason: 'other', specialGoods: true })).toMatchObject({ why: 'specialGoods', costBearer: 'special' });
    // A quality defect is still accepted; who pays follows the goods' rule.
    expect(check({ reason: 'qualityDefect', specialGoods: true })).toEqual({ eligible: true, why: 'qualityDefect', costBearer: 'special', windowEndsAt, alternatives: [] });
    expect(check({ reason: 'qualityDefect', specialGoods: true, damagedByCustomer: true })).toMatchObject({ why: 'damagedByCustomer', costBearer: 'customer' });
  });

  it('does not cover other reasons', () => {
    expect(check({ reason: 'other' })).toEqual({ eligible: false, why: 'notCovered', costBearer: null, windowEndsAt, alternatives: ['repair', 'leadEscalation'] });
  });

  it('treats exchanges like returns, except for the longer exchange window of a quality claim', () => {
    for (const reason of ['qualityDefect', 'notAsDescribed', 'noReason7Days', 'other'] as const) {
      for (const now of [receivedAt + DAY, receivedAt + 8 * DAY]) {
        const exchange = check({ kind: 'exchange', reason, now });
        const refund = check({ kind: 'return', reason, now });
        if ((reason === 'qualityDefect' || reason === 'notAsDescribed') && now > receivedAt + 7 * DAY) expect([exchange.eligible, refund.eligible]).toEqual([true, false]);
        else expect(exchange).toEqual(refund);
      }
    }
  });

  it('validates the input at the boundary', () => {
    expect(returnEligibilityInputSchema.safeParse({ kind: 'exchange', reason: 'other', receivedAt: null, now: 1 }).success).toBe(true);
    expect(returnEligibilityInputSchema.safeParse({ kind: 'refund', reason: 'other', receivedAt: null, now: 1 }).success).toBe(false);
    expect(returnEligibilityInputSchema.safeParse({ kind: 'return', reason: 'whim', receivedAt: null, now: 1 }).success).toBe(false);
    expect(returnEligibilityInputSchema.safeParse({ kind: 'return', reason: 'other', now: 1 }).success).toBe(false);
  });
});

describe('return steps', () => {
  it('follow request → review → method confirmed → shipped → received → processed', () => {
    expect(nextReturnStep('requested')).toBe('reviewed');
    expect(nextReturnStep('reviewed')).toBe('methodConfirmed');
    expect(nextReturnStep('methodConfirmed')).toBe('shipped');
    expect(nextReturnStep('shipped')).toBe('received');
    expect(nextReturnStep('received')).toBe('processed');
    expect(nextReturnStep('processed')).toBeNull();
    expect(previousReturnStep('requested')).toBeNull();
    for (const step of returnSteps) {
      const next = nextReturnStep(step);
      if (next) expect(previousReturnStep(next)).toBe(step);
    }
  });

  it('review within 24 hours, weekends included', () => {
    expect(returnStepDueAt('reviewed', bj(2026, 3, 6, 17, 50), cal)).toBe(bj(2026, 3, 7, 17, 50));
  });

  it('the customer ships within 7 days of confirmation', () => {
    expect(returnStepDueAt('shipped', bj(2026, 3, 9, 15), cal)).toBe(bj(2026, 3, 16, 15));
  });

  it('processing is due 5 working days after receipt and expected after 3', () => {
    expect(returnStepDueAt('processed', bj(2026, 3, 9, 10), cal)).toBe(bj(2026, 3, 16, 10));
    expect(processingExpectedAt(bj(2026, 3, 9, 10), cal)).toBe(bj(2026, 3, 12, 10));
    // Received on Friday evening: the working days start on Monday.
    expect(processingExpectedAt(bj(2026, 3, 6, 19), cal)).toBe(bj(2026, 3, 11, 18));
    expect(returnStepDueAt('processed', bj(2026, 3, 6, 19), cal)).toBe(bj(2026, 3, 13, 18));
  });

  it('processing skips the National Day week and counts its make-up Saturday', () => {
    expect(processingExpectedAt(bj(2026, 9, 30, 10), cal)).toBe(bj(2026, 10, 10, 10));
    expect(returnStepDueAt('processed', bj(2026, 9, 30, 10), cal)).toBe(bj(2026, 10, 13, 10));
  });

  it('steps without a deadline of their own have none', () => {
    expect(returnStepDueAt('requested', bj(2026, 3, 9, 10), cal)).toBeNull();
    expect(returnStepDueAt('methodConfirmed', bj(2026, 3, 9, 10), cal)).toBeNull();
    expect(returnStepDueAt('received', bj(2026, 3, 9, 10), cal)).toBeNull();
  });
});

describe('return timeline', () => {
  const requestedAt = bj(2026, 3, 9, 10);

  it('plans every step from the request alone', () => {
    expect(returnTimeline(requestedAt, cal)).toEqual([
      { step: 'requested', enteredAt: requestedAt, dueAt: null, expectedAt: null, estimated: false },
      { step: 'reviewed', enteredAt: null, dueAt: bj(2026, 3, 10, 10), expectedAt: null, estimated: false },
      { step: 'methodConfirmed', enteredAt: null, dueAt: null, expectedAt: null, estimated: true },
      // Confirmation planned at the review deadline, then 7 days to ship.
      { step: 'shipped', enteredAt: null, dueAt: bj(2026, 3, 17, 10), expectedAt: null, estimated: true },
      { step: 'received', enteredAt: null, dueAt: null, expectedAt: null, estimated: true },
      // Receipt planned at the shipping deadline (transit not known), then 3–5 working days.
      { step: 'processed', enteredAt: null, dueAt: bj(2026, 3, 24, 10), expectedAt: bj(2026, 3, 20, 10), estimated: true },
    ]);
  });

  it('uses the recorded times of steps that have happened', () => {
    const entered = {
      reviewed: bj(2026, 3, 9, 15),
      methodConfirmed: bj(2026, 3, 9, 16),
      shipped: bj(2026, 3, 11, 11),
      received: bj(2026, 3, 13, 14),
    };
    const timeline = returnTimeline(requestedAt, cal, entered);
    expect(timeline.map((e) => e.enteredAt)).toEqual([requestedAt, entered.reviewed, entered.methodConfirmed, entered.shipped, entered.received, null]);
    expect(timeline.find((e) => e.step === 'shipped')).toMatchObject({ dueAt: bj(2026, 3, 16, 16), estimated: false });
    expect(timeline.find((e) => e.step === 'processed')).toEqual({
      step: 'processed',
      enteredAt: null,
      dueAt: bj(2026, 3, 20, 14),
      expectedAt: bj(2026, 3, 18, 14),
      estimated: false,
    });
  });

  it('marks deadlines that rest on a step still to come as estimated', () => {
    const timeline = returnTimeline(requestedAt, cal, { reviewed: bj(2026, 3, 9, 15) });
    expect(timeline.map((e) => e.estimated)).toEqual([false, false, false, true, true, true]);
    // Method confirmation not recorded yet: planned at the review, shipping due 7 days later.
    expect(timeline.find((e) => e.step === 'shipped')?.dueAt).toBe(bj(2026, 3, 16, 15));
  });

  it('lists the steps in order', () => {
    expect(returnTimeline(requestedAt, cal).map((e) => e.step)).toEqual([...returnSteps]);
  });
});
