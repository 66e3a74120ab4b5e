import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/result';
import type { WriteContext } from './actor';
import { appendMutation } from './sync/outbox';
import { statement } from './statements';
import { addEvent } from './timeline';

interface FollowUpRow {
  id: string;
  case_id: string;
  state: 'due' | 'done' | 'missed';
  due_at: number;
}

function followUpOrThrow(db: Database, id: string): FollowUpRow {
  const row = statement(db, 'SELECT id, case_id, state, due_at FROM follow_ups WHERE id = ?').get(id) as FollowUpRow | undefined;
  if (!row) throw new AppError('not_found', `no follow-up with id ${id}`);
  return row;
}

/** Marks a follow-up done, with a `followUpDone` event on its case. Done twice is done once. */
export function completeFollowUp(db: Database, id: string, note: string, ctx: WriteContext): void {
  db.transaction(() => {
    const row = followUpOrThrow(db, id);
    if (row.state === 'done') return;
    statement(db, "UPDATE follow_ups SET state = 'done', done_at = ?, note = CASE WHEN ? = '' THEN note ELSE ? END WHERE id = ?").run(ctx.now, note, note, id);
    addEvent(db, { caseId: row.case_id, kind: 'followUpDone', at: ctx.now, actorId: ctx.actor.agentId, data: { followUpId: id } });
    appendMutation(db, 'followUp.complete', { id, note }, ctx.now);
  })();
}

/** Moves a follow-up's due time; a done one keeps its state. */
export function rescheduleFollowUp(db: Database, id: string, dueAt: number, ctx: WriteContext): void {
  db.transaction(() => {
    const row = followUpOrThrow(db, id);
    if (row.due_at === dueAt) return;
    statement(db, 'UPDATE follow_ups SET due_at = ? WHERE id = ?').run(dueAt, id);
    addEvent(db, { caseId: row.case_id, kind: 'followUpScheduled', at: ctx.now, actorId: ctx.actor.agentId, data: { followUpId: id, dueAt, rescheduled: true } });
    appendMutation(db, 'followUp.reschedule', { id, dueAt }, ctx.now);
  })();
}
