import type { repliesContract } from '../../../shared/contract/replies';
import { recordCaseReply } from '../../actions/recordReplies';
import { getCaseDetail } from '../../store/cases/caseDetail';
import type { FeatureHandlers, HandlerDeps } from '../handlerDeps';

/** Replies: one chat or email reply recorded on a saved case. */
export function repliesHandlers({ db }: HandlerDeps) {
  return {
    recordCaseReply: (request, context) => {
      recordCaseReply(db, request, context);
      return getCaseDetail(db, request.caseId);
    },
  } satisfies FeatureHandlers<typeof repliesContract>;
}
