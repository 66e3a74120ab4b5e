import { policyInForce } from '../../../shared/domain/policies/policyInForce';
import type { PolicyKind, PolicyRecord } from '../../../shared/domain/policies/policyRecords';

export type VersionState = 'inForce' | 'scheduled' | 'superseded';

/**
 * Every version of a kind, newest effective first, each with whether it is in force at `now` for
 * the scope it was published for (a team's version for that team; a global one for the teams
 * without a later version of their own), scheduled, or superseded.
 */
export function versionsOf(records: readonly PolicyRecord[], kind: PolicyKind, now: number): { record: PolicyRecord; state: VersionState }[] {
  return records
    .filter((r) => r.kind === kind)
    .sort((a, b) => b.effectiveFrom - a.effectiveFrom || b.version - a.version || b.createdAt - a.createdAt)
    .map((record) => ({
      record,
      state: policyInForce(records, kind, now, record.teamId).id === record.id ? 'inForce' : record.effectiveFrom > now ? 'scheduled' : 'superseded',
    }));
}
