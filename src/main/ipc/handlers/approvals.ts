import type { approvalsContract } from '../../../shared/contract/approvals';
import { AppError } from '../../../shared/result';
import { decideLiveApproval, requestLiveApproval } from '../../actions/liveApprovals';
import { leadScopeOf } from '../../reports/reportAccess';
import { approvalRequestsOfCall, pendingApprovalRequests } from '../../store/approvals/approvalRequestRows';
import type { FeatureHandlers, HandlerDeps } from '../handlerDeps';

/**
 * Approvals while the customer waits (issue 17). Every write syncs at once, or right after the sync
 * under way (a burst of writes during it goes out in one more round, not left to the next poll):
 * the server tells the other desktops.
 */
export function approvalsHandlers(deps: HandlerDeps) {
  const { db } = deps;
  const pushNow = () => deps.sync().syncSoon(); // failures show in the sync status
  return {
    requestLiveApproval: (input, context) => {
      const request = requestLiveApproval(db, input, context);
      pushNow();
      return request;
    },
    listCallApprovals: ({ callId }) => approvalRequestsOfCall(db, callId),
    listPendingApprovals: (_input, context) => {
      const scope = leadScopeOf(db, context.actor);
      return scope.role === 'admin' ? pendingApprovalRequests(db, null, null) : pendingApprovalRequests(db, scope.branchId, scope.teamId);
    },
    decideLiveApproval: (input, context) => {
      const decided = decideLiveApproval(db, leadScopeOf(db, context.actor), input, 'live', context);
      pushNow();
      return decided;
    },
    decideApprovalOverShoulder: async ({ number, password, ...input }, context) => {
      const lead = await deps.session.verifyOther({ number, password });
      if (lead.role !== 'lead' && lead.role !== 'admin') throw new AppError('forbidden', 'only a team lead or an administrator may decide an approval', [{ path: 'number', key: 'notALead' }]);
      const actor = { agentId: lead.id, role: lead.role, placement: { branchId: lead.branchId, teamId: lead.teamId } };
      const decided = decideLiveApproval(db, leadScopeOf(db, actor), input, 'shoulder', { now: context.now, actor });
      pushNow();
      return decided;
    },
  } satisfies FeatureHandlers<typeof approvalsContract>;
}
