import { v7 as uuidv7 } from 'uuid';
import { syncTables, type SyncTableName } from '../../shared/sync/syncTables';
import { accountByNumber, type AgentProfile } from '../auth/agentAccount';
import { serverScryptCost } from '../auth/passwordCost';
import { hashPassword } from '../../node/passwords';
import { writeRecord } from '../storage/records';
import type { ServerDb, SqlValue, Tx } from '../storage/serverDb';
import { takeChangeNumbers } from '../storage/serverSchema';
import { OrgError } from './orgError';
import {
  agentActiveInputSchema,
  agentInputSchema,
  branchInputSchema,
  checkPasswordStrength,
  parseOrgInput,
  passwordResetInputSchema,
  teamInputSchema,
  type AgentActiveInput,
  type AgentInput,
  type BranchInput,
  type PasswordResetInput,
  type TeamInput,
} from './orgInputs';
import { branchByCode, teamsOf, type Branch, type Team } from './orgReads';

/**
 * The organisation — branches, teams, agents and their logins — as the admin CLI writes it.
 * Each row is a `records` row with a new change number, so desktops pull it like any change.
 */

async function writeOrgRow(tx: Tx, tbl: SyncTableName, branchId: string, data: Record<string, SqlValue>): Promise<void> {
  const row = syncTables[tbl].columns.parse(data) as Record<string, SqlValue>;
  const seq = await takeChangeNumbers(tx, 1);
  await writeRecord(tx, { tbl, pk: String(row['id']), branchId, data: row, clocks: {} }, seq);
}

async function requireBranch(tx: Tx, code: string): Promise<Branch> {
  const branch = await branchByCode(tx, code);
  if (!branch) throw new OrgError('notFound', `no branch with code ${code}`);
  return branch;
}

export async function createBranch(db: ServerDb, input: BranchInput): Promise<Branch> {
  const { code, name } = parseOrgInput(branchInputSchema, input);
  return db.write(async (tx) => {
    if (await branchByCode(tx, code)) throw new OrgError('duplicate', `a branch with code ${code} already exists`);
    const branch: Branch = { id: uuidv7(), code, name };
    await writeOrgRow(tx, 'branches', branch.id, { ...branch });
    return branch;
  });
}

export async function createTeam(db: ServerDb, input: TeamInput): Promise<Team> {
  const { branch: code, name } = parseOrgInput(teamInputSchema, input);
  return db.write(async (tx) => {
    const branch = await requireBranch(tx, code);
    if ((await teamsOf(tx, branch.id)).some((team) => team.name === name)) throw new OrgError('duplicate', `branch ${code} already has a team named ${name}`);
    const team: Team = { id: uuidv7(), branch_id: branch.id, name };
    await writeOrgRow(tx, 'teams', branch.id, { ...team });
    return team;
  });
}

export async function createAgent(db: ServerDb, input: AgentInput, now: number = Date.now()): Promise<AgentProfile> {
  const parsed = parseOrgInput(agentInputSchema, input);
  checkPasswordStrength(parsed.password);
  // Hashed before the write transaction: the slow hash must not hold every writer up.
  const passwordHash = await hashPassword(parsed.password, serverScryptCost());
  return db.write(async (tx) => {
    const branch = await requireBranch(tx, parsed.branch);
    let teamId: string | null = null;
    if (parsed.team !== undefined) {
      const team = (await teamsOf(tx, branch.id)).find((t) => t.id === parsed.team || t.name === parsed.team);
      if (!team) throw new OrgError('notFound', `branch ${branch.code} has no team ${parsed.team}`);
      teamId = team.id;
    }
    if (await accountByNumber(tx, parsed.number)) throw new OrgError('duplicate', `agent number ${parsed.number} is taken`);
    const agent: AgentProfile = { id: uuidv7(), number: parsed.number, name: parsed.name, role: parsed.role, branch_id: branch.id, team_id: teamId, active: 1 };
    await writeOrgRow(tx, 'agents', branch.id, { ...agent });
    await tx.run('INSERT INTO accounts (agent_id, number, password_hash, token_version, updated_at) VALUES ($1, $2, $3, 0, $4)', [agent.id, agent.number, passwordHash, now]);
    return agent;
  });
}

/** Sets a new password and bumps the token version: every token signed before stops working. */
export async function resetPassword(db: ServerDb, input: PasswordResetInput, now: number = Date.now()): Promise<void> {
  const { number, password } = parseOrgInput(passwordResetInputSchema, input);
  checkPasswordStrength(password);
  const passwordHash = await hashPassword(password, serverScryptCost());
  await db.write(async (tx) => {
    const { changes } = await tx.run('UPDATE accounts SET password_hash = $1, token_version = token_version + 1, updated_at = $2 WHERE number = $3', [passwordHash, now, number]);
    if (changes === 0) throw new OrgError('notFound', `no agent with number ${number}`);
  });
}

/** Deactivates (or reactivates) an agent: a deactivated agent can neither sign in nor sync. */
export async function setAgentActive(db: ServerDb, input: AgentActiveInput): Promise<AgentProfile> {
  const { number, active } = parseOrgInput(agentActiveInputSchema, input);
  return db.write(async (tx) => {
    const account = await accountByNumber(tx, number);
    if (!account?.profile) throw new OrgError('notFound', `no agent with number ${number}`);
    const agent: AgentProfile = { ...account.profile, active: active ? 1 : 0 };
    await writeOrgRow(tx, 'agents', agent.branch_id, { ...agent });
    return agent;
  });
}
