import { promisesOfNewCase } from '../../shared/domain/promises';
import type { ComplaintSeverity, Scenario } from '../../shared/schemas/domainTerms';
import type { WriteContext } from '../store/actor';
import { addEvent } from '../store/cases/timeline';
import type { WritableDB } from '../store/db';
import { openPromiseOfCase } from '../store/followUps/followUpReads';
import { insertFollowUp } from '../store/followUps/followUpWrites';
import { completeFollowUp } from './followUpActions';

export interface NewCasePromises {
  caseId: string;
  customerId: string;
  /** Whose follow-up queue the promises go to: the case's assignee. */
  agentId: string | null;
  scenario: Scenario;
  severity: ComplaintSeverity | null;
  /** When the first contact began (the case's clocks run from it). */
  startedAt: number;
}

/**
 * The promises a new case makes from the start (call inside the case's transaction, before its
 * outbox mutation, so they sync with it): a complaint's handling plan as a follow-up due 48 h
 * after the first contact; and a major complaint's escalation to the team lead — an `escalation`
 * event (the lead's team view lists it at once, on every desktop of the team after sync) whose
 * promised feedback is one follow-up, so the escalation and its follow-up are one clock.
 */
export function recordPromisesOfNewCase(db: WritableDB, c: NewCasePromises, ctx: WriteContext): void {
  const { complaintPlanDueAt, leadEscalation } = promisesOfNewCase({ scenario: c.scenario, severity: c.severity, startedAt: c.startedAt, recordedAt: ctx.now });
  const actorId = ctx.actor.agentId;
  const base = { caseId: c.caseId, customerId: c.customerId, agentId: c.agentId, kind: 'callback' as const, now: ctx.now };
  if (complaintPlanDueAt !== null) {
    const followUpId = insertFollowUp(db, { ...base, promise: 'complaintPlan', dueAt: complaintPlanDueAt, note: '' });
    addEvent(db, { caseId: c.caseId, kind: 'followUpScheduled', at: ctx.now, actorId, data: { followUpId, kind: 'callback', dueAt: complaintPlanDueAt, reason: 'complaintPlan' } });
  }
  if (leadEscalation) {
    const { target, feedbackMinutes, at, dueAt } = leadEscalation;
    addEvent(db, { caseId: c.caseId, kind: 'escalation', at, actorId, data: { kind: 'escalate', target, feedbackMinutes, at, dueBy: dueAt, reason: 'majorComplaint' } });
    const followUpId = insertFollowUp(db, { ...base, promise: 'escalationFeedback', dueAt, note: '' });
    addEvent(db, { caseId: c.caseId, kind: 'followUpScheduled', at: ctx.now, actorId, data: { followUpId, kind: 'callback', dueAt, reason: 'escalationFeedback' } });
  }
}

/** A complaint's handling plan told to the customer keeps the plan's promise (its follow-up done now). */
export function keepComplaintPlan(db: WritableDB, caseId: string, ctx: WriteContext): void {
  const followUpId = openPromiseOfCase(db, caseId, 'complaintPlan');
  if (followUpId) completeFollowUp(db, followUpId, '', ctx);
}
