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
 * the published versions in place of the built-in ones — for scripts and gates, those of every
 * team and of the signed-in agent's team (a lead's), whichever took effect later. Until main answers (or if it cannot), the built-in rules.
 * `dispositionsAt(startedAt)`: the active disposition codes (the same for every team) in force when a call started (main
 * accepts those and the ones in force when it is saved).
 */
export function useCallRules(clock: () => number): { scripts: readonly Script[]; gates: Required<CallRules>; dispositionsAt(at: number): readonly DispositionCode[] } {
  const { records, teamId, ready } = usePolicies();
  return useMemo(() => {
    if (!ready) return builtIn;
    const at = clock();
    return {
      scripts: scriptsOf(policyInForce(records, 'scripts', at, teamId).body),
      gates: { ...policyInForce(records, 'stageGates', at, teamId).body, ...policyInForce(records, 'authorityLimits', at, null).body },
      dispositionsAt: (startedAt: number) => offeredDispositions(policyInForce(records, 'dispositions', startedAt, null).body),
    };
  }, [records, teamId, ready, clock]);
}
