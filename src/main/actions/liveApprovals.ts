import { v7 as uuidv7 } from 'uuid';
import { AppError } from '../../shared/result';
import type { ApprovalDecision } from '../../shared/schemas/reports';
import type { ApprovalChannel, LiveApproval } from '../../shared/schemas/liveApprovals';
import type { Remedy } from '../../shared/schemas/callDraft';
import type { LeadScope } from '../reports/reportAccess';
import type { Actor, WriteContext } from '../store/actor';
import { approvalRequestById, decideApprovalRequest, insertApprovalRequest } from '../store/approvals/approvalRequestRows';
import type { WritableDB } from '../store/db';
import { agentPlaceOf } from '../store/organisation/organisationReads';
import { appendMutation } from '../store/sync/outbox';

export interface LiveApprovalRequest {
  callId: string;
  caseId: string | null;
  customer: string;
  remedy: Remedy | null;
  summary: string;
}

/**
 * The agent asks a lead during the call: ONE transaction writes the request (scoped to the
 * agent's branch and team) and its outbox mutation, so the next sync carries it to the server,
 * which tells the branch's leads at once.
 */
export function requestLiveApproval(db: WritableDB, input: LiveApprovalRequest, ctx: WriteContext): LiveApproval {
  const id = uuidv7();
  db.transaction(() => {
    const place = placeOf(db, ctx.actor);
    insertApprovalRequest(db, { id, ...input, branchId: place.branchId, teamId: place.teamId, agentId: ctx.actor.agentId, requestedAt: ctx.now });
    appendMutation(db, 'approval.request', { id, callId: input.callId, caseId: input.caseId, remedy: input.remedy }, ctx.now);
  })();
  return approvalRequestById(db, id)!;
}

function placeOf(db: WritableDB, actor: Actor): { branchId: string | null; teamId: string | null } {
  const known = actor.agentId ? agentPlaceOf(db, actor.agentId) : undefined;
  if (known) return { branchId: known.branch_id, teamId: known.team_id };
  return { branchId: actor.placement?.branchId ?? null, teamId: actor.placement?.teamId ?? null };
}

export interface LiveDecision {
  id: string;
  decision: ApprovalDecision;
  reason: string;
}

/**
 * A lead decides a request of their own team (or branch); an admin any. ONE transaction: the
 * decision (who, when, how) and its outbox mutation. A request decided meanwhile — by another
 * lead, here or pulled — is a conflict, and the stored decision stays as it was.
 */
export function decideLiveApproval(db: WritableDB, scope: LeadScope, input: LiveDecision, via: ApprovalChannel, ctx: WriteContext): LiveApproval {
  const deciderId = scope.agentId;
  if (!deciderId) throw new AppError('forbidden', 'an approval is decided by a named lead');
  db.transaction(() => {
    const request = approvalRequestById(db, input.id);
    if (!request) throw new AppError('not_found', `no approval request ${input.id}`);
    if (scope.role === 'lead') {
      const inScope = request.branchId === scope.branchId && (scope.teamId === null || request.teamId === null || request.teamId === scope.teamId);
      if (!inScope) throw new AppError('forbidden', 'a lead decides approvals of their own team only');
    }
    if (request.agentId !== null && request.agentId === deciderId) throw new AppError('forbidden', 'a lead cannot approve their own request');
    const state = input.decision === 'grant' ? 'granted' : 'denied';
    if (!decideApprovalRequest(db, input.id, { state, decidedBy: deciderId, at: ctx.now, via, reason: input.reason })) {
      throw new AppError('conflict', `approval request ${input.id} has already been decided`);
    }
    appendMutation(db, 'approval.decideLive', { id: input.id, decision: input.decision, via, at: ctx.now }, ctx.now);
  })();
  return approvalRequestById(db, input.id)!;
}
