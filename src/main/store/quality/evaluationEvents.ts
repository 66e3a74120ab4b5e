import type { EvaluationEventKind } from '../../../shared/domain/quality/exchange';
import type { EvaluationEvent } from '../../../shared/schemas/quality';
import { statement, type ReadableDB, type WritableDB } from '../db';

/** The only SQL for `quality_evaluation_events` (migration 032): the exchange on an evaluation, append-only. */

export function insertEvaluationEvent(db: WritableDB, e: { id: string; evaluationId: string; kind: EvaluationEventKind; actorId: string | null; at: number; comment: string }): void {
  statement(db, 'INSERT INTO quality_evaluation_events (id, evaluation_id, kind, actor_id, at, comment) VALUES (?, ?, ?, ?, ?, ?)').run(e.id, e.evaluationId, e.kind, e.actorId, e.at, e.comment);
}

/** The evaluation's timeline, oldest first, with who acted. */
export function eventsOfEvaluation(db: ReadableDB, evaluationId: string): EvaluationEvent[] {
  return statement(
    db,
    `SELECT v.id, v.kind, v.actor_id AS actorId, a.name AS actorName, v.at, v.comment FROM quality_evaluation_events v
     LEFT JOIN agents a ON a.id = v.actor_id WHERE v.evaluation_id = ? ORDER BY v.at, v.id`,
  ).all(evaluationId) as EvaluationEvent[];
}
