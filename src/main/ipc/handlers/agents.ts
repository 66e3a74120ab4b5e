import type { agentsContract } from '../../../shared/contract/agents';
import { currentAgentId, listActiveAgents } from '../../store/organisation/agentReads';
import type { FeatureHandlers, HandlerDeps } from '../handlerDeps';

/** The active agents, for pickers. */
export function agentsHandlers({ db }: HandlerDeps) {
  return {
    listAgents: (_request, context) => ({ agents: listActiveAgents(db), meId: currentAgentId(db, context.actor.agentId, context.settings.agentNumber) }),
  } satisfies FeatureHandlers<typeof agentsContract>;
}
