import type { policiesContract } from '../../../shared/contract/policies';
import { builtInPolicies } from '../../../shared/domain/policies/policyRecords';
import { publishPolicy } from '../../actions/publishPolicy';
import { policyRecords } from '../../store/policies/policyRows';
import type { FeatureHandlers, HandlerDeps } from '../handlerDeps';

/** Policies as data (issue 18). A published version syncs at once, so other desktops get it soon. */
export function policiesHandlers(deps: HandlerDeps) {
  const { db } = deps;
  return {
    listPolicies: () => [...builtInPolicies, ...policyRecords(db)],
    publishPolicy: (input, context) => {
      const record = publishPolicy(db, input, context);
      deps.sync().syncSoon(); // failures show in the sync status; published during a sync, it goes out right after it
      return record;
    },
  } satisfies FeatureHandlers<typeof policiesContract>;
}
