import type { ShiftDef } from '../../../shared/domain/shifts';
import type { ReadableDB } from '../db';

/**
 * The shift report's reads (src/main/reports/shiftReport.ts computes the report from them): cases
 * and, joined to them, calls, timeline events, surveys and follow-ups, each read one time slice
 * [@a, @b) at a time, narrowed by @branchId, @teamId, @agentId and the shift's hours (@offsetMs).
 */

const DAY_MS = 86_400_000;

function shiftCondition(column: string, shift: ShiftDef | null): string {
  if (!shift) return '1';
  const timeOfDay = `((${column} + @offsetMs) % ${DAY_MS})`;
  const start = shift.startMinute * 60_000;
  const end = shift.endMinute * 60_000;
  return start < end ? `(${timeOfDay} >= ${start} AND ${timeOfDay} < ${end})` : `(${timeOfDay} >= ${start} OR ${timeOfDay} < ${end})`;
}

const orgCondition = '(@branchId IS NULL OR c.branch_id = @branchId) AND (@teamId IS NULL OR c.team_id = @teamId)';
const agentCondition = (column: string) => `(@agentId IS NULL OR ${column} = @agentId)`;

/** The shift report's SQL, prepared once per report for its filter's shift. Every statement reads one slice [@a, @b) of its own time column. */
export function prepareShiftReportReads(db: ReadableDB, shift: ShiftDef | null) {
  const within = (column: string) => `${column} >= @a AND ${column} < @b AND ${shiftCondition(column, shift)}`;
  return {
    countOpened: db.prepare(`SELECT count(*) FROM cases c WHERE c.created_at >= @a AND c.created_at < @b`).pluck(),
    opened: db
      .prepare(
        `SELECT c.id, c.number, c.customer_id, c.channel, c.priority, c.scenario, c.severity, c.category, c.product, c.assignee_id, c.team_id,
           c.response_due_at, c.first_response_at, c.resolution_due_at, c.resolved_at, c.reopen_count,
           CASE WHEN c.resolved_at IS NOT NULL THEN
             (SELECT COALESCE(k.ended_at, k.started_at + k.talk_seconds * 1000) + k.acw_seconds * 1000 FROM calls k WHERE k.case_id = c.id ORDER BY k.started_at LIMIT 1)
           END AS first_contact_end
         FROM cases c
         WHERE ${within('c.created_at')} AND ${orgCondition} AND ${agentCondition('c.assignee_id')}`,
      )
      .raw(),
    resolved: db.prepare(
      `SELECT c.assignee_id AS agent, count(*) AS n FROM cases c
       WHERE c.resolved_at IS NOT NULL AND ${within('c.resolved_at')} AND ${orgCondition} AND ${agentCondition('c.assignee_id')}
       GROUP BY c.assignee_id`,
    ),
    calls: db.prepare(
      `SELECT k.agent_id AS agent, count(*) AS n, sum(k.talk_seconds) AS talk, sum(k.acw_seconds) AS acw
       FROM calls k JOIN cases c ON c.id = k.case_id
       WHERE ${within('k.started_at')} AND ${orgCondition} AND ${agentCondition('k.agent_id')}
       GROUP BY k.agent_id`,
    ),
    collaboration: db.prepare(
      `SELECT e.kind, coalesce(json_extract(e.data, '$.target'), '') AS target, count(*) AS n
       FROM timeline_events e JOIN cases c ON c.id = e.case_id
       WHERE e.kind IN ('escalation', 'transfer', 'approvalRequested') AND e.kind IN ('escalation', 'transfer')
         AND ${within('e.at')} AND ${orgCondition} AND ${agentCondition('e.actor_id')}
       GROUP BY e.kind, target`,
    ),
    surveys: db.prepare(
      `SELECT coalesce(k.agent_id, c.assignee_id) AS agent, s.score, count(*) AS n
       FROM surveys s JOIN cases c ON c.id = s.case_id LEFT JOIN calls k ON k.id = s.call_id
       WHERE ${within('s.at')} AND ${orgCondition} AND ${agentCondition('coalesce(k.agent_id, c.assignee_id)')}
       GROUP BY agent, s.score`,
    ),
    followUps: db.prepare(
      // Counted as followUpOutcome (shared/domain/promises.ts) says: done after its time is missed.
      `SELECT f.kind, CASE WHEN f.state = 'done' AND f.done_at > f.due_at THEN 'missed' ELSE f.state END AS state, count(*) AS n
       FROM follow_ups f JOIN cases c ON c.id = f.case_id
       WHERE ${within('f.due_at')} AND ${orgCondition} AND ${agentCondition('f.agent_id')}
       GROUP BY f.kind, 2`,
    ),
    reopened: db.prepare(
      `SELECT c.id, c.number, c.customer_id, c.subject, c.reopen_count, c.status, c.assignee_id, max(e.at) AS reopened_at
       FROM cases c JOIN timeline_events e ON e.case_id = c.id
       WHERE c.reopen_count > 0 AND e.kind = 'statusChanged' AND json_extract(e.data, '$.to') = 'reopened'
         AND ${within('e.at')} AND ${orgCondition} AND ${agentCondition('c.assignee_id')}
       GROUP BY c.id ORDER BY reopened_at, c.number`,
    ),
    collaborated: db
      .prepare("SELECT DISTINCT case_id FROM timeline_events WHERE kind IN ('escalation', 'transfer', 'approvalRequested') AND kind IN ('escalation', 'transfer')")
      .pluck(),
    customer: db.prepare('SELECT name, phone FROM customers WHERE id = ?'),
    customerCount: db.prepare('SELECT count(*) FROM customers').pluck(),
    allCustomers: db.prepare('SELECT id, name, phone FROM customers').raw(),
  };
}

/** When the newest case in the store was opened (null: no case yet); the report's default period starts from it. */
export function latestCaseCreatedAt(db: ReadableDB): number | null {
  return (db.prepare('SELECT max(created_at) FROM cases').pluck().get() as number | null) ?? null;
}
