import { useMemo } from 'react';
import { defaultGatePolicy, type CallRules } from '../../../shared/domain/callFlow';
import { builtInAuthorityPolicy } from '../../../shared/domain/policies/authorityPolicy';
import { builtInDispositionsPolicy, offeredDispositions, type DispositionCode } from '../../../shared/domain/policies/dispositionsPolicy';
import { policyInForce } from '../../../shared/domain/policies/policyInForce';
import { scriptsOf } from '../../../shared/domain/policies/scriptsPolicy';
import { defaultScripts } from '../../../shared/domain/scripts/defaultScripts';
import type { Script } from '../../../shared/domain/scripts/scriptTypes';
import { usePolicies } from '../../ui/usePolicies';

const builtInCodes = offeredDispositions(builtInDispositionsPolicy);
const builtIn = { scripts: defaultScripts, gates: { ...defaultGatePolicy, ...builtInAuthorityPolicy }, dispositionsAt: () => builtInCodes };

/**
 * The scripts, stage gates and authority limits in force when the call screen opened (issue 18):
 * an admin's published versions in place of the built-in ones. Until main answers (or if it cannot), the built-in rules.
 * `dispositionsAt(startedAt)`: the active disposition codes in force when a call started (main
 * accepts those and the ones in force when it is saved).
 */
export function useCallRules(clock: () => number): { scripts: readonly Script[]; gates: Required<CallRules>; dispositionsAt(at: number): readonly DispositionCode[] } {
  const { records, ready } = usePolicies();
  return useMemo(() => {
    if (!ready) return builtIn;
    const at = clock();
    return {
      scripts: scriptsOf(policyInForce(records, 'scripts', at).body),
      gates: { ...policyInForce(records, 'stageGates', at).body, ...policyInForce(records, 'authorityLimits', at).body },
      dispositionsAt: (startedAt: number) => offeredDispositions(policyInForce(records, 'dispositions', startedAt).body),
    };
  }, [records, ready, clock]);
}
