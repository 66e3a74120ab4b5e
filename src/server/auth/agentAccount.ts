import { z } from 'zod';
import { roles } from '../../shared/schemas/domainTerms';
import type { Tx } from '../storage/serverDb';

/** An agent's profile as the `agents` record holds it (the columns of syncTables.agents). */
export const agentProfileSchema = z.object({
  id: z.string().min(1),
  number: z.string().min(1),
  name: z.string(),
  role: z.enum(roles),
  branch_id: z.string().min(1),
  team_id: z.string().nullable(),
  active: z.union([z.literal(0), z.literal(1)]),
});
export type AgentProfile = z.infer<typeof agentProfileSchema>;

export interface AgentAccount {
  agentId: string;
  number: string;
  passwordHash: string;
  tokenVersion: number;
  /** Null when the account has no `agents` record (never written that way by orgWrites). */
  profile: AgentProfile | null;
}

interface Row {
  agent_id: string;
  number: string;
  password_hash: string;
  token_version: number;
  data: string | null;
}

const select = `SELECT a.agent_id, a.number, a.password_hash, a.token_version, r.data
  FROM accounts a LEFT JOIN records r ON r.tbl = 'agents' AND r.pk = a.agent_id`;

export async function accountByNumber(tx: Tx, number: string): Promise<AgentAccount | undefined> {
  const [row] = await tx.all<Row>(`${select} WHERE a.number = $1`, [number]);
  return row && toAccount(row);
}

export async function accountById(tx: Tx, agentId: string): Promise<AgentAccount | undefined> {
  const [row] = await tx.all<Row>(`${select} WHERE a.agent_id = $1`, [agentId]);
  return row && toAccount(row);
}

function toAccount(row: Row): AgentAccount {
  const profile = row.data === null ? null : agentProfileSchema.parse(JSON.parse(row.data));
  return { agentId: row.agent_id, number: row.number, passwordHash: row.password_hash, tokenVersion: Number(row.token_version), profile };
}
