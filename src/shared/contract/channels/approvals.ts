/** Channels of the live approvals slice (issue 17). Import-free, so the preload bundles it without zod. */
export const approvalsChannels = {
  requestLiveApproval: 'approval:request',
  listCallApprovals: 'approval:ofCall',
  listPendingApprovals: 'approval:pending',
  decideLiveApproval: 'approval:decide',
  decideApprovalOverShoulder: 'approval:decideOverShoulder',
} as const;
