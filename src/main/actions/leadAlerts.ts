import { AppError } from '../../shared/result';
import { LEAD_ALERT_WINDOW_MS, type LeadAlert, type LeadAlertAcknowledgement } from '../../shared/schemas/leadAlerts';
import { MAJOR_COMPLAINT_FEEDBACK_MINUTES } from '../../shared/domain/promises';
import type { LeadScope } from '../reports/reportAccess';
import type { WriteContext } from '../store/actor';
import { acknowledgementOf, majorComplaintEscalation, unacknowledgedMajorComplaints, type AlertScope, type LeadAlertRow } from '../store/cases/leadAlertReads';
import { addEvent } from '../store/cases/timeline';
import type { ReadableDB, WritableDB } from '../store/db';
import { appendMutation } from '../store/sync/outbox';

/** At most this many alerts are handed out at once (the banner shows the newest and how many more). */
const ALERT_LIMIT = 20;

function alertScopeOf(scope: LeadScope): AlertScope {
  if (scope.role === 'admin') return null;
  return scope.teamId !== null ? { column: 'team_id', id: scope.teamId } : { column: 'branch_id', id: scope.branchId };
}

function inScope(scope: LeadScope, row: { team_id: string | null; branch_id: string | null }): boolean {
  if (scope.role === 'admin') return true;
  return scope.teamId !== null ? row.team_id === scope.teamId : row.branch_id === scope.branchId;
}

function alertOf(row: LeadAlertRow): LeadAlert {
  const data = JSON.parse(row.data) as { feedbackMinutes?: unknown; dueBy?: unknown };
  const feedbackMinutes = typeof data.feedbackMinutes === 'number' ? data.feedbackMinutes : MAJOR_COMPLAINT_FEEDBACK_MINUTES;
  const feedbackDueAt = typeof data.dueBy === 'number' ? data.dueBy : row.at + feedbackMinutes * 60_000;
  return {
    id: row.id,
    topic: 'majorComplaint',
    caseId: row.case_id,
    caseNumber: row.number,
    subject: row.subject,
    customerName: row.customer_name,
    assigneeName: row.assignee_name,
    raisedAt: row.at,
    feedbackDueAt,
    feedbackMinutes,
  };
}

/** The lead's alerts not yet acknowledged by them: major complaints of the last day on cases in their scope (even one solved on the call: the promised feedback is still owed), newest first. */
export function leadAlertsOf(db: ReadableDB, scope: LeadScope, now: number): LeadAlert[] {
  if (!scope.agentId) return [];
  return unacknowledgedMajorComplaints(db, alertScopeOf(scope), scope.agentId, now - LEAD_ALERT_WINDOW_MS, ALERT_LIMIT).map(alertOf);
}

/**
 * The lead acknowledges an alert: ONE transaction writes an `alertAcknowledged` event on the
 * case's timeline (the lead and the time) and its outbox mutation. Acknowledging again changes
 * nothing and answers with the first acknowledgement. An unknown alert is `not_found`; one of
 * another team is `forbidden`.
 */
export function acknowledgeLeadAlert(db: WritableDB, scope: LeadScope, alertId: string, ctx: WriteContext): LeadAlertAcknowledgement {
  const leadId = scope.agentId;
  if (!leadId) throw new AppError('forbidden', 'an alert is acknowledged by a named lead');
  return db.transaction(() => {
    const source = majorComplaintEscalation(db, alertId);
    if (!source) throw new AppError('not_found', `no alert ${alertId}`);
    if (!inScope(scope, source)) throw new AppError('forbidden', 'a lead acknowledges alerts of their own team only');
    const earlier = acknowledgementOf(db, source.case_id, alertId, leadId);
    if (earlier) return { id: alertId, caseId: source.case_id, acknowledgedAt: earlier.at, acknowledgedBy: leadId };
    addEvent(db, { caseId: source.case_id, kind: 'alertAcknowledged', at: ctx.now, actorId: leadId, data: { alertId, topic: 'majorComplaint' } });
    appendMutation(db, 'alert.acknowledge', { alertId, caseId: source.case_id }, ctx.now);
    return { id: alertId, caseId: source.case_id, acknowledgedAt: ctx.now, acknowledgedBy: leadId };
  })();
}
