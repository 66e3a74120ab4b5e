import type { casesContract } from '../../../shared/contract/cases';
import { bulkUpdateCases } from '../../actions/bulkUpdateCases';
import { getCaseDetail } from '../../store/cases/caseDetail';
import { getCaseSummary, listCases } from '../../store/cases/caseReads';
import { addNote, changeCaseStatus, createCase, updateCase } from '../../actions/caseActions';
import type { FeatureHandlers, HandlerDeps } from '../handlerDeps';
import { newCaseAlertsLead } from '../../../shared/domain/leadAlerts';

/** Cases: create, list, read, edit, and act on many at once. */
export function casesHandlers({ db, sync }: HandlerDeps) {
  return {
    createCase: (input, context) => {
      const summary = getCaseSummary(db, createCase(db, input, context));
      // Issue 17: a major complaint alerts the lead at once — push it now, not at the next poll.
      if (newCaseAlertsLead(input)) sync().syncSoon();
      return summary;
    },
    listCases: (query, context) => listCases(db, query, context.now),
    getCase: ({ caseId }) => getCaseDetail(db, caseId),
    updateCase: ({ caseId, changes }, context) => {
      updateCase(db, caseId, changes, context);
      return getCaseDetail(db, caseId);
    },
    changeCaseStatus: (input, context) => {
      changeCaseStatus(db, input, context);
      return getCaseDetail(db, input.caseId);
    },
    addNote: ({ caseId, text, kept }, context) => {
      addNote(db, caseId, text, context, kept);
      return getCaseDetail(db, caseId);
    },
    bulkUpdateCases: ({ caseIds, action }, context) => ({ results: bulkUpdateCases(db, caseIds, action, context) }),
  } satisfies FeatureHandlers<typeof casesContract>;
}
