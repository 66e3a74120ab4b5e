import { maskAddress } from '../../../shared/domain/piiMask';
import { stepVerdicts } from '../../../shared/domain/returnFlow';
import type { CaseReturn, CaseReturnStep } from '../../../shared/schemas/caseDetail';
import { statement, type ReadableDB } from '../db';

const LINKED_LIMIT = 200;

/** A case's returns, newest first, each with its steps and due times; the address masked. */
export function returnsOfCase(db: ReadableDB, caseId: string): CaseReturn[] {
  const rows = statement(
    db,
    `SELECT id, kind, reason, cost_bearer AS costBearer, method, address, step, state, tracking_number AS trackingNumber, resolution, created_at AS createdAt, updated_at AS updatedAt
     FROM returns WHERE case_id = ? ORDER BY created_at DESC, id DESC LIMIT ?`,
  ).all(caseId, LINKED_LIMIT) as (Omit<CaseReturn, 'addressMasked' | 'steps'> & { address: string | null })[];
  if (rows.length === 0) return [];
  const steps = statement(
    db,
    `SELECT s.return_id AS returnId, s.step, s.at, s.due_at AS dueAt, s.note
     FROM return_steps s JOIN returns r ON r.id = s.return_id WHERE r.case_id = ? ORDER BY s.at, s.id`,
  ).all(caseId) as (CaseReturnStep & { returnId: string })[];
  return rows.map(({ address, ...row }) => ({
    ...row,
    addressMasked: address === null ? null : maskAddress(address),
    steps: withVerdicts(steps.filter((s) => s.returnId === row.id).map(({ step, at, dueAt, note }) => ({ step, at, dueAt, note }))),
  }));
}

/** Each step with the deadline it had and whether it was late. */
function withVerdicts(steps: CaseReturnStep[]): CaseReturnStep[] {
  const verdicts = stepVerdicts(steps);
  return steps.map((s) => {
    const v = verdicts.find((x) => x.step === s.step && x.at === s.at);
    return { ...s, deadline: v?.dueAt ?? null, breached: v?.breached ?? false };
  });
}

/** Each return of a case with its recorded steps, oldest first (what its step clocks are measured from). */
export function returnStepsOfCase(db: ReadableDB, caseId: string): { id: string; steps: { step: CaseReturnStep['step']; at: number; dueAt: number | null }[] }[] {
  const rows = statement(
    db,
    `SELECT r.id AS returnId, s.step, s.at, s.due_at AS dueAt FROM returns r JOIN return_steps s ON s.return_id = r.id WHERE r.case_id = ? ORDER BY r.created_at, r.id, s.at, s.id LIMIT 2000`,
  ).all(caseId) as { returnId: string; step: CaseReturnStep['step']; at: number; dueAt: number | null }[];
  const byReturn = new Map<string, { id: string; steps: { step: CaseReturnStep['step']; at: number; dueAt: number | null }[] }>();
  for (const { returnId, ...s } of rows) {
    let r = byReturn.get(returnId);
    if (!r) byReturn.set(returnId, (r = { id: returnId, steps: [] }));
    r.steps.push(s);
  }
  return [...byReturn.values()];
}
