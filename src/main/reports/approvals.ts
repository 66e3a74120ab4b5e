import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/result';
import type { ApprovalDecision } from '../../shared/schemas/reports';
import type { WriteContext } from '../store/actor';
import { appendMutation } from '../store/sync/outbox';
import { statement } from '../store/statements';
import { addEvent } from '../store/timeline';
import type { LeadScope } from './reportAccess';

export interface ApprovalDecisionInput {
  caseId: string;
  requestId: string;
  decision: ApprovalDecision;
  reason: string;
}

/**
 * A lead grants or denies an agent's request to go beyond their authority (e.g. a free
 * replacement): ONE transaction writes the decision with its reason to the case timeline, touches
 * the case, and appends the outbox mutation. Only a pending request of a case in the lead's own
 * team can be decided; one already decided (here or synced from another desktop) is a conflict.
 */
export function decideApproval(db: Database, scope: LeadScope, input: ApprovalDecisionInput, ctx: WriteContext): string {
  return db.transaction(() => {
    const request = statement(
      db,
      `SELECT r.id, r.at, r.data, c.team_id, c.branch_id FROM timeline_events r JOIN cases c ON c.id = r.case_id
       WHERE r.id = ? AND r.case_id = ? AND r.kind = 'approvalRequested'`,
    ).get(input.requestId, input.caseId) as { id: string; at: number; data: string; team_id: string | null; branch_id: string | null } | undefined;
    if (!request) throw new AppError('not_found', `no approval request ${input.requestId} on case ${input.caseId}`);
    if (scope.role === 'lead' && (scope.teamId !== null ? request.team_id !== scope.teamId : request.branch_id !== scope.branchId)) {
      throw new AppError('forbidden', 'a lead decides approvals of their own team only');
    }
    const decided = statement(
      db,
      `SELECT 1 FROM timeline_events d WHERE d.case_id = ? AND d.kind IN ('approvalGranted', 'approvalDenied')
         AND (json_extract(d.data, '$.requestId') = ? OR (json_extract(d.data, '$.requestId') IS NULL AND d.at >= ?))`,
    ).get(input.caseId, input.requestId, request.at);
    if (decided) throw new AppError('conflict', `approval request ${input.requestId} has already been decided`);
    const { remedy = null } = JSON.parse(request.data) as { remedy?: string | null };
    const data = { requestId: input.requestId, remedy, reason: input.reason };
    const eventId = addEvent(db, { caseId: input.caseId, kind: input.decision === 'grant' ? 'approvalGranted' : 'approvalDenied', at: ctx.now, actorId: ctx.actor.agentId, data });
    statement(db, 'UPDATE cases SET updated_at = ? WHERE id = ?').run(ctx.now, input.caseId);
    appendMutation(db, 'approval.decide', { eventId, caseId: input.caseId, decision: input.decision, ...data, at: ctx.now }, ctx.now);
    return eventId;
  })();
}
