import type { CallDraft } from '../schemas/callDraft';
import type { ClockFacts } from './caseClocks';
import type { CallTimes } from './callTimes';
import { COLLABORATION_WITHIN_MS } from './callFlow';

/**
 * The clock facts of the call in progress, for the call screen: the ring and answer from its
 * events, the solution or plan when solve was completed with one, the escalation's promise.
 * The same clocks the saved case shows (caseClockFacts.ts), before anything is saved.
 */
export function draftClockFacts(draft: CallDraft, times: Pick<CallTimes, 'ringAt' | 'answeredAt'>): ClockFacts {
  const solveDone = draft.completed.find((c) => c.stage === 'solve')?.at ?? null;
  const solution = draft.solve.solution.trim() && solveDone !== null ? solveDone : null;
  const c = draft.solve.collaboration;
  const neededAt = draft.solve.collaborationDueAt !== null ? draft.solve.collaborationDueAt - COLLABORATION_WITHIN_MS : c ? c.at : null;
  const created = Math.min(times.ringAt ?? draft.startedAt, draft.startedAt, draft.contactAt ?? draft.startedAt);
  // On the phone the first reply is picking up; chat and email reply in writing (the first reply
  // recorded as sent); a call without a ring (a callback, a walk-in) is served from its start.
  const written = draft.channel === 'chat' || draft.channel === 'email';
  const firstReply = written ? firstReplyAt(draft) : times.ringAt !== null ? times.answeredAt : draft.startedAt;
  return {
    channel: draft.channel,
    scenario: draft.scenario,
    priority: draft.priority,
    severity: draft.severity,
    events: {
      created,
      ring: times.ringAt,
      answer: times.answeredAt,
      firstReply,
      solution,
      planGiven: draft.scenario === 'complaint' ? solution : null,
      resolved: null,
      collaborationNeeded: neededAt,
      collaborationMade: c ? c.at : null,
    },
    promises: c && c.kind === 'escalate' ? [{ id: 'escalation', madeAt: c.at, dueAt: c.at + c.feedbackMinutes * 60_000, keptAt: null }] : [],
  };
}

/** When the first reply of a chat or email was sent; null while none is recorded. */
export function firstReplyAt(draft: Pick<CallDraft, 'replies'>): number | null {
  const sent = (draft.replies ?? []).map((r) => r.sentAt);
  return sent.length ? Math.min(...sent) : null;
}
