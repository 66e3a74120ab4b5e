import type { PolicyRecord } from '../domain/policies/policyRecords';
import { publishPolicyInput } from '../schemas/policies';
import type { policiesChannels } from './channels/policies';
import { none, type SliceContract } from './slice';

/** A team a version may be published for, as the scope picker and the version list name it. */
export interface PolicyTeam {
  id: string;
  name: string;
  branchName: string | null;
}

/**
 * Whose rules apply on this desktop and for whom the signed-in person may publish: `teamId` the
 * signed-in agent's team (null: none known — the global versions only); `teams` the teams they may
 * publish a team-scoped kind for (an admin every team this desktop knows, a lead their own, anyone
 * else none); `global` whether they may publish for every team (admins).
 */
export interface PolicyScope {
  teamId: string | null;
  teams: PolicyTeam[];
  global: boolean;
}

/** Policies as data (issue 18): every version this desktop knows, and an admin publishing a new one. */
export const policiesContract = {
  /** Every version of every policy kind, the built-in version 1 included, oldest effective first; anyone signed in (the clocks need them). */
  listPolicies: { request: none, reply: {} as PolicyRecord[] },
  /** Admins any kind for every team or one; leads scripts, phrases and stage gates for their own team: a new version, effective from the chosen time; synced to every desktop. */
  publishPolicy: { request: publishPolicyInput, reply: {} as PolicyRecord },
  /** The signed-in agent's team (whose versions apply here) and the teams they may publish for. */
  getPolicyScope: { request: none, reply: {} as PolicyScope },
} satisfies SliceContract<typeof policiesChannels>;
