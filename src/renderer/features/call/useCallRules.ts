import { useMemo } from 'react';
import { defaultGatePolicy, type GatePolicy } from '../../../shared/domain/callFlow';
import { policyInForce } from '../../../shared/domain/policies/policyInForce';
import { scriptsOf } from '../../../shared/domain/policies/scriptsPolicy';
import { defaultScripts } from '../../../shared/domain/scripts/defaultScripts';
import type { Script } from '../../../shared/domain/scripts/scriptTypes';
import { usePolicies } from '../../ui/usePolicies';

/**
 * The scripts and stage gates in force when the call screen opened (issue 18): an admin's
 * published edits in place of the built-in ones. Until main answers (or if it cannot), the built-in rules.
 */
export function useCallRules(clock: () => number): { scripts: readonly Script[]; gates: GatePolicy } {
  const { records, ready } = usePolicies();
  return useMemo(() => {
    if (!ready) return { scripts: defaultScripts, gates: defaultGatePolicy };
    const at = clock();
    return { scripts: scriptsOf(policyInForce(records, 'scripts', at).body), gates: policyInForce(records, 'stageGates', at).body };
  }, [records, ready, clock]);
}
