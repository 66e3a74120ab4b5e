import type { Role } from '../../shared/schemas/domainTerms';
import { accountByNumber } from '../auth/agentAccount';
import type { ServerDb } from '../storage/serverDb';
import { branchByCode, teamsOf } from './orgReads';
import { createAgent, createBranch, createTeam } from './orgWrites';

/** Every demo agent signs in with this password. Demo data only: never on a real server. */
export const DEMO_PASSWORD = 'agentdesk-demo';

export const demoBranches = [
  { code: 'SH01', name: '上海一店', teams: ['售后一组', '投诉处理组'] },
  { code: 'BJ01', name: '北京一店', teams: ['售后一组', '投诉处理组'] },
] as const;

export const demoAgents: readonly { number: string; name: string; role: Role; branch: string; team?: string }[] = [
  { number: '1001', name: '张敏', role: 'agent', branch: 'SH01', team: '售后一组' },
  { number: '1002', name: '李伟', role: 'agent', branch: 'SH01', team: '售后一组' },
  { number: '1003', name: '周婷', role: 'agent', branch: 'SH01', team: '投诉处理组' },
  { number: '1101', name: '王芳', role: 'lead', branch: 'SH01', team: '投诉处理组' },
  { number: '2001', name: '刘洋', role: 'agent', branch: 'BJ01', team: '售后一组' },
  { number: '2002', name: '赵丽', role: 'agent', branch: 'BJ01', team: '投诉处理组' },
  { number: '2101', name: '孙磊', role: 'lead', branch: 'BJ01', team: '售后一组' },
  { number: '9001', name: '陈静', role: 'admin', branch: 'SH01' },
];

/**
 * A demo organisation: branches SH01 and BJ01, two teams each, agents, leads and an admin,
 * all with DEMO_PASSWORD. Idempotent: what already exists (by code, team name, agent number)
 * is left as it is. Returns what it created, as lines for the CLI.
 */
export async function seedDemoOrganisation(db: ServerDb, now: number = Date.now()): Promise<string[]> {
  const created: string[] = [];
  for (const branch of demoBranches) {
    const existing = await db.read((tx) => branchByCode(tx, branch.code));
    const branchId = existing?.id ?? (await createBranch(db, { code: branch.code, name: branch.name })).id;
    if (!existing) created.push(`branch ${branch.code} ${branch.name}`);
    const teams = await db.read((tx) => teamsOf(tx, branchId));
    for (const team of branch.teams) {
      if (teams.some((t) => t.name === team)) continue;
      await createTeam(db, { branch: branch.code, name: team });
      created.push(`team ${branch.code} ${team}`);
    }
  }
  for (const agent of demoAgents) {
    if (await db.read((tx) => accountByNumber(tx, agent.number))) continue;
    await createAgent(db, { ...agent, password: DEMO_PASSWORD }, now);
    created.push(`${agent.role} ${agent.number} ${agent.name}`);
  }
  return created;
}
