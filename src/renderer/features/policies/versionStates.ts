import { policyInForce } from '../../../shared/domain/policies/policyInForce';
import type { PolicyKind, PolicyRecord } from '../../../shared/domain/policies/policyRecords';

export type VersionState = 'inForce' | 'scheduled' | 'superseded';

/**
 * Every version of a kind, newest effective first, each with whether it is in force at `now`,
 * scheduled, or superseded. In force for whom: for `forTeam` when given (a lead sees what applies
 * to their team); otherwise (an admin) for the scope it was published for — a team's version for
 * that team, a global one for the teams without a later version of their own.
 */
export function versionsOf(records: readonly PolicyRecord[], kind: PolicyKind, now: number, forTeam?: string | null): { record: PolicyRecord; state: VersionState }[] {
  return records
    .filter((r) => r.kind === kind)
    .sort((a, b) => b.effectiveFrom - a.effectiveFrom || b.version - a.version || b.createdAt - a.createdAt)
    .map((record) => ({
      record,
      state: policyInForce(records, kind, now, forTeam === undefined ? record.teamId : forTeam).id === record.id ? 'inForce' : record.effectiveFrom > now ? 'scheduled' : 'superseded',
    }));
}
