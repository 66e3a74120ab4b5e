import { describe, expect, it } from 'vitest';
import { callTimes, holdPromptsDue, totalHoldMs, type TimedEvent } from '../../src/shared/domain/callTimes';

const e = (kind: TimedEvent['kind'], at: number, data?: Record<string, unknown>): TimedEvent => ({ kind, at, ...(data ? { data } : {}) });

describe('call times from events', () => {
  it('reads ring, answer, holds, transfer and hangup in any order', () => {
    const times = callTimes([e('hangup', 900), e('resume', 300), e('ring', 0), e('hold', 200), e('answer', 10), e('transfer', 500, { target: '二线' }), e('hold', 600), e('resume', 650)]);
    expect(times).toMatchObject({ ringAt: 0, answeredAt: 10, hangupAt: 900, holds: [{ start: 200, end: 300 }, { start: 600, end: 650 }], onHoldSince: null, transfers: [{ at: 500, target: '二线' }] });
    expect(totalHoldMs(times, 10_000)).toBe(150);
  });

  it('keeps the first ring and answer when a softphone repeats itself, and ignores a resume without a hold', () => {
    const times = callTimes([e('ring', 0), e('ring', 5), e('answer', 10), e('answer', 20), e('resume', 30), e('hold', 40), e('hold', 45)]);
    expect(times).toMatchObject({ ringAt: 0, answeredAt: 10, holds: [{ start: 40, end: null }], onHoldSince: 40 });
  });

  it('counts an open hold until now, and a hangup on hold ends it', () => {
    expect(totalHoldMs(callTimes([e('hold', 1000)]), 4000)).toBe(3000);
    const hungUp = callTimes([e('hold', 1000), e('hangup', 2500)]);
    expect(hungUp.holds).toEqual([{ start: 1000, end: 2500 }]);
    expect(totalHoldMs(hungUp, 99_000)).toBe(1500);
  });

  it('tracks mute', () => {
    expect(callTimes([e('mute', 1), e('unmute', 2), e('mute', 3)]).muted).toBe(true);
    expect(callTimes([e('mute', 1), e('unmute', 2)]).muted).toBe(false);
  });

  it('prompts the agent back to the caller every interval of a hold', () => {
    const onHold = callTimes([e('hold', 0)]);
    expect(holdPromptsDue(onHold, 44_999, 45)).toBe(0);
    expect(holdPromptsDue(onHold, 45_000, 45)).toBe(1);
    expect(holdPromptsDue(onHold, 90_000, 45)).toBe(2);
    expect(holdPromptsDue(callTimes([e('hold', 0), e('resume', 10)]), 90_000, 45)).toBe(0);
  });
});
