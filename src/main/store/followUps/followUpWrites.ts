import { v7 as uuidv7 } from 'uuid';
import { defaultPromiseOf, type PromiseKind } from '../../../shared/domain/promises';
import type { FollowUpKind } from '../../../shared/schemas/domainTerms';
import { statement, type WritableDB } from '../db';

export interface NewFollowUp {
  caseId: string;
  customerId: string;
  agentId: string | null;
  kind: FollowUpKind;
  dueAt: number;
  note: string;
  now: number;
  /** What it promises the customer; absent: the kind's default (a callback, a visit confirmation, or nothing). */
  promise?: PromiseKind | null;
}

/** Schedules a follow-up; returns its id. */
export function insertFollowUp(db: WritableDB, followUp: NewFollowUp): string {
  const id = uuidv7();
  statement(db, 'INSERT INTO follow_ups (id, case_id, customer_id, agent_id, kind, due_at, note, created_at, promise) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    id,
    followUp.caseId,
    followUp.customerId,
    followUp.agentId,
    followUp.kind,
    followUp.dueAt,
    followUp.note,
    followUp.now,
    followUp.promise === undefined ? defaultPromiseOf(followUp.kind) : followUp.promise,
  );
  return id;
}

/** Marks a follow-up done now; an empty note keeps the note it had. */
export function markFollowUpDone(db: WritableDB, id: string, note: string, now: number): void {
  statement(db, "UPDATE follow_ups SET state = 'done', done_at = ?, note = CASE WHEN ? = '' THEN note ELSE ? END WHERE id = ?").run(now, note, note, id);
}

export function setFollowUpDue(db: WritableDB, id: string, dueAt: number): void {
  statement(db, 'UPDATE follow_ups SET due_at = ? WHERE id = ?').run(dueAt, id);
}

/** Marks an open follow-up missed; false when it was not open any more (done, or already missed). */
export function markFollowUpMissed(db: WritableDB, id: string): boolean {
  return statement(db, "UPDATE follow_ups SET state = 'missed' WHERE id = ? AND state = 'due'").run(id).changes === 1;
}
