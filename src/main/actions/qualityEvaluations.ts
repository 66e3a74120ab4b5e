import { v7 as uuidv7 } from 'uuid';
import { COMMENT_REQUIRED, nextState, type EvaluationEventKind } from '../../shared/domain/quality/exchange';
import { prefillMarks } from '../../shared/domain/quality/prefill';
import { overridesWithoutReason, scoreOf } from '../../shared/domain/quality/score';
import { defaultScorecard, scorecardAt, type Scorecard } from '../../shared/domain/quality/scorecard';
import { AppError, type FieldIssue } from '../../shared/result';
import type { EvaluationDetail, EvaluationMark, ScoreCallInput } from '../../shared/schemas/quality';
import type { LeadScope } from '../reports/reportAccess';
import type { Actor, WriteContext } from '../store/actor';
import { callEvidenceRow, keptPhrasesOfCall } from '../store/calls/callQualityReads';
import type { ReadableDB, WritableDB } from '../store/db';
import { eventsOfEvaluation, insertEvaluationEvent } from '../store/quality/evaluationEvents';
import { evaluationById, evaluationOfCall, insertEvaluation, moveEvaluationState, rescoreEvaluation } from '../store/quality/evaluationRows';
import { actionsOfEvaluation, completeImprovementAction, improvementActionById, insertImprovementAction } from '../store/quality/improvementActions';
import { savedScorecards } from '../store/quality/scorecardRows';
import { appendMutation } from '../store/sync/outbox';
import { callInScope, evidenceOf } from './qualityEvidence';

/** The card an evaluation was scored on (the built-in one when that version is not known here). */
export function scorecardOf(db: ReadableDB, id: string, version: number): Scorecard {
  return savedScorecards(db).find((c) => c.id === id && c.version === version) ?? defaultScorecard;
}

/** An evaluation with its card, timeline and actions; by its id or by its call's. */
export function evaluationDetail(db: ReadableDB, key: string, by: 'id' | 'call' = 'id'): EvaluationDetail | undefined {
  const evaluation = by === 'id' ? evaluationById(db, key) : evaluationOfCall(db, key);
  if (!evaluation) return undefined;
  return { ...evaluation, scorecard: scorecardOf(db, evaluation.scorecardId, evaluation.scorecardVersion), events: eventsOfEvaluation(db, evaluation.id), actions: actionsOfEvaluation(db, evaluation.id) };
}

/**
 * A lead scores a saved call of their team (never their own). The evidence is read again here, so
 * what counts as pre-filled is the store's, not the screen's: a mark that differs from it needs a
 * reason. Every criterion of the card needs a mark. ONE transaction: the evaluation, its `scored`
 * (or `rescored`) event and the outbox mutation. An acknowledged evaluation is final.
 */
export function scoreCall(db: WritableDB, scope: LeadScope, input: ScoreCallInput, ctx: WriteContext): EvaluationDetail {
  const scorerId = scope.agentId;
  if (!scorerId) throw new AppError('forbidden', 'a call is scored by a named lead');
  const id = db.transaction(() => {
    const row = callEvidenceRow(db, input.callId);
    if (!row) throw new AppError('not_found', `no saved call ${input.callId}`);
    callInScope(db, scope, row.agent_id);
    if (row.agent_id === scorerId) throw new AppError('forbidden', 'a lead cannot score their own call');
    const existing = evaluationOfCall(db, input.callId);
    if (existing?.state === 'acknowledged') throw new AppError('invalid_transition', 'the agent has acknowledged this evaluation: it is final');
    const card = existing ? scorecardOf(db, existing.scorecardId, existing.scorecardVersion) : scorecardAt(savedScorecards(db), row.started_at);
    const suggested = new Map(prefillMarks(card, evidenceOf(row, keptPhrasesOfCall(db, row.case_id, row.id), ctx.now)).map((m) => [m.criterionId, m.prefilled]));
    const given = new Map(input.marks.map((m) => [m.criterionId, m]));
    const issues: FieldIssue[] = [];
    for (const m of input.marks) if (!suggested.has(m.criterionId)) issues.push({ path: `marks.${m.criterionId}`, key: 'invalid' });
    const marks: EvaluationMark[] = card.criteria.flatMap((c) => {
      const m = given.get(c.id);
      if (!m) {
        issues.push({ path: `marks.${c.id}`, key: 'required' });
        return [];
      }
      return [{ criterionId: c.id, mark: m.mark, prefilled: suggested.get(c.id) ?? null, overrideReason: m.overrideReason, note: m.note }];
    });
    for (const criterionId of overridesWithoutReason(marks)) issues.push({ path: `marks.${criterionId}.overrideReason`, key: 'overrideReasonRequired' });
    if (issues.length > 0) throw new AppError('validation', `the evaluation is incomplete: ${issues.map((i) => `${i.path} ${i.key}`).join(', ')}`, issues);
    const score = scoreOf(card, marks);
    const evaluationId = existing?.id ?? uuidv7();
    if (existing) rescoreEvaluation(db, evaluationId, { marks, score, scoredBy: scorerId, at: ctx.now });
    else insertEvaluation(db, { id: evaluationId, callId: row.id, caseId: row.case_id, agentId: row.agent_id, scoredBy: scorerId, scorecardId: card.id, scorecardVersion: card.version, marks, score, at: ctx.now });
    insertEvaluationEvent(db, { id: uuidv7(), evaluationId, kind: existing ? 'rescored' : 'scored', actorId: scorerId, at: ctx.now, comment: '' });
    appendMutation(db, 'quality.score', { evaluationId, callId: row.id, score }, ctx.now);
    return evaluationId;
  })();
  return evaluationDetail(db, id)!;
}

