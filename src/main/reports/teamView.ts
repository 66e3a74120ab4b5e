import type { Database } from 'better-sqlite3';
import { maskPhone } from '../../shared/domain/piiMask';
import { callDraftSchema } from '../../shared/schemas/callDraft';
import type { Priority } from '../../shared/schemas/domainTerms';
import type { AgentState, BreachingCase, PendingApproval, TeamAgent, TeamView, WaitingEscalation } from '../../shared/schemas/reports';
import { statement } from '../store/db';
import { teamInScope, type LeadScope } from './reportAccess';

/** An agent whose last call (with its after-call work) ended this recently counts as active. */
export const ACTIVE_WITHIN_MS = 30 * 60_000;
/** Open cases whose next SLA due time falls within this window are "breaching soon". */
export const BREACHING_WINDOW_MS = 2 * 3_600_000;
const LIST_LIMIT = 100;

interface Scope {
  column: 'team_id' | 'branch_id';
  id: string | null;
}

/**
 * The lead's live view of the team, as far as this desktop's store knows: each agent's state (on a
 * call or in wrap-up when the call's draft is on this desktop; otherwise active if a call ended
 * within 30 minutes — other desktops' calls arrive by sync once saved), cases about to breach an
 * SLA, approval requests waiting for a decision, and escalations and transfers still open.
 */
export function getTeamView(db: Database, scope: LeadScope, requestedTeam: string | null, now: number, utcOffsetMinutes: number): TeamView {
  let teamId = teamInScope(db, scope, requestedTeam);
  if (scope.role === 'admin' && teamId === null) teamId = (db.prepare('SELECT id FROM teams ORDER BY branch_id, name LIMIT 1').pluck().get() as string | undefined) ?? null;
  const where: Scope = teamId !== null ? { column: 'team_id', id: teamId } : { column: 'branch_id', id: scope.branchId };
  const teamName = teamId ? ((statement(db, 'SELECT name FROM teams WHERE id = ?').pluck().get(teamId) as string | undefined) ?? null) : null;
  return {
    teamId,
    teamName,
    asOf: now,
    agents: agentsOf(db, where, now, utcOffsetMinutes),
    breachingSoon: breachingSoon(db, where, now),
    approvals: pendingApprovals(db, where),
    escalations: waitingEscalations(db, where),
  };
}

function agentsOf(db: Database, scope: Scope, now: number, utcOffsetMinutes: number): TeamAgent[] {
  const agents = db.prepare(`SELECT id, name, number FROM agents WHERE active = 1 AND ${scope.column} = ? ORDER BY number`).all(scope.id) as { id: string; name: string; number: string }[];
  const drafts = new Map<string, TeamAgent['currentCall'] & { talking: boolean }>();
  for (const row of db.prepare('SELECT agent_id, data FROM call_drafts WHERE agent_id IS NOT NULL ORDER BY updated_at').all() as { agent_id: string; data: string }[]) {
    const parsed = callDraftSchema.safeParse(JSON.parse(row.data));
    if (!parsed.success) continue;
    const draft = parsed.data;
    drafts.set(row.agent_id, { channel: draft.channel, startedAt: draft.startedAt, callerMasked: draft.callerNumber ? maskPhone(draft.callerNumber) : null, stage: draft.stage, talking: draft.talkEndedAt === null });
  }
  const dayStart = now - ((((now + utcOffsetMinutes * 60_000) % 86_400_000) + 86_400_000) % 86_400_000);
  const lastCall = statement(db, 'SELECT ended_at, started_at, talk_seconds, acw_seconds FROM calls WHERE agent_id = ? ORDER BY started_at DESC LIMIT 1');
  const callsSince = statement(db, 'SELECT count(*) FROM calls WHERE agent_id = ? AND started_at >= ?').pluck();
  const openCases = statement(db, "SELECT count(*) FROM cases WHERE assignee_id = ? AND status NOT IN ('resolved', 'closed')").pluck();
  return agents.map((agent) => {
    const last = lastCall.get(agent.id) as { ended_at: number | null; started_at: number; talk_seconds: number; acw_seconds: number } | undefined;
    const lastEnded = last ? (last.ended_at ?? last.started_at + last.talk_seconds * 1000) + last.acw_seconds * 1000 : null;
    const draft = drafts.get(agent.id);
    const state: AgentState = draft ? (draft.talking ? 'onCall' : 'wrapUp') : lastEnded !== null && now - lastEnded <= ACTIVE_WITHIN_MS ? 'active' : 'inactive';
    return {
      id: agent.id,
      name: agent.name,
      number: agent.number,
      state,
      currentCall: draft ? { channel: draft.channel, startedAt: draft.startedAt, callerMasked: draft.callerMasked, stage: draft.stage } : null,
      lastCallEndedAt: lastEnded,
      callsToday: callsSince.get(agent.id, dayStart) as number,
      openCases: openCases.get(agent.id) as number,
    };
  });
}

