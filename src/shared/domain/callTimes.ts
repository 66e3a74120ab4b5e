import type { CallEventKind } from '../schemas/callEvents';

/**
 * What a call's recorded events say about it: when it rang and was answered, its hold periods
 * and total hold time, whether the agent is muted, when it was hung up. Pure: events in (any
 * order; duplicates from a softphone that repeats itself are harmless), times out.
 */
export interface CallTimes {
  ringAt: number | null;
  answeredAt: number | null;
  hangupAt: number | null;
  /** Hold periods in order; the last one has `end: null` while the caller is on hold. */
  holds: { start: number; end: number | null }[];
  onHoldSince: number | null;
  muted: boolean;
  transfers: { at: number; target: string | null }[];
}

export interface TimedEvent {
  kind: CallEventKind;
  at: number;
  data?: Record<string, unknown>;
}

export function callTimes(events: readonly TimedEvent[]): CallTimes {
  const sorted = [...events].sort((a, b) => a.at - b.at);
  const times: CallTimes = { ringAt: null, answeredAt: null, hangupAt: null, holds: [], onHoldSince: null, muted: false, transfers: [] };
  for (const e of sorted) {
    switch (e.kind) {
      case 'ring':
        times.ringAt ??= e.at;
        break;
      case 'answer':
        times.answeredAt ??= e.at;
        break;
      case 'hold':
        if (times.onHoldSince === null) times.onHoldSince = e.at;
        break;
      case 'resume':
        if (times.onHoldSince !== null) times.holds.push({ start: times.onHoldSince, end: e.at });
        times.onHoldSince = null;
        break;
      case 'transfer':
        times.transfers.push({ at: e.at, target: typeof e.data?.target === 'string' ? e.data.target : null });
        break;
      case 'hangup':
        times.hangupAt ??= e.at;
        break;
      case 'mute':
        times.muted = true;
        break;
      case 'unmute':
        times.muted = false;
        break;
    }
  }
  // A hangup while on hold ends the hold there.
  if (times.onHoldSince !== null && times.hangupAt !== null && times.hangupAt >= times.onHoldSince) {
    times.holds.push({ start: times.onHoldSince, end: times.hangupAt });
    times.onHoldSince = null;
  }
  if (times.onHoldSince !== null) times.holds.push({ start: times.onHoldSince, end: null });
  return times;
}

/** Total time on hold up to `now` (an open hold counts until now). */
export function totalHoldMs(times: CallTimes, now: number): number {
  return times.holds.reduce((sum, h) => sum + Math.max(0, (h.end ?? now) - h.start), 0);
}

/**
 * Whether the agent should come back to the caller on hold now: each full `intervalSeconds` of
 * the current hold (45 s, 90 s, …). Returns the number of prompts due so far (0: none yet).
 */
export function holdPromptsDue(times: CallTimes, now: number, intervalSeconds: number): number {
  if (times.onHoldSince === null || intervalSeconds <= 0) return 0;
  return Math.floor(Math.max(0, now - times.onHoldSince) / (intervalSeconds * 1000));
}
