import { policyInForce } from '../../../shared/domain/policies/policyInForce';
import type { PolicyKind, PolicyRecord } from '../../../shared/domain/policies/policyRecords';

export type VersionState = 'inForce' | 'scheduled' | 'superseded';

/** Every version of a kind, newest effective first, each with whether it is in force at `now`, scheduled, or superseded. */
export function versionsOf(records: readonly PolicyRecord[], kind: PolicyKind, now: number): { record: PolicyRecord; state: VersionState }[] {
  const current = policyInForce(records, kind, now);
  return records
    .filter((r) => r.kind === kind)
    .sort((a, b) => b.effectiveFrom - a.effectiveFrom || b.version - a.version || b.createdAt - a.createdAt)
    .map((record) => ({ record, state: record.id === current.id ? 'inForce' : record.effectiveFrom > now ? 'scheduled' : 'superseded' }));
}
