import { useMemo } from 'react';
import { policyInForce } from '../../../shared/domain/policies/policyInForce';
import { scriptsOf } from '../../../shared/domain/policies/scriptsPolicy';
import { defaultScripts } from '../../../shared/domain/scripts/defaultScripts';
import type { Script } from '../../../shared/domain/scripts/scriptTypes';
import { useApiQuery } from '../../ui/useApiQuery';

/**
 * The scripts in force when the call screen opened (issue 18): an admin's published edits in place
 * of the built-in lines. Asked once per call; until main answers (or if it cannot), the built-in scripts.
 */
export function useScriptsInForce(clock: () => number): readonly Script[] {
  const policies = useApiQuery((api) => api.listPolicies(), []);
  const records = policies.state === 'loaded' ? policies.value : null;
  return useMemo(() => (records ? scriptsOf(policyInForce(records, 'scripts', clock()).body) : defaultScripts), [records, clock]);
}
