import type { Priority } from '../../../shared/schemas/domainTerms';
import { statement, type ReadableDB } from '../db';

/** Cases and their timeline as the lead's live team view reads them, for one team or branch. */

export type ScopeColumn = 'team_id' | 'branch_id';

export function openCasesOf(db: ReadableDB, agentId: string): number {
  return statement(db, "SELECT count(*) FROM cases WHERE assignee_id = ? AND status NOT IN ('resolved', 'closed')").pluck().get(agentId) as number;
}

export interface DueCaseRow {
  id: string;
  number: string;
  subject: string;
  priority: Priority;
  customer_name: string;
  assignee_name: string | null;
  due_at: number;
}

/** Open cases whose response (not yet given) or resolution falls due in (now, until]. */
export function casesFallingDue(db: ReadableDB, column: ScopeColumn, id: string | null, now: number, until: number): { response: DueCaseRow[]; resolution: DueCaseRow[] } {
  const columns = `c.id, c.number, c.subject, c.priority, cu.name AS customer_name, a.name AS assignee_name`;
  const from = `FROM cases c JOIN customers cu ON cu.id = c.customer_id LEFT JOIN agents a ON a.id = c.assignee_id`;
  const response = statement(
    db,
    `SELECT ${columns}, c.response_due_at AS due_at ${from} WHERE c.first_response_at IS NULL AND c.response_due_at > ? AND c.response_due_at <= ? AND c.${column} = ? AND c.status NOT IN ('resolved', 'closed')`,
  ).all(now, until, id) as DueCaseRow[];
  const resolution = statement(
    db,
    `SELECT ${columns}, c.resolution_due_at AS due_at ${from} WHERE c.resolved_at IS NULL AND c.resolution_due_at > ? AND c.resolution_due_at <= ? AND c.${column} = ?`,
  ).all(now, until, id) as DueCaseRow[];
  return { response, resolution };
}

export interface PendingApprovalRow {
  id: string;
  case_id: string;
  at: number;
  data: string;
  number: string;
  subject: string;
  customer_name: string;
  requested_by: string | null;
}

/**
 * Approval requests with no decision yet, oldest first. A decision names the request it answers; one written
 * before decisions did (without `requestId`) answers every request on its case made up to then.
 */
export function pendingApprovalRows(db: ReadableDB, column: ScopeColumn, id: string | null, limit: number): PendingApprovalRow[] {
  return statement(
    db,
    `
  SELECT r.id, r.case_id, r.at, r.data, c.number, c.subject, cu.name AS customer_name, a.name AS requested_by
  FROM timeline_events r
    JOIN cases c ON c.id = r.case_id
    JOIN customers cu ON cu.id = c.customer_id
    LEFT JOIN agents a ON a.id = r.actor_id
  WHERE r.kind = 'approvalRequested' AND r.kind IN ('escalation', 'transfer', 'approvalRequested') AND c.${column} = ?
    AND NOT EXISTS (
      SELECT 1 FROM timeline_events d
      WHERE d.case_id = r.case_id AND d.kind IN ('approvalGranted', 'approvalDenied')
        AND (json_extract(d.data, '$.requestId') = r.id OR (json_extract(d.data, '$.requestId') IS NULL AND d.at >= r.at)))
    -- asked live during the call and already decided there (issue 17)
    AND NOT EXISTS (SELECT 1 FROM approval_requests l WHERE l.id = json_extract(r.data, '$.liveApprovalId') AND l.state <> 'pending')
  ORDER BY r.at, r.id
  LIMIT ${limit}`,
  ).all(id) as PendingApprovalRow[];
}

export interface WaitingEscalationRow {
  id: string;
  number: string;
  subject: string;
  status: 'escalated' | 'transferred';
  updated_at: number;
  assignee_name: string | null;
  /** The last escalation or transfer event as JSON {kind, at, data}, if any. */
  last: string | null;
}

export function escalatedCaseRows(db: ReadableDB, column: ScopeColumn, id: string | null): WaitingEscalationRow[] {
  return statement(
    db,
    `SELECT c.id, c.number, c.subject, c.status, c.updated_at, a.name AS assignee_name,
         (SELECT json_object('kind', e.kind, 'at', e.at, 'data', json(e.data)) FROM timeline_events e
          WHERE e.case_id = c.id AND e.kind IN ('escalation', 'transfer') ORDER BY e.at DESC LIMIT 1) AS last
       FROM cases c LEFT JOIN agents a ON a.id = c.assignee_id
       WHERE c.status IN ('escalated', 'transferred') AND c.${column} = ?`,
  ).all(id) as WaitingEscalationRow[];
}
