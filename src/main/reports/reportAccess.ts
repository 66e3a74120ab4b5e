import { calendarInForceAt } from '../actions/rulesInForce';
import { defaultReportPeriod } from '../../shared/domain/reportPeriod';
import { AppError } from '../../shared/result';
import type { ReportFilter, ReportOptions } from '../../shared/schemas/reports';
import type { Actor } from '../store/actor';
import { latestCaseCreatedAt } from '../store/cases/shiftReportReads';
import type { ReadableDB } from '../store/db';
import { activeAgentsByNumber, agentPlaceOf, allBranches, allTeams, organisationRowExists, teamBranchOf } from '../store/organisation/organisationReads';

/** Who may see what: a lead their own team (or branch, without a team), an admin everything. */
export interface LeadScope {
  role: 'lead' | 'admin';
  agentId: string | null;
  /** null for admins: not limited. */
  teamId: string | null;
  branchId: string | null;
}

/**
 * Team-lead features (live view, approvals, reports, exports) are for leads and admins only; an
 * agent gets `forbidden`. A lead is scoped to the team (or, without one, the branch) their agent
 * record says, so the store must know them.
 */
export function leadScopeOf(db: ReadableDB, actor: Actor): LeadScope {
  if (actor.role !== 'lead' && actor.role !== 'admin') throw new AppError('forbidden', 'team reports and the team view are for team leads and admins');
  if (actor.role === 'admin') return { role: 'admin', agentId: actor.agentId, teamId: null, branchId: null };
  const me = actor.agentId ? agentPlaceOf(db, actor.agentId) : undefined;
  if (!me) throw new AppError('forbidden', 'this lead is not known to the local store yet: sync first');
  return { role: 'lead', agentId: me.id, teamId: me.team_id, branchId: me.branch_id };
}

/** A team the scope may look at: a lead's own, or any (existing) team for an admin. */
export function teamInScope(db: ReadableDB, scope: LeadScope, teamId: string | null): string | null {
  if (scope.role === 'lead') {
    if (teamId !== null && teamId !== scope.teamId) throw new AppError('forbidden', 'a lead sees their own team only');
    return scope.teamId;
  }
  if (teamId !== null && !organisationRowExists(db, 'teams', teamId)) throw new AppError('not_found', `no team with id ${teamId}`);
  return teamId;
}

/** The filter narrowed to the scope: a lead's reports always cover their own team (or branch). */
export function scopedFilter(db: ReadableDB, scope: LeadScope, filter: ReportFilter): ReportFilter {
  const exists = (table: 'branches' | 'teams' | 'agents', id: string | null) => {
    if (id !== null && !organisationRowExists(db, table, id)) throw new AppError('not_found', `no ${table.slice(0, -1)} with id ${id}`);
  };
  exists('branches', filter.branchId);
  exists('teams', filter.teamId);
  exists('agents', filter.agentId);
  if (scope.role === 'admin') return filter;
  const forbidden = () => new AppError('forbidden', 'a lead reports on their own team only');
  if (filter.branchId !== null && filter.branchId !== scope.branchId) throw forbidden();
  if (scope.teamId !== null && filter.teamId !== null && filter.teamId !== scope.teamId) throw forbidden();
  if (scope.teamId === null && filter.teamId !== null) {
    if (teamBranchOf(db, filter.teamId) !== scope.branchId) throw forbidden();
  }
  if (filter.agentId !== null) {
    const agent = agentPlaceOf(db, filter.agentId)!;
    if (scope.teamId !== null ? agent.team_id !== scope.teamId : agent.branch_id !== scope.branchId) throw forbidden();
  }
  return scope.teamId !== null ? { ...filter, teamId: scope.teamId } : { ...filter, branchId: scope.branchId };
}

/** What the report's filter bar may offer this lead or admin. */
export function reportOptions(db: ReadableDB, scope: LeadScope, now: number): ReportOptions {
  const branches = allBranches(db);
  const teams = allTeams(db).map((t) => ({
    id: t.id,
    name: t.name,
    branchId: t.branch_id,
  }));
  const agents = activeAgentsByNumber(db).map((a) => ({
    id: a.id,
    name: a.name,
    number: a.number,
    teamId: a.team_id,
    branchId: a.branch_id,
  }));
  const timeZone = calendarInForceAt(db, now).timeZone;
  const defaultPeriod = defaultReportPeriod(now, latestCaseCreatedAt(db), timeZone);
  if (scope.role === 'admin') return { role: 'admin', branches, teams, agents: agents.map(({ branchId: _b, ...a }) => a), fixedTeamId: null, defaultPeriod, timeZone };
  const inScope = (a: { teamId: string | null; branchId: string }) => (scope.teamId !== null ? a.teamId === scope.teamId : a.branchId === scope.branchId);
  return {
    role: 'lead',
    branches: branches.filter((b) => b.id === scope.branchId),
    teams: teams.filter((t) => (scope.teamId !== null ? t.id === scope.teamId : t.branchId === scope.branchId)),
    agents: agents.filter(inScope).map(({ branchId: _b, ...a }) => a),
    fixedTeamId: scope.teamId,
    defaultPeriod,
    timeZone,
  };
}
