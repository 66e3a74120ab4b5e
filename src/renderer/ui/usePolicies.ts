import { useEffect, useRef } from 'react';
import type { AgentDeskApi } from '../../shared/api';
import { builtInPolicies, type PolicyRecord } from '../../shared/domain/policies/policyRecords';
import type { Result } from '../../shared/result';
import { useApi } from '../apiContext';
import { useApiQuery } from './useApiQuery';

/** The policy versions this desktop knows and the signed-in agent's team, whose team versions apply here. */
export interface PoliciesHere {
  records: readonly PolicyRecord[];
  teamId: string | null;
}

/** Asks main for both at once: every version, and the team (null: none known — the global versions only). */
export async function policiesHere(api: AgentDeskApi): Promise<Result<PoliciesHere>> {
  const [records, scope] = await Promise.all([api.listPolicies(), api.getPolicyScope()]);
  if (!records.ok) return records;
  if (!scope.ok) return scope;
  return { ok: true, value: { records: records.value, teamId: scope.value.teamId } };
}

/**
 * The policy versions this desktop knows (issue 18), for the clocks and call rules on screen, and
 * the team whose own versions of scripts, phrases and stage gates apply: asked of main when the
 * screen mounts and again after each sync (a version pulled meanwhile applies to clocks that start
 * after its effective time). Until the answer comes (or when it fails) the built-in defaults
 * stand, as a desktop that has pulled nothing runs on them. `ready` tells whether the stored versions are in.
 */
export function usePolicies(): PoliciesHere & { ready: boolean } {
  const api = useApi();
  const query = useApiQuery(policiesHere, [], () => true);
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
  return query.state === 'loaded' ? { ...query.value, ready: true } : { records: builtInPolicies, teamId: null, ready: query.state === 'failed' };
}
