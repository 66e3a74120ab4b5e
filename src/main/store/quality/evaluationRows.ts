import type { EvaluationState } from '../../../shared/domain/quality/exchange';
import type { EvaluationMark, QualityEvaluation } from '../../../shared/schemas/quality';
import { statement, type ReadableDB, type WritableDB } from '../db';

/** The only SQL for `quality_evaluations` (migration 032): a lead's scores for one call. */

export interface NewEvaluation {
  id: string;
  callId: string;
  caseId: string;
  agentId: string | null;
  scoredBy: string | null;
  scorecardId: string;
  scorecardVersion: number;
  marks: EvaluationMark[];
  score: number | null;
  at: number;
}

export function insertEvaluation(db: WritableDB, e: NewEvaluation): void {
  statement(
    db,
    `INSERT INTO quality_evaluations (id, call_id, case_id, evaluated_agent_id, scored_by, scorecard_id, scorecard_version, marks, score, state, scored_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'scored', ?, ?)`,
  ).run(e.id, e.callId, e.caseId, e.agentId, e.scoredBy, e.scorecardId, e.scorecardVersion, JSON.stringify(e.marks), e.score, e.at, e.at);
}

/** Scores an evaluation again (same card version): the marks, the score, who and when; back to `scored`. */
export function rescoreEvaluation(db: WritableDB, id: string, e: Pick<NewEvaluation, 'marks' | 'score' | 'scoredBy' | 'at'>): void {
  statement(db, "UPDATE quality_evaluations SET marks = ?, score = ?, scored_by = ?, scored_at = ?, updated_at = ?, state = 'scored' WHERE id = ?").run(
    JSON.stringify(e.marks),
    e.score,
    e.scoredBy,
    e.at,
    e.at,
    id,
  );
}

/** Moves the exchange on; false when the state was no longer `from` (changed meanwhile, here or pulled). */
export function moveEvaluationState(db: WritableDB, id: string, from: EvaluationState, to: EvaluationState, at: number): boolean {
  return statement(db, 'UPDATE quality_evaluations SET state = ?, updated_at = ? WHERE id = ? AND state = ?').run(to, at, id, from).changes > 0;
}

interface Row {
  id: string;
  call_id: string;
  case_id: string;
  case_number: string | null;
  evaluated_agent_id: string | null;
  agent_name: string | null;
  scored_by: string | null;
  scorer_name: string | null;
  scorecard_id: string;
  scorecard_version: number;
  marks: string;
  score: number | null;
  state: EvaluationState;
  scored_at: number;
  updated_at: number;
}

const SELECT = `SELECT e.*, c.number AS case_number, a.name AS agent_name, s.name AS scorer_name FROM quality_evaluations e
  LEFT JOIN cases c ON c.id = e.case_id LEFT JOIN agents a ON a.id = e.evaluated_agent_id LEFT JOIN agents s ON s.id = e.scored_by`;

function marksOf(text: string): EvaluationMark[] {
  try {
    const parsed = JSON.parse(text) as unknown;
    return Array.isArray(parsed) ? (parsed as EvaluationMark[]) : [];
  } catch {
    return [];
  }
}

function evaluationOf(row: Row): QualityEvaluation {
  return {
    id: row.id,
    callId: row.call_id,
    caseId: row.case_id,
    caseNumber: row.case_number,
    agentId: row.evaluated_agent_id,
    agentName: row.agent_name,
    scoredBy: row.scored_by,
    scorerName: row.scorer_name,
    scorecardId: row.scorecard_id,
    scorecardVersion: row.scorecard_version,
    marks: marksOf(row.marks),
    score: row.score,
    state: row.state,
    scoredAt: row.scored_at,
    updatedAt: row.updated_at,
  };
}

export function evaluationById(db: ReadableDB, id: string): QualityEvaluation | undefined {
  const row = statement(db, `${SELECT} WHERE e.id = ?`).get(id) as Row | undefined;
  return row && evaluationOf(row);
}

/** The call's evaluation (the first made, when two leads scored it on different desktops). */
export function evaluationOfCall(db: ReadableDB, callId: string): QualityEvaluation | undefined {
  const row = statement(db, `${SELECT} WHERE e.call_id = ? ORDER BY e.scored_at, e.id LIMIT 1`).get(callId) as Row | undefined;
  return row && evaluationOf(row);
}

/** An agent's evaluations, newest first. */
export function evaluationsOfAgent(db: ReadableDB, agentId: string, limit = 200): QualityEvaluation[] {
  return (statement(db, `${SELECT} WHERE e.evaluated_agent_id = ? ORDER BY e.scored_at DESC, e.id DESC LIMIT ?`).all(agentId, limit) as Row[]).map(evaluationOf);
}

/** Evaluations scored in [from, to), narrowed to a team or branch of the evaluated agent (null: all). */
export function evaluationsInPeriod(db: ReadableDB, from: number, to: number, scope: { teamId: string | null; branchId: string | null }): QualityEvaluation[] {
  return (
    statement(
      db,
      `${SELECT} WHERE e.scored_at >= ? AND e.scored_at < ?
        AND (? IS NULL OR a.team_id = ?) AND (? IS NULL OR a.branch_id = ?)
      ORDER BY e.scored_at, e.id LIMIT 20000`,
    ).all(from, to, scope.teamId, scope.teamId, scope.branchId, scope.branchId) as Row[]
  ).map(evaluationOf);
}

/** Evaluation id and score per call, for the calls given that have one. */
export function evaluationsOfCalls(db: ReadableDB, callIds: readonly string[]): Map<string, { id: string; score: number | null }> {
  const found = new Map<string, { id: string; score: number | null }>();
  if (callIds.length === 0) return found;
  const rows = statement(db, "SELECT call_id, id, score FROM quality_evaluations WHERE call_id IN (SELECT value FROM json_each(?)) ORDER BY scored_at DESC").all(JSON.stringify(callIds)) as { call_id: string; id: string; score: number | null }[];
  for (const row of rows) found.set(row.call_id, { id: row.id, score: row.score });
  return found;
}
