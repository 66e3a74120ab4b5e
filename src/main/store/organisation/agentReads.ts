import type { AgentOption } from '../../../shared/api';
import { statement, type ReadableDB } from '../db';

/** Active agents by name (then number), for the assignee filter and bulk assignment. */
export function listActiveAgents(db: ReadableDB): AgentOption[] {
  const rows = statement(
    db,
    `SELECT a.id, a.name, a.number, a.team_id AS teamId, b.code AS branchCode
     FROM agents a LEFT JOIN branches b ON b.id = a.branch_id
     WHERE a.active = 1 ORDER BY a.name, a.number`,
  ).all() as { id: string; name: string; number: string; teamId: string | null; branchCode: string | null }[];
  return rows.map(({ branchCode, ...agent }) => (branchCode === null ? agent : { ...agent, branchCode }));
}

/**
 * The agent using this desktop: the signed-in one, or else the active agent whose number the
 * profile settings name (a standalone desktop); null when neither is known.
 */
export function currentAgentId(db: ReadableDB, signedInId: string | null, agentNumber: string): string | null {
  if (signedInId) return signedInId;
  if (!agentNumber) return null;
  const row = statement(db, 'SELECT id FROM agents WHERE number = ? AND active = 1').get(agentNumber) as { id: string } | undefined;
  return row?.id ?? null;
}
