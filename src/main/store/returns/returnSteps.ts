import { v7 as uuidv7 } from 'uuid';
import type { ReturnResolution, ReturnState } from '../../../shared/domain/returnFlow';
import type { ReturnStep } from '../../../shared/schemas/domainTerms';
import { AppError } from '../../../shared/result';
import { statement, type ReadableDB, type WritableDB } from '../db';

export interface ReturnRow {
  id: string;
  caseId: string;
  step: ReturnStep;
  state: ReturnState;
}

/** A return's case, step and state, or a `not_found` error. */
export function returnNowOrThrow(db: ReadableDB, returnId: string): ReturnRow {
  const row = statement(db, 'SELECT id, case_id AS caseId, step, state FROM returns WHERE id = ?').get(returnId) as ReturnRow | undefined;
  if (!row) throw new AppError('not_found', `return ${returnId} not found`);
  return row;
}

/** The steps recorded so far, oldest first, each with the next step's due time. */
export function recordedSteps(db: ReadableDB, returnId: string): { step: ReturnStep; at: number; dueAt: number | null }[] {
  return statement(db, 'SELECT step, at, due_at AS dueAt FROM return_steps WHERE return_id = ? ORDER BY at, id').all(returnId) as { step: ReturnStep; at: number; dueAt: number | null }[];
}

export interface StepWrite {
  returnId: string;
  step: ReturnStep;
  state: ReturnState;
  at: number;
  /** When the step after this one is due; null when none is. */
  dueAt: number | null;
  note: string;
  /** What the act records on the return itself. */
  method?: string;
  address?: string;
  trackingNumber?: string;
  resolution?: ReturnResolution;
}

/** Moves a return to `step` and appends that step. Returns the step row's id. */
export function writeReturnStep(db: WritableDB, w: StepWrite): string {
  statement(
    db,
    `UPDATE returns SET step = ?, state = ?, updated_at = ?,
       method = coalesce(?, method), address = coalesce(?, address),
       tracking_number = coalesce(?, tracking_number), resolution = coalesce(?, resolution)
     WHERE id = ?`,
  ).run(w.step, w.state, w.at, w.method ?? null, w.address ?? null, w.trackingNumber ?? null, w.resolution ?? null, w.returnId);
  const id = uuidv7();
  statement(db, 'INSERT INTO return_steps (id, return_id, step, at, due_at, note) VALUES (?, ?, ?, ?, ?, ?)').run(id, w.returnId, w.step, w.at, w.dueAt, w.note);
  return id;
}
