/**
 * The exchange after a call is scored: the lead scores (and may score again), the evaluated
 * agent acknowledges or disputes with a comment, the lead answers a dispute, after which the agent
 * may acknowledge. Every step is an event on the evaluation's timeline.
 */
export const evaluationStates = ['scored', 'acknowledged', 'disputed', 'answered'] as const;
export type EvaluationState = (typeof evaluationStates)[number];

export const evaluationEventKinds = ['scored', 'rescored', 'acknowledged', 'disputed', 'answered'] as const;
export type EvaluationEventKind = (typeof evaluationEventKinds)[number];

/** Who may record each step: the lead who scores, or the agent who was evaluated. */
export const stepActor: Record<EvaluationEventKind, 'lead' | 'evaluated'> = {
  scored: 'lead',
  rescored: 'lead',
  acknowledged: 'evaluated',
  disputed: 'evaluated',
  answered: 'lead',
};

/** The state each step may follow, and the state it leads to. */
const moves: Record<EvaluationEventKind, { from: readonly (EvaluationState | null)[]; to: EvaluationState }> = {
  scored: { from: [null], to: 'scored' },
  rescored: { from: ['scored', 'disputed', 'answered'], to: 'scored' },
  acknowledged: { from: ['scored', 'answered'], to: 'acknowledged' },
  disputed: { from: ['scored', 'answered'], to: 'disputed' },
  answered: { from: ['disputed'], to: 'answered' },
};

/** The state after `step`, or null when the step cannot follow `state` (e.g. answering an undisputed evaluation). */
export function nextState(state: EvaluationState | null, step: EvaluationEventKind): EvaluationState | null {
  const move = moves[step];
  return move.from.includes(state) ? move.to : null;
}

/** Whether a stored state may become another (the server's check on a pushed row). */
export function mayMove(from: EvaluationState, to: EvaluationState): boolean {
  if (from === to) return true;
  return evaluationEventKinds.some((k) => moves[k].from.includes(from) && moves[k].to === to);
}

/** Disputes and answers must say something. */
export const COMMENT_REQUIRED: readonly EvaluationEventKind[] = ['disputed', 'answered'];
