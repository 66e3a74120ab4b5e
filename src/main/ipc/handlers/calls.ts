import type { callsContract } from '../../../shared/contract/calls';
import { discardCallDraft, openCallDraft, saveCallDraft } from '../../store/calls/callDrafts';
import { getCaseDetail } from '../../store/cases/caseDetail';
import { finishCall } from '../../actions/finishCall';
import { saveWrapUp } from '../../actions/saveWrapUp';
import type { FeatureHandlers, HandlerDeps } from '../handlerDeps';

/** The call in progress: its draft, finishing it, and the wrap-up. */
export function callsHandlers({ db }: HandlerDeps) {
  return {
    saveWrapUp: (input, context) => {
      saveWrapUp(db, input, context);
      return getCaseDetail(db, input.caseId);
    },
    saveCallDraft: ({ draft }, context) => {
      saveCallDraft(db, draft, context.actor.agentId);
      return { savedAt: context.now };
    },
    openCallDraft: () => openCallDraft(db),
    discardCallDraft: ({ id }) => ({ discarded: discardCallDraft(db, id) }),
    finishCall: ({ draft }, context) => getCaseDetail(db, finishCall(db, draft, context)),
  } satisfies FeatureHandlers<typeof callsContract>;
}
