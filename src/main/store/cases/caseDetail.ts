import { repliesOf } from './caseReplies';
import { AppError } from '../../../shared/result';
import type { CaseDetail } from '../../../shared/schemas/caseDetail';
import { callsOfCase } from '../calls/callReads';
import { surveysOfCase } from '../calls/surveys';
import { getCustomer } from '../customers/customerReads';
import { statement, type ReadableDB } from '../db';
import { followUpsOfCase } from '../followUps/followUpReads';
import { returnsOfCase } from '../returns/returnReads';
import { visitsOfCase } from '../returns/visitBookings';
import { getCaseSummary } from './caseReads';
import { timelineOf } from './timeline';

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

/**
 * One case with its masked customer, its timeline newest first (at most 500 events), and the
 * calls, follow-ups, surveys and returns (with their steps and due times) made on it.
 */
export function getCaseDetail(db: ReadableDB, caseId: string): CaseDetail {
  const row = statement(db, 'SELECT * FROM cases WHERE id = ?').get(caseId) as DetailRow | undefined;
  if (!row) throw new AppError('not_found', `no case with id ${caseId}`);
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
    ...timelineOf(db, caseId),
    calls: callsOfCase(db, caseId),
    followUps: followUpsOfCase(db, caseId),
    surveys: surveysOfCase(db, caseId),
    returns: returnsOfCase(db, caseId),
    replies: repliesOf(db, caseId),
    visits: visitsOfCase(db, caseId),
  };
}
