import { deviceCode } from '../../src/shared/domain/caseNumber';
import type { Role, Scenario } from '../../src/shared/schemas/domainTerms';
import { DAY_MS, HOUR_MS, localMidnight } from './demoCalendar';
import { DEMO_ADMIN_NUMBER, isDemoAccountNumber } from './demoAccounts';
import type { DemoSink } from './demoTables';
import { branchDefs, givenNamesFemale, givenNamesMale, surnames, teamDefs, type BranchDef } from './demoVocabulary';
import { weighted, demoId, type DemoRng } from './random';

export const AGENTS_PER_TEAM = 20;
/** Agents who have left are inactive; they only carry cases older than this. */
export const INACTIVE_BEFORE_MS = 180 * DAY_MS;

export interface DemoBranch extends BranchDef {
  id: string;
  teams: number[];
}

export interface DemoTeam {
  id: string;
  branch: number;
  name: string;
  scenarios: readonly Scenario[];
  lead: number;
  /** Indexes into `agents`: everyone in the team, and those still working. */
  members: number[];
  active: number[];
}

export interface DemoAgent {
  id: string;
  number: string;
  name: string;
  role: Role;
  branch: number;
  team: number | null;
  active: boolean;
  /** The device code of the agent's desktop, part of the case numbers made there. */
  device: string;
}

export interface DemoOrganisation {
  branches: DemoBranch[];
  teams: DemoTeam[];
  agents: DemoAgent[];
  admin: number;
  /** Teams of each branch that take each scenario. */
  teamsFor: (branch: number, scenario: Scenario) => readonly number[];
}

const pickSurname = weighted(surnames.map(([han, , w]) => [han, w] as const));

/** A Chinese full name and whether it is a man's. */
export function chineseName(rng: DemoRng): { name: string; male: boolean; surname: string } {
  const male = rng.chance(0.5);
  const surname = pickSurname(rng);
  return { name: surname + rng.pick(male ? givenNamesMale : givenNamesFemale), male, surname };
}

/** Three branches with four teams of twenty agents each (the first of each team its lead), and one admin. */
export function makeOrganisation(rng: DemoRng, since: number): DemoOrganisation {
  const branches: DemoBranch[] = branchDefs.map((def) => ({ ...def, id: demoId(rng, since), teams: [] }));
  const teams: DemoTeam[] = [];
  const agents: DemoAgent[] = [];
  const agent = (branch: number, team: number | null, role: Role, number: string, active: boolean) => {
    agents.push({ id: demoId(rng, since), number, name: chineseName(rng).name, role, branch, team, active, device: deviceCode(demoId(rng, since)) });
    return agents.length - 1;
  };
  const admin = agent(0, null, 'admin', DEMO_ADMIN_NUMBER, true);
  branches.forEach((branch, b) => {
    teamDefs.forEach((def, t) => {
      const teamIndex = teams.length;
      const team: DemoTeam = { id: demoId(rng, since), branch: b, name: def.name, scenarios: def.scenarios, lead: -1, members: [], active: [] };
      teams.push(team);
      branch.teams.push(teamIndex);
      for (let k = 0; k < AGENTS_PER_TEAM; k++) {
        const isLead = k === 0;
        const number = `${b + 1}${t + 1}${String(k + 1).padStart(2, '0')}`;
        // The demo accounts (demoAccounts.ts) are always still working.
        const active = isLead || rng.chance(0.93) || isDemoAccountNumber(number);
        const index = agent(b, teamIndex, isLead ? 'lead' : 'agent', number, active);
        if (isLead) team.lead = index;
        team.members.push(index);
        if (active) team.active.push(index);
      }
    });
  });
  const routing = branches.map((branch) => {
    const byScenario = new Map<Scenario, number[]>();
    for (const t of branch.teams) for (const scenario of teams[t]!.scenarios) byScenario.set(scenario, [...(byScenario.get(scenario) ?? []), t]);
    return byScenario;
  });
  return { branches, teams, agents, admin, teamsFor: (branch, scenario) => routing[branch]?.get(scenario) ?? branches[branch]!.teams };
}

/** Weekly shift-report exports by every team lead over the span, audited as the app does (masked by default). */
export function writeExportAudits(rng: DemoRng, org: DemoOrganisation, from: number, now: number, sink: DemoSink): number {
  let rows = 0;
  // Mondays 10:00 local from the first Monday after `from`.
  let monday = localMidnight(from);
  while (new Date(monday + 8 * HOUR_MS).getUTCDay() !== 1) monday += DAY_MS;
  for (; monday + 10 * HOUR_MS < now; monday += 7 * DAY_MS) {
    for (const team of org.teams) {
      const at = monday + 10 * HOUR_MS + rng.int(0, 2 * HOUR_MS);
      if (at >= now) continue;
      const format = rng.pick(['xlsx', 'xlsx', 'csv', 'pdf'] as const);
      const includesPersonalData = rng.chance(0.03);
      const data = `{"report":"shift","format":"${format}","from":${monday - 7 * DAY_MS},"to":${monday},"includesPersonalData":${includesPersonalData}}`;
      sink.audit_log(demoId(rng, at), at, org.agents[team.lead]!.id, 'export', 'team', team.id, null, includesPersonalData ? '月度质检需要核对客户联系方式' : null, data);
      rows++;
    }
  }
  return rows;
}
