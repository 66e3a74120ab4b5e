import type { CallDraft } from '../../../shared/schemas/callDraft';

export const chosenStatuses = ['available', 'break'] as const;
export type ChosenStatus = (typeof chosenStatuses)[number];
export type AgentStatus = ChosenStatus | 'onCall' | 'afterCallWork';

/** A call in progress decides the status (talking, then after-call work); otherwise the agent's own choice. */
export function agentStatusOf(draft: CallDraft | null, chosen: ChosenStatus): AgentStatus {
  if (!draft) return chosen;
  return draft.talkEndedAt === null ? 'onCall' : 'afterCallWork';
}
