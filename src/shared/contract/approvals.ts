import { callApprovalsQuery, decideLiveApprovalInput, decideOverShoulderInput, requestLiveApprovalInput, type LiveApproval } from '../schemas/liveApprovals';
import type { approvalsChannels } from './channels/approvals';
import { none, type SliceContract } from './slice';

/** Approvals while the customer waits: asked during the call, decided by a lead live or over the shoulder. */
export const approvalsContract = {
  /** The agent asks a lead during the call; synced at once (the lead's desktop is told by the server). */
  requestLiveApproval: { request: requestLiveApprovalInput, reply: {} as LiveApproval },
  /** The requests of one call, newest first: the call screen shows the decision. */
  listCallApprovals: { request: callApprovalsQuery, reply: {} as LiveApproval[] },
  /** Leads and admins: requests still waiting in their team (or branch), oldest first. */
  listPendingApprovals: { request: none, reply: {} as LiveApproval[] },
  /** The signed-in lead decides, with a reason. */
  decideLiveApproval: { request: decideLiveApprovalInput, reply: {} as LiveApproval },
  /** A lead decides on the agent's desktop with their own number and password; recorded as the lead's act. */
  decideApprovalOverShoulder: { request: decideOverShoulderInput, reply: {} as LiveApproval },
} satisfies SliceContract<typeof approvalsChannels>;
