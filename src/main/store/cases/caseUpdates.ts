import type { z } from 'zod';
import type { CaseStatus } from '../../../shared/schemas/case';
import type { caseFieldChanges } from '../../../shared/schemas/caseActions';
import { statement, type WritableDB } from '../db';

export type CaseFieldChanges = z.output<typeof caseFieldChanges>;

/** Contract field name → column. Only these can be changed by setCaseFields. */
export const caseFieldColumns: Record<keyof CaseFieldChanges, string> = {
  subject: 'subject',
  description: 'description',
  priority: 'priority',
  category: 'category',
  severity: 'severity',
  product: 'product',
  orderNo: 'order_no',
  assigneeId: 'assignee_id',
};

/** Sets the given editable fields of a case (and its updated time). */
export function setCaseFields(db: WritableDB, caseId: string, fields: readonly (keyof CaseFieldChanges)[], changes: CaseFieldChanges, now: number): void {
  const assignments = fields.map((field) => `${caseFieldColumns[field]} = ?`).join(', ');
  statement(db, `UPDATE cases SET ${assignments}, updated_at = ? WHERE id = ?`).run(...fields.map((field) => changes[field] ?? null), now, caseId);
}

/** Moves the case's status: resolving stamps resolved_at, reopening clears it and counts the reopen. */
export function setCaseStatus(db: WritableDB, caseId: string, to: CaseStatus, now: number): void {
  statement(
    db,
    `UPDATE cases SET status = ?, updated_at = ?,
       resolved_at = CASE WHEN ? = 'resolved' THEN ? WHEN ? = 'reopened' THEN NULL ELSE resolved_at END,
       reopen_count = reopen_count + (? = 'reopened')
     WHERE id = ?`,
  ).run(to, now, to, now, to, to, caseId);
}

/** Marks the case changed now (a note was added). */
export function touchCase(db: WritableDB, caseId: string, now: number): void {
  statement(db, 'UPDATE cases SET updated_at = ? WHERE id = ?').run(now, caseId);
}

export function setCaseTags(db: WritableDB, caseId: string, tags: readonly string[], now: number): void {
  statement(db, 'UPDATE cases SET tags = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(tags), now, caseId);
}

export interface CallOutcome {
  category: string | null;
  resolution: string;
  /** Kept as it was when null. */
  satisfaction: number | null;
  /** The first response time, set only if the case has none yet. */
  firstResponseAt: number | null;
}

/** What a call's wrap-up sets on its case. */
export function recordCallOutcome(db: WritableDB, caseId: string, outcome: CallOutcome, now: number): void {
  statement(
    db,
    `UPDATE cases SET category = ?, resolution = ?, satisfaction = COALESCE(?, satisfaction),
       first_response_at = COALESCE(first_response_at, ?), updated_at = ? WHERE id = ?`,
  ).run(outcome.category, outcome.resolution, outcome.satisfaction, outcome.firstResponseAt, now, caseId);
}

/** The case's first response, set only if it has none yet (a later reply never moves it). */
export function markFirstResponse(db: WritableDB, caseId: string, at: number, now: number): void {
  statement(db, 'UPDATE cases SET first_response_at = COALESCE(first_response_at, ?), updated_at = ? WHERE id = ?').run(at, now, caseId);
}
