import type { CaseClockSources } from '../../../shared/domain/caseClockFacts';
import { statement, type ReadableDB } from '../db';
import { callClockRows } from '../calls/callEvents';
import { replyTimesOf } from './caseReplies';
import { returnStepsOfCase } from '../returns/returnReads';

interface CaseRow {
  channel: CaseClockSources['case']['channel'];
  scenario: CaseClockSources['case']['scenario'];
  priority: CaseClockSources['case']['priority'];
  severity: CaseClockSources['case']['severity'];
  createdAt: number;
  firstResponseAt: number | null;
  resolvedAt: number | null;
}

/** Everything recorded on a case that a clock starts or stops at; null when there is no such case. */
export function caseClockSources(db: ReadableDB, caseId: string): CaseClockSources | null {
  const row = statement(
    db,
    `SELECT channel, scenario, priority, severity, created_at AS createdAt, first_response_at AS firstResponseAt, resolved_at AS resolvedAt FROM cases WHERE id = ?`,
  ).get(caseId) as CaseRow | undefined;
  if (!row) return null;
  const events = statement(db, `SELECT id, kind, at, data FROM timeline_events WHERE case_id = ? AND kind IN ('escalation', 'transfer', 'followUpDone') ORDER BY at, id LIMIT 500`).all(caseId) as {
    id: string;
    kind: 'escalation' | 'transfer' | 'followUpDone';
    at: number;
    data: string;
  }[];
  const callbacks = statement(
    db,
    `SELECT id, created_at AS madeAt, due_at AS dueAt, done_at AS doneAt, promise FROM follow_ups WHERE case_id = ? AND (promise IS NOT NULL OR kind = 'callback') ORDER BY created_at, id LIMIT 200`,
  ).all(caseId) as (CaseClockSources['callbacks'][number] & { promise: string | null })[];
  // A complaint's plan has a clock of its own (complaintPlan), stopped when the plan is told: on a call, or its follow-up done.
  const plan = callbacks.filter((cb) => cb.promise === 'complaintPlan');
  return {
    case: row,
    calls: callClockRows(db, caseId),
    collaborations: events.filter((e) => e.kind !== 'followUpDone').map((e) => ({ id: e.id, kind: e.kind as 'escalation' | 'transfer', at: e.at, data: JSON.parse(e.data) as Record<string, unknown> })),
    followUpsDoneAt: events.filter((e) => e.kind === 'followUpDone').map((e) => e.at),
    callbacks: callbacks.filter((cb) => cb.promise !== 'complaintPlan').map(({ id, madeAt, dueAt, doneAt }) => ({ id, madeAt, dueAt, doneAt })),
    planToldAt: plan.reduce<number | null>((at, cb) => (cb.doneAt !== null && (at === null || cb.doneAt < at) ? cb.doneAt : at), null),
    replies: replyTimesOf(db, caseId),
    returns: returnStepsOfCase(db, caseId),
  };
}
