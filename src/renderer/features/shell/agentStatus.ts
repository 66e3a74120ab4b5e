export const chosenStatuses = ['available', 'break'] as const;
export type ChosenStatus = (typeof chosenStatuses)[number];
export type AgentStatus = ChosenStatus | 'onCall' | 'afterCallWork';

/** A call in progress decides the status (talking, then after-call work); otherwise the agent's own choice. */
export function agentStatusOf(call: 'talk' | 'afterTalk' | null, chosen: ChosenStatus): AgentStatus {
  if (!call) return chosen;
  return call === 'talk' ? 'onCall' : 'afterCallWork';
}
