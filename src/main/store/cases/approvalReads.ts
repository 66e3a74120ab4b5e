import { statement, type ReadableDB } from '../db';

/** Approval requests on a case's timeline, as a lead's decision reads them. */

export interface ApprovalRequestRow {
  id: string;
  at: number;
  data: string;
  team_id: string | null;
  branch_id: string | null;
}

/** The request with its case's team and branch, if the case has one with this id. */
export function approvalRequestOf(db: ReadableDB, caseId: string, requestId: string): ApprovalRequestRow | undefined {
  return statement(
    db,
    `SELECT r.id, r.at, r.data, c.team_id, c.branch_id FROM timeline_events r JOIN cases c ON c.id = r.case_id
       WHERE r.id = ? AND r.case_id = ? AND r.kind = 'approvalRequested'`,
  ).get(requestId, caseId) as ApprovalRequestRow | undefined;
}

/** Whether the request is decided: a decision names it, or one without a `requestId` (older desktops) came at or after it, or a lead decided it live during the call (issue 17). */
export function isApprovalDecided(db: ReadableDB, caseId: string, requestId: string, requestedAt: number): boolean {
  return (
    statement(
      db,
      `SELECT 1 FROM timeline_events d WHERE d.case_id = ? AND d.kind IN ('approvalGranted', 'approvalDenied')
         AND (json_extract(d.data, '$.requestId') = ? OR (json_extract(d.data, '$.requestId') IS NULL AND d.at >= ?))
       UNION ALL
       SELECT 1 FROM timeline_events r JOIN approval_requests l ON l.id = json_extract(r.data, '$.liveApprovalId')
         WHERE r.id = ? AND r.case_id = ? AND l.state <> 'pending'`,
    ).get(caseId, requestId, requestedAt, requestId, caseId) !== undefined
  );
}
