import { offeredDispositions } from './dispositionsPolicy';
import { policyInForce } from './policyInForce';
import type { PolicyRecord } from './policyRecords';

/**
 * Whether a call may be saved with `code`: it must be active in the version in force at one of
 * `instants` — the call's start (what the screen offered when the draft began, so a draft made
 * before a change still saves) and the save (a code published during the call). A retired code,
 * or one no version has, is refused.
 */
export function dispositionAccepted(records: readonly PolicyRecord[], code: string, instants: readonly number[]): boolean {
  return instants.some((at) => offeredDispositions(policyInForce(records, 'dispositions', at, null).body).some((c) => c.code === code));
}
