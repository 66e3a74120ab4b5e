import type { Channel } from '../schemas/case';
import type { ComplaintSeverity, Priority, Scenario } from '../schemas/domainTerms';
import type { ClockFacts, ClockPromise, ClockReturn } from './caseClocks';

/** How long after deciding another team is needed the escalation or transfer is due (callFlow's 5 minutes). */
const COLLABORATION_WITHIN_MS = 5 * 60_000;

/** What the store holds about a case that the clocks read. */
export interface CaseClockSources {
  case: {
    channel: Channel;
    scenario: Scenario;
    priority: Priority;
    severity: ComplaintSeverity | null;
    createdAt: number;
    firstResponseAt: number | null;
    resolvedAt: number | null;
  };
  /** The case's calls, oldest first. */
  calls: { startedAt: number; ringAt: number | null; answeredAt: number | null; solutionAt: number | null }[];
  /** Escalation and transfer events, oldest first (data as the call records it: feedbackMinutes, collaborationDueBy — when collaboration had to start by). */
  collaborations: { id: string; kind: 'escalation' | 'transfer'; at: number; data: Record<string, unknown> }[];
  /** When follow-ups of the case were done (a promised contact that happened). */
  followUpsDoneAt: number[];
  /** When each chat or email reply was sent (recorded as sent), any order. */
  replies?: number[];
  /** Callbacks promised to the customer. */
  callbacks: { id: string; madeAt: number; dueAt: number; doneAt: number | null }[];
  /** When a complaint's plan follow-up was done (the plan told outside a call), if it was. */
  planToldAt?: number | null;
  /** The case's returns with their recorded steps (each step's clock runs to its due time). */
  returns?: ClockReturn[];
}

const earliest = (values: readonly (number | null | undefined)[]): number | null => {
  const known = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return known.length ? Math.min(...known) : null;
};

/**
 * The recorded events of a case as clock facts. The case began at its first contact: a call
 * case is saved at the end of the call, so its ring (or the call's start) is its start, not the
 * save. The first reply of a call is its answer; an escalation promises feedback by its time,
 * kept by the next call on the case or a follow-up done after it.
 */
export function clockFactsOf(src: CaseClockSources): ClockFacts {
  const first = src.calls[0];
  const created = earliest([src.case.createdAt, ...src.calls.map((c) => c.ringAt ?? c.startedAt)])!;
  const answered = earliest(src.calls.map((c) => c.answeredAt));
  const replied = earliest(src.replies ?? []);
  // Chat and email are answered in writing: only a reply recorded as sent is a first reply.
  const written = src.case.channel === 'chat' || src.case.channel === 'email';
  const solution = earliest(src.calls.map((c) => c.solutionAt));
  const needed = earliest(src.collaborations.map((c) => (typeof c.data.collaborationDueBy === 'number' ? c.data.collaborationDueBy - COLLABORATION_WITHIN_MS : null)));
  const made = earliest(src.collaborations.map((c) => c.at));
  const promises: ClockPromise[] = [];
  const matched = new Set<string>();
  for (const c of src.collaborations) {
    const minutes = c.data.feedbackMinutes;
    if (c.kind !== 'escalation' || typeof minutes !== 'number') continue;
    const dueAt = c.at + minutes * 60_000;
    // The call also saves an escalation's promise as a follow-up due at that time: one promise, one
    // clock, made at the escalation and kept when that follow-up is done.
    const followUp = src.callbacks.find((cb) => cb.dueAt === dueAt);
    if (followUp) matched.add(followUp.id);
    const keptAt = followUp ? followUp.doneAt : earliest([...src.calls.map((k) => k.startedAt), ...src.followUpsDoneAt].filter((t) => t > c.at));
    promises.push({ id: c.id, madeAt: c.at, dueAt, keptAt });
  }
  for (const cb of src.callbacks) if (!matched.has(cb.id)) promises.push({ id: cb.id, madeAt: cb.madeAt, dueAt: cb.dueAt, keptAt: cb.doneAt });
  return {
    channel: src.case.channel,
    scenario: src.case.scenario,
    priority: src.case.priority,
    severity: src.case.severity,
    events: {
      created,
      ring: first?.ringAt ?? null,
      answer: first?.answeredAt ?? null,
      firstReply: written ? earliest([replied, answered]) : (earliest([answered, replied]) ?? src.case.firstResponseAt),
      solution: solution ?? src.case.resolvedAt,
      planGiven: src.case.scenario === 'complaint' ? earliest([solution, src.planToldAt]) : null,
      resolved: src.case.resolvedAt,
      collaborationNeeded: needed ?? (made !== null ? made : null),
      collaborationMade: made,
    },
    promises,
    ...(src.returns?.length ? { returns: src.returns } : {}),
  };
}
