import type { qualityContract } from '../../../shared/contract/quality';
import { defaultScorecard } from '../../../shared/domain/quality/scorecard';
import { AppError } from '../../../shared/result';
import { callForScoring, callInScope } from '../../actions/qualityEvidence';
import { addImprovementAction, evaluationDetail, finishImprovementAction, scoreCall, stepEvaluation } from '../../actions/qualityEvaluations';
import { qualityQueue, qualityReport, saveScorecard } from '../../actions/qualityQueue';
import { leadScopeOf } from '../../reports/reportAccess';
import { evaluationsOfAgent } from '../../store/quality/evaluationRows';
import { savedScorecards } from '../../store/quality/scorecardRows';
import type { FeatureHandlers, HandlerDeps } from '../handlerDeps';

/**
 * Quality evaluation (质检, issue 18). Writes sync at once, or right after the sync under way (joining
 * it would leave a write made after its push to the next poll), so the agent sees a score and the
 * lead a dispute without waiting.
 */
export function qualityHandlers(deps: HandlerDeps) {
  const { db } = deps;
  const pushNow = () => deps.sync().syncSoon(); // failures show in the sync status
  const pushed = <T>(value: T): T => {
    pushNow();
    return value;
  };
  return {
    qualityQueue: ({ at, perAgent }, context) => qualityQueue(db, leadScopeOf(db, context.actor), at, perAgent),
    qualityCallForScoring: ({ callId }, context) => callForScoring(db, leadScopeOf(db, context.actor), callId, context.now),
    scoreCall: (input, context) => pushed(scoreCall(db, leadScopeOf(db, context.actor), input, context)),
    myEvaluations: (_input, context) => (context.actor.agentId ? evaluationsOfAgent(db, context.actor.agentId) : []),
    qualityEvaluation: ({ evaluationId }, context) => {
      const detail = evaluationDetail(db, evaluationId);
      if (!detail) throw new AppError('not_found', `no evaluation ${evaluationId}`);
      if (detail.agentId !== context.actor.agentId) callInScope(db, leadScopeOf(db, context.actor), detail.agentId);
      return detail;
    },
    acknowledgeEvaluation: (input, context) => pushed(stepEvaluation(db, context.actor, 'acknowledged', input, context)),
    disputeEvaluation: (input, context) => pushed(stepEvaluation(db, context.actor, 'disputed', input, context)),
    answerEvaluation: (input, context) => pushed(stepEvaluation(db, context.actor, 'answered', input, context, leadScopeOf(db, context.actor))),
    qualityReport: ({ from, to }, context) => qualityReport(db, leadScopeOf(db, context.actor), from, to),
    addImprovementAction: (input, context) => pushed(addImprovementAction(db, leadScopeOf(db, context.actor), input, context)),
    finishImprovementAction: ({ id }, context) => pushed(finishImprovementAction(db, leadScopeOf(db, context.actor), id, context)),
    listScorecards: () => [defaultScorecard, ...savedScorecards(db)],
    saveScorecard: (input, context) => pushed(saveScorecard(db, leadScopeOf(db, context.actor), input, context)),
  } satisfies FeatureHandlers<typeof qualityContract>;
}
