import { builtInPolicies, type PolicyRecord } from '../../shared/domain/policies/policyRecords';
import { useApiQuery } from './useApiQuery';

/**
 * The policy versions this desktop knows (issue 18), for the clocks on screen: asked of main once
 * per mounted screen; until the answer comes (or when it fails) the built-in defaults stand, as a
 * desktop that has pulled nothing runs on them. `ready` tells whether the stored versions are in.
 */
export function usePolicies(): { records: readonly PolicyRecord[]; ready: boolean } {
  const query = useApiQuery((api) => api.listPolicies(), []);
  return query.state === 'loaded' ? { records: query.value, ready: true } : { records: builtInPolicies, ready: query.state === 'failed' };
}
