import { v7 as uuidv7 } from 'uuid';
import { statement, type WritableDB } from '../db';

export interface ReturnRequest {
  caseId: string;
  kind: string;
  reason: string;
  purchasedAt: number | null;
  costBearer: string | null;
  now: number;
  /** When the first review is due. */
  reviewDueAt: number | null;
}

/** A new return in step `requested`, with that first step and when its review is due. Returns its id. */
export function insertReturnRequest(db: WritableDB, request: ReturnRequest): string {
  const returnId = uuidv7();
  statement(db, 'INSERT INTO returns (id, case_id, kind, reason, purchased_at, cost_bearer, step, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    returnId,
    request.caseId,
    request.kind,
    request.reason,
    request.purchasedAt,
    request.costBearer,
    'requested',
    request.now,
    request.now,
  );
  statement(db, "INSERT INTO return_steps (id, return_id, step, at, due_at) VALUES (?, ?, 'requested', ?, ?)").run(uuidv7(), returnId, request.now, request.reviewDueAt);
  return returnId;
}
