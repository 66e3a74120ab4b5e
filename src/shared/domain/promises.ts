import type { ComplaintSeverity, Scenario } from '../schemas/domainTerms';

/**
 * Promises made to a customer (domain.md "Follow-ups and care", "Clocks": promised feedback /
 * callback). Each promise is a dated follow-up whose clock runs from when it was made to the
 * promised time; a follow-up still not done when that time has passed is **missed**. Pure rules:
 * the sweep in main (actions/missedFollowUps.ts) applies them with an injected clock.
 */

/** What a follow-up promises. Surveys and care contacts are not promises (`null`). */
export const promiseKinds = ['callback', 'escalationFeedback', 'transferCheck', 'visitConfirmation', 'complaintPlan'] as const;
export type PromiseKind = (typeof promiseKinds)[number];

/** A complaint's handling plan is due this long after the case began (clockDefinitions: complaintPlan, 48 h). */
export const COMPLAINT_PLAN_WITHIN_MS = 48 * 3_600_000;
/**
 * A major complaint is escalated to the team lead the moment it is recorded; the lead's feedback
 * is promised within this many minutes (the "urgent issue: response" target, 30 min).
 */
export const MAJOR_COMPLAINT_FEEDBACK_MINUTES = 30;
/** Who a major complaint is escalated to (the escalation event's `target`). */
export const MAJOR_COMPLAINT_TARGET = 'teamLead';

export interface FollowUpTiming {
  state: 'due' | 'done' | 'missed';
  dueAt: number;
  doneAt: number | null;
}

/** A follow-up not done by its time, at `now`: strictly past the due time and still open. */
export function isMissedAt(followUp: FollowUpTiming, now: number): boolean {
  return followUp.state === 'due' && now > followUp.dueAt;
}

/**
 * How a report counts a follow-up: `due` (open, not yet late), `done` (kept on time), `missed`
 * (its time passed without the contact, whether or not it was done late afterwards, and whether
 * or not the sweep has written it yet).
 */
export function followUpOutcome(followUp: FollowUpTiming, now: number): 'due' | 'done' | 'missed' {
  if (followUp.state === 'done') return followUp.doneAt !== null && followUp.doneAt > followUp.dueAt ? 'missed' : 'done';
  if (followUp.state === 'missed' || now > followUp.dueAt) return 'missed';
  return 'due';
}

/**
 * The promises a new case carries from the start: a complaint's handling plan (due 48 h after the
 * first contact began), and a major complaint's escalation to the lead, made when it is recorded.
 */
export function promisesOfNewCase(c: { scenario: Scenario; severity: ComplaintSeverity | null; startedAt: number; recordedAt: number }): {
  complaintPlanDueAt: number | null;
  leadEscalation: { target: string; feedbackMinutes: number; at: number; dueAt: number } | null;
} {
  if (c.scenario !== 'complaint') return { complaintPlanDueAt: null, leadEscalation: null };
  const leadEscalation =
    c.severity === 'major' ? { target: MAJOR_COMPLAINT_TARGET, feedbackMinutes: MAJOR_COMPLAINT_FEEDBACK_MINUTES, at: c.recordedAt, dueAt: c.recordedAt + MAJOR_COMPLAINT_FEEDBACK_MINUTES * 60_000 } : null;
  return { complaintPlanDueAt: c.startedAt + COMPLAINT_PLAN_WITHIN_MS, leadEscalation };
}

/**
 * Which of two concurrent follow-up states wins when two desktops wrote the row: done beats
 * missed (the contact happened; a sweep on a desktop that had not yet heard of it was wrong), and
 * missed beats due (time has passed). Used by the server's merge and by tests of convergence.
 */
export function strongerFollowUpState(a: FollowUpTiming['state'], b: FollowUpTiming['state']): FollowUpTiming['state'] {
  const rank = { due: 0, missed: 1, done: 2 } as const;
  return rank[a] >= rank[b] ? a : b;
}

/** What a follow-up of this kind promises when nothing more specific is known. */
export function defaultPromiseOf(kind: 'callback' | 'survey' | 'visitConfirmation' | 'care'): PromiseKind | null {
  return kind === 'callback' || kind === 'visitConfirmation' ? kind : null;
}
