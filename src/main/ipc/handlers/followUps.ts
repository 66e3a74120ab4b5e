import type { followUpsContract } from '../../../shared/contract/followUps';
import { listFollowUps } from '../../store/followUps/followUpReads';
import { completeFollowUp } from '../../actions/followUpActions';
import { markMissedFollowUps } from '../../actions/missedFollowUps';
import type { FeatureHandlers, HandlerDeps } from '../handlerDeps';

/** The follow-up queue; "today" is this computer's day. Follow-ups past their time are marked missed before it is read. */
export function followUpsHandlers({ db }: HandlerDeps) {
  return {
    listFollowUps: (query, context) => {
      markMissedFollowUps(db, context.now);
      return listFollowUps(db, query, context.now, context.utcOffsetMinutes);
    },
    completeFollowUp: ({ id, note }, context) => {
      completeFollowUp(db, id, note, context);
      return listFollowUps(db, { view: 'today', limit: 200 }, context.now, context.utcOffsetMinutes);
    },
  } satisfies FeatureHandlers<typeof followUpsContract>;
}
