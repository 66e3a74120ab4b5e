import { z } from 'zod';
import type { ErrorCode } from '../result';
import { caseStatuses, entityId } from './case';

export const bulkCaseAction = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('assign'), assigneeId: entityId.nullable() }),
  z.strictObject({ kind: z.literal('status'), to: z.enum(caseStatuses, 'invalidChoice') }),
  z.strictObject({ kind: z.literal('tag'), tag: z.string().trim().min(1, 'required').max(20, 'tooLong') }),
]);
export type BulkCaseAction = z.infer<typeof bulkCaseAction>;

export const bulkUpdateCasesInput = z.strictObject({
  caseIds: z.array(entityId).min(1, 'required').max(500, 'tooMany'),
  action: bulkCaseAction,
});

export interface BulkCaseResult {
  caseId: string;
  ok: boolean;
  /** Why this case was left as it was (e.g. a status move its state machine does not allow). */
  code?: ErrorCode;
}
