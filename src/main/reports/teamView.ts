import { maskPhone } from '../../shared/domain/piiMask';
import { callDraftSchema } from '../../shared/schemas/callDraft';
import type { AgentState, BreachingCase, PendingApproval, TeamAgent, TeamView, WaitingEscalation } from '../../shared/schemas/reports';
import { majorComplaints, missedFollowUps } from './teamPromises';
import { teamReturns } from './teamReturns';
import { agentCallDrafts, callsStartedSince, lastCallOf } from '../store/calls/callReportReads';
import { casesFallingDue, escalatedCaseRows, openCasesOf, pendingApprovalRows, type DueCaseRow } from '../store/cases/teamViewReads';
import type { ReadableDB } from '../store/db';
import { activeAgentsIn, firstTeamId, teamNameOf } from '../store/organisation/organisationReads';
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
export function getTeamView(db: ReadableDB, scope: LeadScope, requestedTeam: string | null, now: number, utcOffsetMinutes: number): TeamView {
  let teamId = teamInScope(db, scope, requestedTeam);
  if (scope.role === 'admin' && teamId === null) teamId = firstTeamId(db);
  const where: Scope = teamId !== null ? { column: 'team_id', id: teamId } : { column: 'branch_id', id: scope.branchId };
  const teamName = teamId ? (teamNameOf(db, teamId) ?? null) : null;
  return {
    teamId,
    teamName,
    asOf: now,
    agents: agentsOf(db, where, now, utcOffsetMinutes),
    breachingSoon: breachingSoon(db, where, now),
    approvals: pendingApprovals(db, where),
    escalations: waitingEscalations(db, where),
    missedFollowUps: missedFollowUps(db, where, LIST_LIMIT),
    majorComplaints: majorComplaints(db, where, LIST_LIMIT),
    openReturns: teamReturns(db, where, now, LIST_LIMIT),
  };
}

function agentsOf(db: ReadableDB, scope: Scope, now: number, utcOffsetMinutes: number): TeamAgent[] {
  const agents = activeAgentsIn(db, scope.column, scope.id);
  const drafts = new Map<string, TeamAgent['currentCall'] & { talking: boolean }>();
  for (const row of agentCallDrafts(db)) {
    const parsed = callDraftSchema.safeParse(JSON.parse(row.data));
    if (!parsed.success) continue;
    const draft = parsed.data;
    drafts.set(row.agent_id, { channel: draft.channel, startedAt: draft.startedAt, callerMasked: draft.callerNumber ? maskPhone(draft.callerNumber) : null, stage: draft.stage, talking: draft.talkEndedAt === null });
  }
  const dayStart = now - ((((now + utcOffsetMinutes * 60_000) % 86_400_000) + 86_400_000) % 86_400_000);
  return agents.map((agent) => {
    const last = lastCallOf(db, agent.id);
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
      callsToday: callsStartedSince(db, agent.id, dayStart),
      openCases: openCasesOf(db, agent.id),
    };
  });
}

function breachingSoon(db: ReadableDB, scope: Scope, now: number): BreachingCase[] {
  const { response, resolution } = casesFallingDue(db, scope.column, scope.id, now, now + BREACHING_WINDOW_MS);
  type Row = DueCaseRow;
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

/** Approval requests with no decision yet (see pendingApprovalRows). */
function pendingApprovals(db: ReadableDB, scope: Scope): PendingApproval[] {
  const rows = pendingApprovalRows(db, scope.column, scope.id, LIST_LIMIT);
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

function waitingEscalations(db: ReadableDB, scope: Scope): WaitingEscalation[] {
  const rows = escalatedCaseRows(db, scope.column, scope.id);
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

