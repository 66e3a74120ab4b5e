import { AppError } from '../../../shared/result';
import type { Actor } from '../actor';
import { statement, type ReadableDB } from '../db';

export interface AgentPlacement {
  id: string;
  teamId: string | null;
  branchId: string;
}

/**
 * The agent's team and branch (stamped on cases assigned to them), or not_found on the assignee
 * field. The signed-in agent (`actor`) is known from the sign-in reply even before their own agent
 * row has been pulled.
 */
export function agentPlacementOrThrow(db: ReadableDB, agentId: string, actor?: Actor): AgentPlacement {
  const agent = statement(db, 'SELECT id, team_id, branch_id FROM agents WHERE id = ?').get(agentId) as { id: string; team_id: string | null; branch_id: string } | undefined;
  if (!agent && actor?.agentId === agentId && actor.placement) return { id: agentId, teamId: actor.placement.teamId, branchId: actor.placement.branchId };
  if (!agent) throw new AppError('not_found', `no agent with id ${agentId}`, [{ path: 'assigneeId', key: 'invalid' }]);
  return { id: agent.id, teamId: agent.team_id, branchId: agent.branch_id };
}
