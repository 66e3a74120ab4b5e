import type { returnsContract } from '../../../shared/contract/returns';
import { advanceReturn } from '../../actions/returnActions';
import { getCaseDetail } from '../../store/cases/caseDetail';
import type { FeatureHandlers, HandlerDeps } from '../handlerDeps';

/** Returns: each step after the request. */
export function returnsHandlers({ db }: HandlerDeps) {
  return {
    advanceReturn: ({ returnId, act }, context) => getCaseDetail(db, advanceReturn(db, returnId, act, context).caseId),
  } satisfies FeatureHandlers<typeof returnsContract>;
}
