import type { PolicyScope, policiesContract } from '../../../shared/contract/policies';
import { builtInPolicies } from '../../../shared/domain/policies/policyRecords';
import { policyTeamOf } from '../../actions/rulesInForce';
import { publishPolicy } from '../../actions/publishPolicy';
import type { Actor } from '../../store/actor';
import type { ReadableDB } from '../../store/db';
import { allBranches, allTeams } from '../../store/organisation/organisationReads';
import { policyRecords } from '../../store/policies/policyRows';
import type { FeatureHandlers, HandlerDeps } from '../handlerDeps';

/** Policies as data (issue 18). A published version syncs at once, so other desktops get it soon. */
export function policiesHandlers(deps: HandlerDeps) {
  const { db } = deps;
  return {
    listPolicies: () => [...builtInPolicies, ...policyRecords(db)],
    publishPolicy: (input, context) => {
      const record = publishPolicy(db, input, context);
      deps.sync().syncSoon(); // failures show in the sync status; published during a sync, it goes out right after it
      return record;
    },
    getPolicyScope: (_input, context) => policyScopeOf(db, context.actor),
  } satisfies FeatureHandlers<typeof policiesContract>;
}

function policyScopeOf(db: ReadableDB, actor: Actor): PolicyScope {
  const teamId = policyTeamOf(db, actor);
  const branches = new Map(allBranches(db).map((b) => [b.id, b.name]));
  const teams = allTeams(db).map((t) => ({ id: t.id, name: t.name, branchName: branches.get(t.branch_id) ?? null }));
  if (actor.role === 'admin') return { teamId, teams, global: true };
  if (actor.role === 'lead' && teamId !== null) {
    // Known from the sign-in reply before the team's row is pulled: named once it is.
    const own = teams.filter((t) => t.id === teamId);
    return { teamId, teams: own.length > 0 ? own : [{ id: teamId, name: '', branchName: null }], global: false };
  }
  return { teamId, teams: [], global: false };
}
