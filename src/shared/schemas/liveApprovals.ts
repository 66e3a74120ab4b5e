import { z } from 'zod';
import { remedies } from './callDraft';
import { entityId, optionalText } from './case';
import { approvalDecisions } from './reports';

/**
 * Approvals while the customer waits (issue 17): the agent asks during the call, a lead decides —
 * live on the lead's own desktop (through the sync server), or over the shoulder on the agent's
 * desktop with the lead's own agent number and password.
 */
export const approvalStates = ['pending', 'granted', 'denied'] as const;
export type ApprovalState = (typeof approvalStates)[number];
export const approvalChannels = ['live', 'shoulder'] as const;
export type ApprovalChannel = (typeof approvalChannels)[number];

export interface LiveApproval {
  id: string;
  callId: string;
  caseId: string | null;
  customer: string;
  remedy: (typeof remedies)[number] | null;
  summary: string;
  requestedAt: number;
  agentId: string | null;
  agentName: string | null;
  state: ApprovalState;
  decidedBy: string | null;
  deciderName: string | null;
  decidedAt: number | null;
  decidedVia: ApprovalChannel | null;
  reason: string;
}

const reason = optionalText(500).refine((r) => Array.from(r).length >= 2, 'required');

export const requestLiveApprovalInput = z.strictObject({
  /** The call draft's id: the call screen reads its requests by it. */
  callId: entityId,
  caseId: entityId.nullable(),
  customer: optionalText(200).default(''),
  remedy: z.enum(remedies, 'invalidChoice').nullable(),
  /** What the agent proposes: at least two characters the lead can read. */
  summary: optionalText(2_000).refine((s) => Array.from(s).length >= 2, 'required'),
});
export type RequestLiveApprovalInput = z.input<typeof requestLiveApprovalInput>;

export const callApprovalsQuery = z.strictObject({ callId: entityId });

export const decideLiveApprovalInput = z.strictObject({
  id: entityId,
  decision: z.enum(approvalDecisions, 'invalidChoice'),
  reason,
});
export type DecideLiveApprovalInput = z.input<typeof decideLiveApprovalInput>;

/** The lead decides on the agent's desktop: their own number and password sign the act. */
export const decideOverShoulderInput = decideLiveApprovalInput.extend({
  number: z.string().trim().min(1, 'required').max(32, 'tooLong'),
  password: z.string().min(1, 'required').max(200, 'tooLong'),
});
export type DecideOverShoulderInput = z.input<typeof decideOverShoulderInput>;
