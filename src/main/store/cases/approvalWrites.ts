import type { ApprovalDecision } from '../../../shared/schemas/reports';
import type { WriteContext } from '../actor';
import type { WritableDB } from '../db';
import { appendMutation } from '../sync/outbox';
import { statement } from '../db';
import { addEvent } from './timeline';

export interface ApprovalDecisionRecord {
  caseId: string;
  requestId: string;
  decision: ApprovalDecision;
  reason: string;
  remedy: string | null;
}

/** Writes a lead's decision to the case timeline, touches the case and appends its outbox mutation; call inside the use case's transaction. */
export function recordApprovalDecision(db: WritableDB, record: ApprovalDecisionRecord, ctx: WriteContext): string {
  const data = { requestId: record.requestId, remedy: record.remedy, reason: record.reason };
  const eventId = addEvent(db, { caseId: record.caseId, kind: record.decision === 'grant' ? 'approvalGranted' : 'approvalDenied', at: ctx.now, actorId: ctx.actor.agentId, data });
  statement(db, 'UPDATE cases SET updated_at = ? WHERE id = ?').run(ctx.now, record.caseId);
  appendMutation(db, 'approval.decide', { eventId, caseId: record.caseId, decision: record.decision, ...data, at: ctx.now }, ctx.now);
  return eventId;
}
