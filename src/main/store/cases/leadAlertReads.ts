import { statement, type ReadableDB } from '../db';

/**
 * Reads for the lead's alerts (issue 17): major complaints escalated to the lead, and the
 * `alertAcknowledged` events that answer them. Scope: a team, a branch, or (null) every case.
 */
export type AlertScope = { column: 'team_id' | 'branch_id'; id: string | null } | null;

export interface LeadAlertRow {
  id: string;
  case_id: string;
  at: number;
  data: string;
  number: string;
  subject: string;
  customer_name: string;
  assignee_name: string | null;
}

const MAJOR_ESCALATION = `e.kind = 'escalation' AND e.kind IN ('escalation', 'transfer', 'approvalRequested') AND json_extract(e.data, '$.reason') = 'majorComplaint'`;

/** Major complaint escalations raised since `since` on cases in scope that `leadId` has not acknowledged, newest first (solved on the call or not: the lead still owes the customer feedback). */
export function unacknowledgedMajorComplaints(db: ReadableDB, scope: AlertScope, leadId: string, since: number, limit: number): LeadAlertRow[] {
  const scoped = scope ? `AND c.${scope.column} = ?` : '';
  const params: unknown[] = [since, ...(scope ? [scope.id] : []), leadId];
  return statement(
    db,
    `SELECT e.id, e.case_id, e.at, e.data, c.number, c.subject, cu.name AS customer_name, a.name AS assignee_name
       FROM timeline_events e JOIN cases c ON c.id = e.case_id JOIN customers cu ON cu.id = c.customer_id LEFT JOIN agents a ON a.id = c.assignee_id
       WHERE ${MAJOR_ESCALATION} AND e.at >= ? ${scoped}
         AND NOT EXISTS (SELECT 1 FROM timeline_events k WHERE k.case_id = e.case_id AND k.kind = 'alertAcknowledged' AND k.actor_id = ? AND json_extract(k.data, '$.alertId') = e.id)
       ORDER BY e.at DESC, e.id DESC LIMIT ${Math.trunc(limit)}`,
  ).all(...params) as LeadAlertRow[];
}

export interface AlertSourceRow {
  id: string;
  case_id: string;
  team_id: string | null;
  branch_id: string | null;
}

/** The major complaint escalation event with this id, with the case's team and branch; undefined when there is none. */
export function majorComplaintEscalation(db: ReadableDB, id: string): AlertSourceRow | undefined {
  return statement(db, `SELECT e.id, e.case_id, c.team_id, c.branch_id FROM timeline_events e JOIN cases c ON c.id = e.case_id WHERE e.id = ? AND ${MAJOR_ESCALATION}`).get(id) as
    | AlertSourceRow
    | undefined;
}

/** This lead's acknowledgement of an alert, if any. */
export function acknowledgementOf(db: ReadableDB, caseId: string, alertId: string, leadId: string): { id: string; at: number } | undefined {
  return statement(db, "SELECT id, at FROM timeline_events WHERE case_id = ? AND kind = 'alertAcknowledged' AND actor_id = ? AND json_extract(data, '$.alertId') = ? ORDER BY at LIMIT 1").get(
    caseId,
    leadId,
    alertId,
  ) as { id: string; at: number } | undefined;
}
