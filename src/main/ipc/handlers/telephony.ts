import { clockFactsOf } from '../../../shared/domain/caseClockFacts';
import type { telephonyContract } from '../../../shared/contract/telephony';
import { AppError } from '../../../shared/result';
import { recordCallEvent } from '../../actions/recordCallEvent';
import { callEventsOf } from '../../store/calls/callEvents';
import { caseClockSources } from '../../store/cases/caseClockReads';
import type { FeatureHandlers, HandlerDeps } from '../handlerDeps';

/** Call controls and case clocks. */
export function telephonyHandlers({ db }: HandlerDeps) {
  return {
    recordCallEvent: ({ callRef, kind, callerNumber, target }, context) =>
      recordCallEvent(db, { callRef, kind, at: context.now, receivedAt: context.now, source: 'agent', callerNumber: callerNumber ?? null, agentId: context.actor.agentId, target }),
    listCallEvents: ({ callRef }) => callEventsOf(db, callRef),
    getCaseClockFacts: ({ caseId }) => {
      const sources = caseClockSources(db, caseId);
      if (!sources) throw new AppError('not_found', `no case with id ${caseId}`);
      return clockFactsOf(sources);
    },
  } satisfies FeatureHandlers<typeof telephonyContract>;
}
