import type { PromiseKind } from '../../shared/domain/promises';
import type { FollowUpKind } from '../../shared/schemas/domainTerms';
import type { MajorComplaintAlert, MissedFollowUp } from '../../shared/schemas/reports';
import { majorComplaintRows, missedFollowUpRows, type ScopeColumn } from '../store/cases/teamViewReads';
import type { ReadableDB } from '../store/db';

interface Scope {
  column: ScopeColumn;
  id: string | null;
}

/** Issue 17: the team's follow-ups marked missed and still not done (the lead chases them). */
export function missedFollowUps(db: ReadableDB, scope: Scope, limit: number): MissedFollowUp[] {
  return missedFollowUpRows(db, scope.column, scope.id, limit).map((r) => ({
    followUpId: r.id,
    caseId: r.case_id,
    number: r.number,
    subject: r.subject,
    customerName: r.customer_name,
    kind: r.kind as FollowUpKind,
    promise: r.promise as PromiseKind | null,
    dueAt: r.due_at,
    agentName: r.agent_name,
  }));
}

/**
 * Issue 17: major complaints escalated to the lead (casePromises.ts), on open cases. They reach a
 * lead's desktop with the sync that brings the case; the team view shows them at its next read
 * (a live notice from the server can trigger that read at once).
 */
export function majorComplaints(db: ReadableDB, scope: Scope, limit: number): MajorComplaintAlert[] {
  return majorComplaintRows(db, scope.column, scope.id, limit).map((r) => {
    const data = JSON.parse(r.data) as { dueBy?: number; feedbackMinutes?: number };
    return {
      caseId: r.case_id,
      number: r.number,
      subject: r.subject,
      customerName: r.customer_name,
      escalatedAt: r.at,
      feedbackDueAt: typeof data.dueBy === 'number' ? data.dueBy : r.at + (data.feedbackMinutes ?? 0) * 60_000,
      feedbackState: r.feedback_state,
      assigneeName: r.assignee_name,
    };
  });
}
