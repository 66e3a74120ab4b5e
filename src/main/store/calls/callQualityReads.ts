import type { Scenario } from '../../../shared/schemas/domainTerms';
import type { Channel } from '../../../shared/schemas/case';
import { statement, type ReadableDB } from '../db';

/** Reads of saved calls for quality evaluation (issue 18): one call's evidence, and the calls a sample is drawn from. */

export interface CallEvidenceRow {
  id: string;
  case_id: string;
  case_number: string;
  subject: string;
  scenario: Scenario;
  channel: Channel;
  agent_id: string | null;
  agent_name: string | null;
  started_at: number;
  talk_seconds: number;
  acw_seconds: number;
  stages: string;
  history: string;
  verification: string | null;
  hold_seconds: number;
  hold_count: number;
  response_due_at: number | null;
  first_response_at: number | null;
  resolution_due_at: number | null;
  resolved_at: number | null;
  survey_score: number | null;
}

export function callEvidenceRow(db: ReadableDB, callId: string): CallEvidenceRow | undefined {
  return statement(
    db,
    `SELECT k.id, k.case_id, c.number AS case_number, c.subject, c.scenario, k.channel, k.agent_id, a.name AS agent_name, k.started_at, k.talk_seconds, k.acw_seconds,
       k.stages, k.history, k.verification, k.hold_seconds, k.hold_count,
       c.response_due_at, c.first_response_at, c.resolution_due_at, c.resolved_at,
       (SELECT s.score FROM surveys s WHERE s.call_id = k.id ORDER BY s.at DESC LIMIT 1) AS survey_score
     FROM calls k JOIN cases c ON c.id = k.case_id LEFT JOIN agents a ON a.id = k.agent_id WHERE k.id = ?`,
  ).get(callId) as CallEvidenceRow | undefined;
}

/** Flagged phrases kept as written on this call (the `phraseKept` events that name it). */
export function keptPhrasesOfCall(db: ReadableDB, caseId: string, callId: string): { field: string; phrase: string; category: string; reason: string }[] {
  return statement(
    db,
    `SELECT coalesce(json_extract(data, '$.field'), '') AS field, coalesce(json_extract(data, '$.phrase'), '') AS phrase,
       coalesce(json_extract(data, '$.category'), '') AS category, coalesce(json_extract(data, '$.reason'), '') AS reason
     FROM timeline_events WHERE case_id = ? AND kind = 'phraseKept' AND json_extract(data, '$.callId') = ? ORDER BY at, id`,
  ).all(caseId, callId) as { field: string; phrase: string; category: string; reason: string }[];
}

export interface SampleCandidateRow {
  callId: string;
  caseId: string;
  caseNumber: string;
  subject: string;
  agentId: string | null;
  agentName: string | null;
  startedAt: number;
  scenario: Scenario;
  surveyScore: number | null;
}

/** Calls begun in [from, to) by agents of a team or branch (null: all), with the lowest survey score each got. */
export function callsForSampling(db: ReadableDB, from: number, to: number, scope: { teamId: string | null; branchId: string | null }): SampleCandidateRow[] {
  return statement(
    db,
    `SELECT k.id AS callId, k.case_id AS caseId, c.number AS caseNumber, c.subject, k.agent_id AS agentId, a.name AS agentName, k.started_at AS startedAt, c.scenario,
       (SELECT min(s.score) FROM surveys s WHERE s.call_id = k.id) AS surveyScore
     FROM calls k JOIN cases c ON c.id = k.case_id LEFT JOIN agents a ON a.id = k.agent_id
     WHERE k.started_at >= ? AND k.started_at < ? AND (? IS NULL OR a.team_id = ?) AND (? IS NULL OR a.branch_id = ?)
     ORDER BY k.started_at, k.id LIMIT 5000`,
  ).all(from, to, scope.teamId, scope.teamId, scope.branchId, scope.branchId) as SampleCandidateRow[];
}
