import type { Database } from 'better-sqlite3';
import { maskAddress } from '../../shared/domain/piiMask';
import { AppError } from '../../shared/result';
import type { CaseCall, CaseDetail, CaseFollowUp, CaseReturn, CaseReturnStep, CaseSurvey, TimelineEvent } from '../../shared/schemas/caseDetail';
import type { TimelineKind } from '../../shared/schemas/domainTerms';
import { getCaseSummary } from './caseReads';
import { getCustomer } from './customerReads';
import { statement } from './db';

const TIMELINE_LIMIT = 500;
/** Linked rows shown on the case; a case with more is unusual and the newest ones matter. */
const LINKED_LIMIT = 200;

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

function timelineOf(db: Database, caseId: string): { timeline: TimelineEvent[]; timelineTotal: number } {
  const events = statement(db, 'SELECT id, kind, at, data, actor_id FROM timeline_events WHERE case_id = ? ORDER BY at DESC, id DESC LIMIT ?').all(caseId, TIMELINE_LIMIT) as {
    id: string;
    kind: TimelineKind;
    at: number;
    data: string;
    actor_id: string | null;
  }[];
  const timeline = events.map((e) => ({ id: e.id, kind: e.kind, at: e.at, actorId: e.actor_id, data: JSON.parse(e.data) as Record<string, unknown> }));
  const timelineTotal = events.length < TIMELINE_LIMIT ? events.length : (statement(db, 'SELECT count(*) AS n FROM timeline_events WHERE case_id = ?').get(caseId) as { n: number }).n;
  return { timeline, timelineTotal };
}

function callsOf(db: Database, caseId: string): CaseCall[] {
  return statement(
    db,
    `SELECT k.id, k.channel, a.name AS agentName, k.started_at AS startedAt, k.ended_at AS endedAt, k.talk_seconds AS talkSeconds, k.acw_seconds AS acwSeconds, k.disposition
     FROM calls k LEFT JOIN agents a ON a.id = k.agent_id WHERE k.case_id = ? ORDER BY k.started_at DESC, k.id DESC LIMIT ?`,
  ).all(caseId, LINKED_LIMIT) as CaseCall[];
}

function followUpsOf(db: Database, caseId: string): CaseFollowUp[] {
  return statement(db, 'SELECT id, kind, state, due_at AS dueAt, done_at AS doneAt, note FROM follow_ups WHERE case_id = ? ORDER BY due_at, id LIMIT ?').all(caseId, LINKED_LIMIT) as CaseFollowUp[];
}

function surveysOf(db: Database, caseId: string): CaseSurvey[] {
  return statement(db, 'SELECT id, score, comment, at FROM surveys WHERE case_id = ? ORDER BY at DESC, id DESC LIMIT ?').all(caseId, LINKED_LIMIT) as CaseSurvey[];
}

function returnsOf(db: Database, caseId: string): CaseReturn[] {
  const rows = statement(
    db,
    `SELECT id, kind, reason, cost_bearer AS costBearer, method, address, step, created_at AS createdAt, updated_at AS updatedAt
     FROM returns WHERE case_id = ? ORDER BY created_at DESC, id DESC LIMIT ?`,
  ).all(caseId, LINKED_LIMIT) as (Omit<CaseReturn, 'addressMasked' | 'steps'> & { address: string | null })[];
  if (rows.length === 0) return [];
  const steps = statement(
    db,
    `SELECT s.return_id AS returnId, s.step, s.at, s.due_at AS dueAt, s.note
     FROM return_steps s JOIN returns r ON r.id = s.return_id WHERE r.case_id = ? ORDER BY s.at, s.id`,
  ).all(caseId) as (CaseReturnStep & { returnId: string })[];
  return rows.map(({ address, ...row }) => ({
    ...row,
    addressMasked: address === null ? null : maskAddress(address),
    steps: steps.filter((s) => s.returnId === row.id).map(({ step, at, dueAt, note }) => ({ step, at, dueAt, note })),
  }));
}

/**
 * One case with its masked customer, its timeline newest first (at most 500 events), and the
 * calls, follow-ups, surveys and returns (with their steps and due times) made on it.
 */
export function getCaseDetail(db: Database, caseId: string): CaseDetail {
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
    calls: callsOf(db, caseId),
    followUps: followUpsOf(db, caseId),
    surveys: surveysOf(db, caseId),
    returns: returnsOf(db, caseId),
  };
}