/**
 * The exchange after scoring: the evaluated agent acknowledges or disputes (a dispute says why),
 * a lead of their team answers a dispute. ONE transaction: the state, the timeline event and the
 * outbox mutation; a step that cannot follow the current state is refused and nothing changes.
 */
export function stepEvaluation(db: WritableDB, actor: Actor, step: Exclude<EvaluationEventKind, 'scored' | 'rescored'>, input: { evaluationId: string; comment: string }, ctx: WriteContext, scope?: LeadScope): EvaluationDetail {
  db.transaction(() => {
    const evaluation = evaluationById(db, input.evaluationId);
    if (!evaluation) throw new AppError('not_found', `no evaluation ${input.evaluationId}`);
    if (step === 'answered') {
      if (!scope) throw new AppError('forbidden', 'only a lead answers a dispute');
      callInScope(db, scope, evaluation.agentId);
    } else if (actor.agentId === null || actor.agentId !== evaluation.agentId) {
      throw new AppError('forbidden', 'only the evaluated agent may acknowledge or dispute an evaluation');
    }
    if (COMMENT_REQUIRED.includes(step) && input.comment.trim() === '') throw new AppError('validation', 'say why', [{ path: 'comment', key: 'required' }]);
    const to = nextState(evaluation.state, step);
    if (to === null) throw new AppError('invalid_transition', `an evaluation that is ${evaluation.state} cannot be ${step}`);
    if (!moveEvaluationState(db, evaluation.id, evaluation.state, to, ctx.now)) throw new AppError('conflict', 'the evaluation changed meanwhile');
    insertEvaluationEvent(db, { id: uuidv7(), evaluationId: evaluation.id, kind: step, actorId: actor.agentId, at: ctx.now, comment: input.comment.trim() });
    appendMutation(db, `quality.${step}`, { evaluationId: evaluation.id }, ctx.now);
  })();
  return evaluationDetail(db, input.evaluationId)!;
}

/** A lead agrees an improvement action on an evaluation of their team, due by a date not in the past. */
export function addImprovementAction(db: WritableDB, scope: LeadScope, input: { evaluationId: string; criterionId: string | null; text: string; dueAt: number }, ctx: WriteContext): EvaluationDetail {
  db.transaction(() => {
    const evaluation = evaluationById(db, input.evaluationId);
    if (!evaluation) throw new AppError('not_found', `no evaluation ${input.evaluationId}`);
    callInScope(db, scope, evaluation.agentId);
    if (input.dueAt < ctx.now) throw new AppError('validation', 'an action is due in the future', [{ path: 'dueAt', key: 'inPast' }]);
    if (input.criterionId !== null && !evaluation.marks.some((m) => m.criterionId === input.criterionId)) throw new AppError('validation', 'no such criterion on this evaluation', [{ path: 'criterionId', key: 'invalid' }]);
    insertImprovementAction(db, { id: uuidv7(), evaluationId: evaluation.id, criterionId: input.criterionId, text: input.text, dueAt: input.dueAt, createdBy: scope.agentId, at: ctx.now });
    appendMutation(db, 'quality.addAction', { evaluationId: evaluation.id }, ctx.now);
  })();
  return evaluationDetail(db, input.evaluationId)!;
}

/** A lead marks an action done. */
export function finishImprovementAction(db: WritableDB, scope: LeadScope, id: string, ctx: WriteContext): EvaluationDetail {
  const action = improvementActionById(db, id);
  if (!action) throw new AppError('not_found', `no improvement action ${id}`);
  db.transaction(() => {
    callInScope(db, scope, action.agentId ?? null);
    if (!completeImprovementAction(db, id, ctx.now)) throw new AppError('conflict', 'the action is done already');
    appendMutation(db, 'quality.actionDone', { id }, ctx.now);
  })();
  return evaluationDetail(db, action.evaluationId)!;
}
