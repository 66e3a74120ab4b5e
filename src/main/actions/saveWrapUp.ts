import { v7 as uuidv7 } from 'uuid';
import { AppError } from '../../shared/result';
import type { ParsedWrapUp } from '../../shared/schemas/caseActions';
import type { WriteContext } from '../store/actor';
import { insertCall } from '../store/calls/callInserts';
import { insertSurvey } from '../store/calls/surveys';
import { wrapUpStateOf } from '../store/cases/caseReads';
import { recordCallOutcome } from '../store/cases/caseUpdates';
import { addEvent } from '../store/cases/timeline';
import type { WritableDB } from '../store/db';
import { stampFields } from '../store/sync/fieldClocks';
import { insertFollowUp } from '../store/followUps/followUpWrites';
import { appendMutation } from '../store/sync/outbox';
import { indexCase } from '../store/search/searchIndex';
import { moveStatus } from './caseActions';
import { assertDispositionInForce } from './dispositionCheck';

export interface WrapUpResult {
  callId: string;
  followUpId: string | null;
  surveyId: string | null;
}

/**
 * Saves the record stage of a call in ONE transaction: the case's category, resolution,
 * satisfaction and status; the call with its stage times; stage, survey, follow-up and note events;
 * the survey and follow-up rows; and a single outbox mutation carrying the ids made here, so the
 * server can apply it idempotently. Either all of it is stored or none of it.
 */
/**
 * `firstResponseAt`: when the customer was first responded to, when that is not the call's start
 * (a chat or email answered by a written reply; null: not yet).
 */
export function saveWrapUp(db: WritableDB, input: ParsedWrapUp, ctx: WriteContext, firstResponseAt?: number | null): WrapUpResult {
  if (input.call.endedAt < input.call.startedAt) {
    throw new AppError('validation', 'the call cannot end before it started', [{ path: 'call.endedAt', key: 'invalid' }]);
  }
  assertDispositionInForce(db, input.call.disposition, input.call.startedAt, ctx.now, 'call.disposition');
  return db.transaction(() => {
    const current = wrapUpStateOf(db, input.caseId);
    if (!current) throw new AppError('not_found', `no case with id ${input.caseId}`);
    const { caseId } = input;
    const actorId = ctx.actor.agentId;
    if (current.status !== input.status) moveStatus(db, caseId, current.status, input.status, ctx);
    recordCallOutcome(db, caseId, { category: input.category, resolution: input.resolution, satisfaction: input.satisfaction?.score ?? null, firstResponseAt: firstResponseAt === undefined ? input.call.startedAt : firstResponseAt }, ctx.now);

    const callId = uuidv7();
    insertCall(db, callId, caseId, actorId, input.call);
    for (const stage of input.call.stages) addEvent(db, { caseId, kind: 'stageCompleted', at: stage.completedAt, actorId, data: { callId, stage: stage.stage } });
    for (const text of input.notes) addEvent(db, { caseId, kind: 'note', at: ctx.now, actorId, data: { text } });

    let surveyId: string | null = null;
    if (input.satisfaction) {
      surveyId = uuidv7();
      insertSurvey(db, { id: surveyId, caseId, callId, score: input.satisfaction.score, comment: input.satisfaction.comment, at: ctx.now });
      addEvent(db, { caseId, kind: 'survey', at: ctx.now, actorId, data: { surveyId, score: input.satisfaction.score } });
    }

    let followUpId: string | null = null;
    if (input.followUp) {
      const { kind, dueAt, note } = input.followUp;
      followUpId = insertFollowUp(db, { caseId, customerId: current.customerId, agentId: actorId, kind, dueAt, note, now: ctx.now });
      addEvent(db, { caseId, kind: 'followUpScheduled', at: ctx.now, actorId, data: { followUpId, kind, dueAt } });
    }

    const { hlc } = appendMutation(db, 'call.wrapUp', { ...input, callId, surveyId, followUpId, agentId: actorId }, ctx.now);
    indexCase(db, caseId);
    stampFields(db, 'case', caseId, input.satisfaction ? ['category', 'resolution', 'satisfaction'] : ['category', 'resolution'], hlc);
    return { callId, followUpId, surveyId };
  })();
}
