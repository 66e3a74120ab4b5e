import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/result';
import type { CaseDetail, TimelineEvent } from '../../shared/schemas/caseDetail';
import type { TimelineKind } from '../../shared/schemas/domainTerms';
import { getCaseSummary } from './caseReads';
import { getCustomer } from './customerReads';
import { statement } from './statements';

const TIMELINE_LIMIT = 500;

interface DetailRow {
  customer_id: string;
  scenario: CaseDetail['scenario'];
  category: CaseDetail['category'];
  priority: CaseDetail['priority'];
  severity: CaseDetail['severity'];
  description: string;
  product: string | null;
  order_no: string | null;
  assignee_id: string | null;
  response_due_at: number | null;
  resolution_due_at: number | null;
  first_response_at: number | null;
  resolved_at: number | null;
  resolution: string | null;
  satisfaction: number | null;
  reopen_count: number;
}

/** One case with its masked customer and its timeline, newest first (at most 500 events). */
export function getCaseDetail(db: Database, caseId: string): CaseDetail {
  const row = statement(db, 'SELECT * FROM cases WHERE id = ?').get(caseId) as DetailRow | undefined;
  if (!row) throw new AppError('not_found', `no case with id ${caseId}`);
  const events = statement(db, 'SELECT id, kind, at, data, actor_id FROM timeline_events WHERE case_id = ? ORDER BY at DESC, id DESC LIMIT ?').all(caseId, TIMELINE_LIMIT) as {
    id: string;
    kind: TimelineKind;
    at: number;
    data: string;
    actor_id: string | null;
  }[];
  const timeline: TimelineEvent[] = events.map((e) => ({ id: e.id, kind: e.kind, at: e.at, actorId: e.actor_id, data: JSON.parse(e.data) as Record<string, unknown> }));
  return {
    ...getCaseSummary(db, caseId),
    customer: getCustomer(db, row.customer_id),
    scenario: row.scenario,
    category: row.category,
    priority: row.priority,
    severity: row.severity,
    description: row.description,
    product: row.product,
    orderNo: row.order_no,
    assigneeId: row.assignee_id,
    responseDueAt: row.response_due_at,
    resolutionDueAt: row.resolution_due_at,
    firstResponseAt: row.first_response_at,
    resolvedAt: row.resolved_at,
    resolution: row.resolution,
    satisfaction: row.satisfaction,
    reopenCount: row.reopen_count,
    timeline,
  };
}
