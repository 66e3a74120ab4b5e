import { AppError } from '../../shared/result';
import type { ApprovalDecision } from '../../shared/schemas/reports';
import type { WriteContext } from '../store/actor';
import { approvalRequestOf, isApprovalDecided } from '../store/cases/approvalReads';
import { recordApprovalDecision } from '../store/cases/approvalWrites';
import type { WritableDB } from '../store/db';
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
export function decideApproval(db: WritableDB, scope: LeadScope, input: ApprovalDecisionInput, ctx: WriteContext): string {
  return db.transaction(() => {
    const request = approvalRequestOf(db, input.caseId, input.requestId);
    if (!request) throw new AppError('not_found', `no approval request ${input.requestId} on case ${input.caseId}`);
    if (scope.role === 'lead' && (scope.teamId !== null ? request.team_id !== scope.teamId : request.branch_id !== scope.branchId)) {
      throw new AppError('forbidden', 'a lead decides approvals of their own team only');
    }
    if (isApprovalDecided(db, input.caseId, input.requestId, request.at)) throw new AppError('conflict', `approval request ${input.requestId} has already been decided`);
    const { remedy = null } = JSON.parse(request.data) as { remedy?: string | null };
    return recordApprovalDecision(db, { ...input, remedy }, ctx);
  })();
}
