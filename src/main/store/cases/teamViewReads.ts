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

// Issue 17 (promises kept): what the lead must chase.

export interface MissedFollowUpRow {
  id: string;
  case_id: string;
  number: string;
  subject: string;
  customer_name: string;
  kind: string;
  promise: string | null;
  due_at: number;
  agent_name: string | null;
}

/** Follow-ups marked missed and still not done, latest due first. */
export function missedFollowUpRows(db: ReadableDB, column: ScopeColumn, id: string | null, limit: number): MissedFollowUpRow[] {
  return statement(
    db,
    `SELECT f.id, f.case_id, c.number, c.subject, cu.name AS customer_name, f.kind, f.promise, f.due_at, a.name AS agent_name
       FROM follow_ups f JOIN cases c ON c.id = f.case_id JOIN customers cu ON cu.id = c.customer_id LEFT JOIN agents a ON a.id = f.agent_id
       WHERE f.state = 'missed' AND c.${column} = ?
       ORDER BY f.due_at DESC, f.id LIMIT ${limit}`,
  ).all(id) as MissedFollowUpRow[];
}

export interface MajorComplaintRow {
  id: string;
  case_id: string;
  at: number;
  data: string;
  number: string;
  subject: string;
  customer_name: string;
  assignee_name: string | null;
  /** The state of the follow-up that keeps the escalation's promise (null when none was found). */
  feedback_state: 'due' | 'done' | 'missed' | null;
}

/** Major complaints escalated to the lead on open cases, newest first. */
export function majorComplaintRows(db: ReadableDB, column: ScopeColumn, id: string | null, limit: number): MajorComplaintRow[] {
  return statement(
    db,
    `SELECT e.id, e.case_id, e.at, e.data, c.number, c.subject, cu.name AS customer_name, a.name AS assignee_name,
         (SELECT f.state FROM follow_ups f WHERE f.case_id = e.case_id AND f.promise = 'escalationFeedback'
            AND f.due_at = json_extract(e.data, '$.dueBy') ORDER BY f.id LIMIT 1) AS feedback_state
       FROM timeline_events e JOIN cases c ON c.id = e.case_id JOIN customers cu ON cu.id = c.customer_id LEFT JOIN agents a ON a.id = c.assignee_id
       WHERE e.kind = 'escalation' AND e.kind IN ('escalation', 'transfer', 'approvalRequested') AND json_extract(e.data, '$.reason') = 'majorComplaint'
         AND c.status NOT IN ('resolved', 'closed') AND c.${column} = ?
       ORDER BY e.at DESC, e.id LIMIT ${limit}`,
  ).all(id) as MajorComplaintRow[];
}
