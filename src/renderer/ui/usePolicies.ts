import { useEffect, useRef } from 'react';
import { builtInPolicies, type PolicyRecord } from '../../shared/domain/policies/policyRecords';
import { useApi } from '../apiContext';
import { useApiQuery } from './useApiQuery';

/**
 * The policy versions this desktop knows (issue 18), for the clocks on screen: asked of main when
 * the screen mounts and again after each sync (a version pulled meanwhile applies to clocks that
 * start after its effective time). Until the answer comes (or when it fails) the built-in defaults
 * stand, as a desktop that has pulled nothing runs on them. `ready` tells whether the stored versions are in.
 */
export function usePolicies(): { records: readonly PolicyRecord[]; ready: boolean } {
  const api = useApi();
  const query = useApiQuery((a) => a.listPolicies(), [], () => true);
  const { retry } = query;
  const lastSync = useRef<number | null>(null);
  useEffect(
    () =>
      api.onSyncStatus((status) => {
        if (status.lastSyncAt === null || status.lastSyncAt === lastSync.current) return;
        lastSync.current = status.lastSyncAt;
        retry();
      }),
    [api, retry],
  );
  return query.state === 'loaded' ? { records: query.value, ready: true } : { records: builtInPolicies, ready: query.state === 'failed' };
}
