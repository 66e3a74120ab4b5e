import { statement, type ReadableDB } from '../db';

/** Branches, teams and agents as the team-lead features (scope checks, filter bar, report names) read them. */

export interface AgentPlace {
  id: string;
  team_id: string | null;
  branch_id: string;
}

export function agentPlaceOf(db: ReadableDB, agentId: string): AgentPlace | undefined {
  return statement(db, 'SELECT id, team_id, branch_id FROM agents WHERE id = ?').get(agentId) as AgentPlace | undefined;
}

export function organisationRowExists(db: ReadableDB, table: 'branches' | 'teams' | 'agents', id: string): boolean {
  return statement(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

export function teamBranchOf(db: ReadableDB, teamId: string): string {
  return (statement(db, 'SELECT branch_id FROM teams WHERE id = ?').get(teamId) as { branch_id: string }).branch_id;
}

export function teamNameOf(db: ReadableDB, teamId: string): string | undefined {
  return statement(db, 'SELECT name FROM teams WHERE id = ?').pluck().get(teamId) as string | undefined;
}

export function branchNameOf(db: ReadableDB, branchId: string): string | undefined {
  return statement(db, 'SELECT name FROM branches WHERE id = ?').pluck().get(branchId) as string | undefined;
}

/** The first team (by branch, then name), for an admin's team view without a team chosen. */
export function firstTeamId(db: ReadableDB): string | null {
  return (statement(db, 'SELECT id FROM teams ORDER BY branch_id, name LIMIT 1').pluck().get() as string | undefined) ?? null;
}

export function allBranches(db: ReadableDB): { id: string; name: string }[] {
  return statement(db, 'SELECT id, name FROM branches ORDER BY code').all() as { id: string; name: string }[];
}

export function allTeams(db: ReadableDB): { id: string; name: string; branch_id: string }[] {
  return statement(db, 'SELECT id, name, branch_id FROM teams ORDER BY branch_id, name').all() as { id: string; name: string; branch_id: string }[];
}

export function activeAgentsByNumber(db: ReadableDB): (AgentPlace & { name: string; number: string })[] {
  return statement(db, 'SELECT id, name, number, team_id, branch_id FROM agents WHERE active = 1 ORDER BY number').all() as (AgentPlace & { name: string; number: string })[];
}

/** Active agents of one team or branch, by number. */
export function activeAgentsIn(db: ReadableDB, column: 'team_id' | 'branch_id', id: string | null): { id: string; name: string; number: string }[] {
  return statement(db, `SELECT id, name, number FROM agents WHERE active = 1 AND ${column} = ? ORDER BY number`).all(id) as { id: string; name: string; number: string }[];
}

export function allAgentNames(db: ReadableDB): { id: string; name: string; number: string }[] {
  return statement(db, 'SELECT id, name, number FROM agents').all() as { id: string; name: string; number: string }[];
}

export function allTeamNames(db: ReadableDB): { id: string; name: string }[] {
  return statement(db, 'SELECT id, name FROM teams').all() as { id: string; name: string }[];
}