function breachingSoon(db: Database, scope: Scope, now: number): BreachingCase[] {
  const columns = `c.id, c.number, c.subject, c.priority, cu.name AS customer_name, a.name AS assignee_name`;
  const from = `FROM cases c JOIN customers cu ON cu.id = c.customer_id LEFT JOIN agents a ON a.id = c.assignee_id`;
  type Row = { id: string; number: string; subject: string; priority: Priority; customer_name: string; assignee_name: string | null; due_at: number };
  const response = db
    .prepare(`SELECT ${columns}, c.response_due_at AS due_at ${from} WHERE c.first_response_at IS NULL AND c.response_due_at > ? AND c.response_due_at <= ? AND c.${scope.column} = ? AND c.status NOT IN ('resolved', 'closed')`)
    .all(now, now + BREACHING_WINDOW_MS, scope.id) as Row[];
  const resolution = db
    .prepare(`SELECT ${columns}, c.resolution_due_at AS due_at ${from} WHERE c.resolved_at IS NULL AND c.resolution_due_at > ? AND c.resolution_due_at <= ? AND c.${scope.column} = ?`)
    .all(now, now + BREACHING_WINDOW_MS, scope.id) as Row[];
  const toCase = (metric: 'response' | 'resolution') => (r: Row): BreachingCase => ({
    caseId: r.id,
    number: r.number,
    subject: r.subject,
    customerName: r.customer_name,
    metric,
    dueAt: r.due_at,
    assigneeName: r.assignee_name,
    priority: r.priority,
  });
  return [...response.map(toCase('response')), ...resolution.map(toCase('resolution'))].sort((a, b) => a.dueAt - b.dueAt || a.number.localeCompare(b.number)).slice(0, LIST_LIMIT);
}

/**
 * Approval requests with no decision yet. A decision names the request it answers; one written
 * before decisions did (without `requestId`) answers every request on its case made up to then.
 */
export const pendingApprovalsSql = (scopeColumn: string) => `
  SELECT r.id, r.case_id, r.at, r.data, c.number, c.subject, cu.name AS customer_name, a.name AS requested_by
  FROM timeline_events r
    JOIN cases c ON c.id = r.case_id
    JOIN customers cu ON cu.id = c.customer_id
    LEFT JOIN agents a ON a.id = r.actor_id
  WHERE r.kind = 'approvalRequested' AND r.kind IN ('escalation', 'transfer', 'approvalRequested') AND c.${scopeColumn} = ?
    AND NOT EXISTS (
      SELECT 1 FROM timeline_events d
      WHERE d.case_id = r.case_id AND d.kind IN ('approvalGranted', 'approvalDenied')
        AND (json_extract(d.data, '$.requestId') = r.id OR (json_extract(d.data, '$.requestId') IS NULL AND d.at >= r.at)))
  ORDER BY r.at, r.id
  LIMIT ${LIST_LIMIT}`;

function pendingApprovals(db: Database, scope: Scope): PendingApproval[] {
  const rows = db.prepare(pendingApprovalsSql(scope.column)).all(scope.id) as {
    id: string;
    case_id: string;
    at: number;
    data: string;
    number: string;
    subject: string;
    customer_name: string;
    requested_by: string | null;
  }[];
  return rows.map((r) => {
    const data = JSON.parse(r.data) as { remedy?: string | null; solution?: string };
    return {
      requestId: r.id,
      caseId: r.case_id,
      number: r.number,
      subject: r.subject,
      customerName: r.customer_name,
      requestedAt: r.at,
      requestedBy: r.requested_by,
      remedy: data.remedy ?? null,
      solution: data.solution ?? '',
    };
  });
}

function waitingEscalations(db: Database, scope: Scope): WaitingEscalation[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.number, c.subject, c.status, c.updated_at, a.name AS assignee_name,
         (SELECT json_object('kind', e.kind, 'at', e.at, 'data', json(e.data)) FROM timeline_events e
          WHERE e.case_id = c.id AND e.kind IN ('escalation', 'transfer') ORDER BY e.at DESC LIMIT 1) AS last
       FROM cases c LEFT JOIN agents a ON a.id = c.assignee_id
       WHERE c.status IN ('escalated', 'transferred') AND c.${scope.column} = ?`,
    )
    .all(scope.id) as { id: string; number: string; subject: string; status: 'escalated' | 'transferred'; updated_at: number; assignee_name: string | null; last: string | null }[];
  return rows
    .map((r) => {
      const last = r.last ? (JSON.parse(r.last) as { kind: 'escalation' | 'transfer'; at: number; data: { target?: string; feedbackMinutes?: number } }) : null;
      const since = last?.at ?? r.updated_at;
      return {
        caseId: r.id,
        number: r.number,
        subject: r.subject,
        kind: last?.kind ?? (r.status === 'escalated' ? 'escalation' : 'transfer'),
        target: last?.data.target ?? '',
        since,
        feedbackDueAt: last?.data.feedbackMinutes ? since + last.data.feedbackMinutes * 60_000 : null,
        assigneeName: r.assignee_name,
      } satisfies WaitingEscalation;
    })
    .sort((a, b) => a.since - b.since)
    .slice(0, LIST_LIMIT);
}

