/** Channels of the quality evaluation slice (质检, issue 18). Import-free, so the preload bundles it without zod. */
export const qualityChannels = {
  qualityQueue: 'quality:queue',
  qualityCallForScoring: 'quality:callForScoring',
  scoreCall: 'quality:score',
  myEvaluations: 'quality:mine',
  qualityEvaluation: 'quality:evaluation',
  acknowledgeEvaluation: 'quality:acknowledge',
  disputeEvaluation: 'quality:dispute',
  answerEvaluation: 'quality:answer',
  qualityReport: 'quality:report',
  addImprovementAction: 'quality:addAction',
  finishImprovementAction: 'quality:finishAction',
  listScorecards: 'quality:scorecards',
  saveScorecard: 'quality:saveScorecard',
} as const;
