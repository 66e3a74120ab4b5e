import type { returnsContract } from '../../../shared/contract/returns';
import { advanceReturn } from '../../actions/returnActions';
import { getCaseDetail } from '../../store/cases/caseDetail';
import type { FeatureHandlers, HandlerDeps } from '../handlerDeps';
import { rulesInForceAt } from '../../actions/rulesInForce';

/** Returns: each step after the request. */
export function returnsHandlers({ db }: HandlerDeps) {
  return {
    advanceReturn: ({ returnId, act }, context) => getCaseDetail(db, advanceReturn(db, returnId, act, context, rulesInForceAt(db, context.now)).caseId),
  } satisfies FeatureHandlers<typeof returnsContract>;
}
