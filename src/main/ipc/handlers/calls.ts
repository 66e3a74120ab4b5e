import type { callsContract } from '../../../shared/contract/calls';
import { discardCallDraft, openCallDraft, saveCallDraft } from '../../store/calls/callDrafts';
import { getCaseDetail } from '../../store/cases/caseDetail';
import { finishCall } from '../../actions/finishCall';
import { saveWrapUp } from '../../actions/saveWrapUp';
import type { FeatureHandlers, HandlerDeps } from '../handlerDeps';
import { newCaseAlertsLead } from '../../../shared/domain/leadAlerts';

/** The call in progress: its draft, finishing it, and the wrap-up. */
export function callsHandlers({ db, sync }: HandlerDeps) {
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
    finishCall: ({ draft }, context) => {
      const detail = getCaseDetail(db, finishCall(db, draft, context));
      // Issue 17: a new major complaint alerts the lead at once — push it now, not at the next poll.
      if (draft.caseId === null && newCaseAlertsLead(draft)) sync().syncSoon();
      return detail;
    },
  } satisfies FeatureHandlers<typeof callsContract>;
}
