import type { Database } from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { AppError } from '../../shared/result';
import type { CaseStatus } from '../../shared/schemas/case';
import type { ParsedWrapUp } from '../../shared/schemas/caseActions';
import type { WriteContext } from './actor';
import { moveStatus } from './caseWrites';
import { stampFields } from './sync/fieldClocks';
import { appendMutation } from './sync/outbox';
import { statement } from './statements';
import { indexCase } from './search/searchIndex';
import { addEvent } from './timeline';

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
export function saveWrapUp(db: Database, input: ParsedWrapUp, ctx: WriteContext): WrapUpResult {
  if (input.call.endedAt < input.call.startedAt) {
    throw new AppError('validation', 'the call cannot end before it started', [{ path: 'call.endedAt', key: 'invalid' }]);
  }
  return db.transaction(() => {
    const current = statement(db, 'SELECT status, customer_id, first_response_at FROM cases WHERE id = ?').get(input.caseId) as
      | { status: CaseStatus; customer_id: string; first_response_at: number | null }
      | undefined;
    if (!current) throw new AppError('not_found', `no case with id ${input.caseId}`);
    const actorId = ctx.actor.agentId;
    if (current.status !== input.status) moveStatus(db, input.caseId, current.status, input.status, ctx);

    statement(
      db,
      `UPDATE cases SET category = ?, resolution = ?, satisfaction = COALESCE(?, satisfaction),
         first_response_at = COALESCE(first_response_at, ?), updated_at = ? WHERE id = ?`,
    ).run(input.category, input.resolution, input.satisfaction?.score ?? null, input.call.startedAt, ctx.now, input.caseId);

    const callId = uuidv7();
    statement(
      db,
      `INSERT INTO calls (id, case_id, agent_id, channel, started_at, ended_at, talk_seconds, acw_seconds, disposition, stages)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(callId, input.caseId, actorId, input.call.channel, input.call.startedAt, input.call.endedAt, input.call.talkSeconds, input.call.acwSeconds, input.call.disposition, JSON.stringify(input.call.stages));
    for (const stage of input.call.stages) addEvent(db, { caseId: input.caseId, kind: 'stageCompleted', at: stage.completedAt, actorId, data: { callId, stage: stage.stage } });
    for (const text of input.notes) addEvent(db, { caseId: input.caseId, kind: 'note', at: ctx.now, actorId, data: { text } });

    let surveyId: string | null = null;
    if (input.satisfaction) {
      surveyId = uuidv7();
      statement(db, 'INSERT INTO surveys (id, case_id, call_id, score, comment, at) VALUES (?, ?, ?, ?, ?, ?)').run(surveyId, input.caseId, callId, input.satisfaction.score, input.satisfaction.comment, ctx.now);
      addEvent(db, { caseId: input.caseId, kind: 'survey', at: ctx.now, actorId, data: { surveyId, score: input.satisfaction.score } });
    }

    let followUpId: string | null = null;
    if (input.followUp) {
      followUpId = uuidv7();
      statement(db, 'INSERT INTO follow_ups (id, case_id, customer_id, agent_id, kind, due_at, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
        followUpId,
        input.caseId,
        current.customer_id,
        actorId,
        input.followUp.kind,
        input.followUp.dueAt,
        input.followUp.note,
        ctx.now,
      );
      addEvent(db, { caseId: input.caseId, kind: 'followUpScheduled', at: ctx.now, actorId, data: { followUpId, kind: input.followUp.kind, dueAt: input.followUp.dueAt } });
    }

    const { hlc } = appendMutation(db, 'call.wrapUp', { ...input, callId, surveyId, followUpId, agentId: actorId }, ctx.now);
    indexCase(db, input.caseId);
    stampFields(db, 'case', input.caseId, input.satisfaction ? ['category', 'resolution', 'satisfaction'] : ['category', 'resolution'], hlc);
    return { callId, followUpId, surveyId };
  })();
}
