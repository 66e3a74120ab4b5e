import type { followUpsContract } from '../../../shared/contract/followUps';
import { listFollowUps } from '../../store/followUps/followUpReads';
import { completeFollowUp } from '../../actions/followUpActions';
import type { FeatureHandlers, HandlerDeps } from '../handlerDeps';

/** The follow-up queue; "today" is this computer's day. */
export function followUpsHandlers({ db }: HandlerDeps) {
  return {
    listFollowUps: (query, context) => listFollowUps(db, query, context.now, context.utcOffsetMinutes),
    completeFollowUp: ({ id, note }, context) => {
      completeFollowUp(db, id, note, context);
      return listFollowUps(db, { view: 'today', limit: 200 }, context.now, context.utcOffsetMinutes);
    },
  } satisfies FeatureHandlers<typeof followUpsContract>;
}
