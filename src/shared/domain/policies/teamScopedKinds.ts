import type { PolicyKind } from './policyRecords';

/**
 * The policy kinds a version of which may apply to one team only (issue 18: "leads for their own
 * team where it makes sense"): what the team's agents say and must have done on a call. A lead
 * publishes these for their own team; an admin for every team or one. SLA targets, the business
 * calendar and authority limits are branch-wide commitments (and a lead's own approval powers), so
 * they stay global and admin-only. A new kind that a team may tailor is one more entry here.
 */
export const teamScopedKinds: readonly PolicyKind[] = ['scripts', 'phrases', 'stageGates'];

export const isTeamScopedKind = (kind: PolicyKind): boolean => teamScopedKinds.includes(kind);
