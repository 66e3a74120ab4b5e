import type { agentsChannels } from './channels/agents';
import { none, type SliceContract } from './slice';

/** An active agent, as pickers (assignee filter, bulk assign) show it. */
export interface AgentOption {
  id: string;
  name: string;
  number: string;
  teamId: string | null;
  branchCode?: string;
}

/** Active agents by name, and which of them is using this desktop (null: not known). */
export interface AgentList {
  agents: AgentOption[];
  meId: string | null;
}

/** The agents slice. */
export const agentsContract = {
  /** Active agents ordered by name, and who "me" is (the signed-in agent, or the profile's agent number). */
  listAgents: { request: none, reply: {} as AgentList },
} satisfies SliceContract<typeof agentsChannels>;
