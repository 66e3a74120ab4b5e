import type { Scorecard } from '../domain/quality/scorecard';
import {
  actionQuery,
  addActionInput,
  callQuery,
  evaluationQuery,
  evaluationStepInput,
  periodQuery,
  queueQuery,
  saveScorecardInput,
  scoreCallInput,
  type CallForScoring,
  type EvaluationDetail,
  type QualityEvaluation,
  type QualityQueue,
  type QualityReport,
} from '../schemas/quality';
import type { qualityChannels } from './channels/quality';
import { none, type SliceContract } from './slice';

/** Quality evaluation (质检): leads score calls with their evidence, agents acknowledge or dispute. */
export const qualityContract = {
  /** Leads: the week's calls to evaluate (seeded draw per agent, every complaint, every low survey). */
  qualityQueue: { request: queueQuery, reply: {} as QualityQueue },
  /** Leads: a call's evidence, the card in force, the pre-filled marks and any evaluation made. */
  qualityCallForScoring: { request: callQuery, reply: {} as CallForScoring },
  /** Leads: score (or score again) a call of their team. */
  scoreCall: { request: scoreCallInput, reply: {} as EvaluationDetail },
  /** The signed-in agent's own evaluations, newest first. */
  myEvaluations: { request: none, reply: {} as QualityEvaluation[] },
  /** One evaluation with its timeline: the evaluated agent, or a lead of their team. */
  qualityEvaluation: { request: evaluationQuery, reply: {} as EvaluationDetail },
  acknowledgeEvaluation: { request: evaluationStepInput, reply: {} as EvaluationDetail },
  disputeEvaluation: { request: evaluationStepInput, reply: {} as EvaluationDetail },
  answerEvaluation: { request: evaluationStepInput, reply: {} as EvaluationDetail },
  /** Leads: scores per agent and team over a period, most missed criteria, improvement actions. */
  qualityReport: { request: periodQuery, reply: {} as QualityReport },
  addImprovementAction: { request: addActionInput, reply: {} as EvaluationDetail },
  finishImprovementAction: { request: actionQuery, reply: {} as EvaluationDetail },
  /** Saved scorecard versions (the built-in card is version 1), oldest first. */
  listScorecards: { request: none, reply: {} as Scorecard[] },
  saveScorecard: { request: saveScorecardInput, reply: {} as Scorecard },
} satisfies SliceContract<typeof qualityChannels>;
