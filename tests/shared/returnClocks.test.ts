import { describe, expect, it } from 'vitest';
import { addWorkingDays, defaultCalendar } from '../../src/shared/domain/businessCalendar';
import { caseClocks, type ClockFacts } from '../../src/shared/domain/caseClocks';

const H = 3_600_000;
const D = 24 * H;
/** Monday 9 March 2026, 10:00 Beijing. */
const t0 = Date.UTC(2026, 2, 9, 2);
const base: ClockFacts = { channel: 'phone', scenario: 'returnExchange', priority: 'normal', severity: null, events: { created: t0 } };
const returnClocks = (facts: ClockFacts, now: number) => caseClocks(facts, now).filter((c) => c.id.startsWith('return'));

describe("return steps in the case's clock list", () => {
  it('runs the review clock from the request to its stored due time, breached when the review comes late', () => {
    const requested = { returns: [{ id: 'r1', steps: [{ step: 'requested' as const, at: t0, dueAt: t0 + D }] }] };
    expect(returnClocks({ ...base, ...requested }, t0 + H).map((c) => [c.key, c.state, c.dueAt, c.stoppedAt])).toEqual([['returnReview:r1', 'running', t0 + D, null]]);
    expect(returnClocks({ ...base, ...requested }, t0 + D + H)[0]!.state).toBe('breached');
    const late = { returns: [{ id: 'r1', steps: [{ step: 'requested' as const, at: t0, dueAt: t0 + D }, { step: 'reviewed' as const, at: t0 + D + H, dueAt: null }] }] };
    expect(returnClocks({ ...base, ...late }, t0 + 2 * D).map((c) => [c.key, c.state, c.stoppedAt])).toEqual([['returnReview:r1', 'metLate', t0 + D + H]]);
  });

  it('gives every step with a deadline its own clock, per return: review, shipping (7 days), processing (5 working days)', () => {
    const received = t0 + 4 * D;
    const processDue = addWorkingDays(defaultCalendar, received, 5);
    const facts: ClockFacts = {
      ...base,
      returns: [
        {
          id: 'r1',
          steps: [
            { step: 'requested', at: t0, dueAt: t0 + D },
            { step: 'reviewed', at: t0 + H, dueAt: null },
            { step: 'methodConfirmed', at: t0 + 2 * H, dueAt: t0 + 2 * H + 7 * D },
            { step: 'shipped', at: t0 + 2 * D, dueAt: null },
            { step: 'received', at: received, dueAt: processDue },
          ],
        },
        { id: 'r2', steps: [{ step: 'requested', at: t0 + H, dueAt: t0 + H + D }] },
      ],
    };
    const clocks = returnClocks(facts, received + H);
    // Running ones first, nearest due first; then the stopped ones in the order they were due.
    expect(clocks.map((c) => [c.key, c.state, c.dueAt])).toEqual([
      ['returnReview:r2', 'breached', t0 + H + D],
      ['returnProcess:r1', 'running', processDue],
      ['returnReview:r1', 'met', t0 + D],
      ['returnShip:r1', 'met', t0 + 2 * H + 7 * D],
    ]);
  });

  it('has no return clock on a case without returns, nor after a refusal (no step after the review is due)', () => {
    expect(returnClocks(base, t0 + H)).toEqual([]);
    const refused: ClockFacts = { ...base, returns: [{ id: 'r1', steps: [{ step: 'requested', at: t0, dueAt: t0 + D }, { step: 'reviewed', at: t0 + H, dueAt: null }] }] };
    expect(returnClocks(refused, t0 + 30 * D).map((c) => c.key)).toEqual(['returnReview:r1']);
  });
});
