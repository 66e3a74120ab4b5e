import type { ApprovalChannel, ApprovalState, LiveApproval } from '../../../shared/schemas/liveApprovals';
import type { Remedy } from '../../../shared/schemas/callDraft';
import { statement, type ReadableDB, type WritableDB } from '../db';

/** The only SQL for `approval_requests` (migration 026): approvals asked during a call. */

export interface NewApprovalRequest {
  id: string;
  callId: string;
  caseId: string | null;
  branchId: string | null;
  teamId: string | null;
  agentId: string | null;
  customer: string;
  remedy: Remedy | null;
  summary: string;
  requestedAt: number;
}

export function insertApprovalRequest(db: WritableDB, row: NewApprovalRequest): void {
  statement(
    db,
    `INSERT INTO approval_requests (id, call_ref, case_id, branch_id, team_id, agent_id, customer, remedy, summary, requested_at, state)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending')`,
  ).run(row.id, row.callId, row.caseId, row.branchId, row.teamId, row.agentId, row.customer, row.remedy, row.summary, row.requestedAt);
}

/** Decides a pending request; false when it was no longer pending (decided meanwhile, here or pulled). */
export function decideApprovalRequest(db: WritableDB, id: string, decision: { state: Exclude<ApprovalState, 'pending'>; decidedBy: string; at: number; via: ApprovalChannel; reason: string }): boolean {
  return (
    statement(db, "UPDATE approval_requests SET state = ?, decided_by = ?, decided_at = ?, decided_via = ?, reason = ? WHERE id = ? AND state = 'pending'").run(
      decision.state,
      decision.decidedBy,
      decision.at,
      decision.via,
      decision.reason,
      id,
    ).changes > 0
  );
}

/** Names the case the call was saved as, on the call's requests that have none yet. */
export function attachApprovalsToCase(db: WritableDB, callId: string, caseId: string): void {
  statement(db, 'UPDATE approval_requests SET case_id = ? WHERE call_ref = ? AND case_id IS NULL').run(caseId, callId);
}

interface Row {
  id: string;
  call_ref: string;
  case_id: string | null;
  branch_id: string | null;
  team_id: string | null;
  agent_id: string | null;
  agent_name: string | null;
  customer: string;
  remedy: Remedy | null;
  summary: string;
  requested_at: number;
  state: ApprovalState;
  decided_by: string | null;
  decider_name: string | null;
  decided_at: number | null;
  decided_via: ApprovalChannel | null;
  reason: string;
}

const SELECT = `SELECT r.*, a.name AS agent_name, d.name AS decider_name FROM approval_requests r
  LEFT JOIN agents a ON a.id = r.agent_id LEFT JOIN agents d ON d.id = r.decided_by`;

function approvalOf(row: Row): LiveApproval {
  return {
    id: row.id,
    callId: row.call_ref,
    caseId: row.case_id,
    customer: row.customer,
    remedy: row.remedy,
    summary: row.summary,
    requestedAt: row.requested_at,
    agentId: row.agent_id,
    agentName: row.agent_name,
    state: row.state,
    decidedBy: row.decided_by,
    deciderName: row.decider_name,
    decidedAt: row.decided_at,
    decidedVia: row.decided_via,
    reason: row.reason,
  };
}

export function approvalRequestById(db: ReadableDB, id: string): (LiveApproval & { branchId: string | null; teamId: string | null }) | undefined {
  const row = statement(db, `${SELECT} WHERE r.id = ?`).get(id) as Row | undefined;
  return row && { ...approvalOf(row), branchId: row.branch_id, teamId: row.team_id };
}

export function approvalRequestsOfCall(db: ReadableDB, callId: string): LiveApproval[] {
  return (statement(db, `${SELECT} WHERE r.call_ref = ? ORDER BY r.requested_at DESC, r.id DESC`).all(callId) as Row[]).map(approvalOf);
}

/** Pending requests, oldest first: all (null branch = admin), or a branch's, narrowed to a team (and requests with no team). */
export function pendingApprovalRequests(db: ReadableDB, branchId: string | null, teamId: string | null, limit = 200): LiveApproval[] {
  const rows =
    branchId === null
      ? statement(db, `${SELECT} WHERE r.state = 'pending' ORDER BY r.requested_at, r.id LIMIT ?`).all(limit)
      : statement(db, `${SELECT} WHERE r.state = 'pending' AND r.branch_id = ? AND (? IS NULL OR r.team_id IS NULL OR r.team_id = ?) ORDER BY r.requested_at, r.id LIMIT ?`).all(branchId, teamId, teamId, limit);
  return (rows as Row[]).map(approvalOf);
}
