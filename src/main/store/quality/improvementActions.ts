import type { ImprovementAction } from '../../../shared/schemas/quality';
import { statement, type ReadableDB, type WritableDB } from '../db';

/** The only SQL for `quality_actions` (migration 032): improvement actions after an evaluation. */

export function insertImprovementAction(db: WritableDB, a: { id: string; evaluationId: string; criterionId: string | null; text: string; dueAt: number; createdBy: string | null; at: number }): void {
  statement(db, "INSERT INTO quality_actions (id, evaluation_id, criterion_id, text, due_at, state, created_by, created_at) VALUES (?, ?, ?, ?, ?, 'open', ?, ?)").run(
    a.id,
    a.evaluationId,
    a.criterionId,
    a.text,
    a.dueAt,
    a.createdBy,
    a.at,
  );
}

/** Marks an open action done; false when it was done already. */
export function completeImprovementAction(db: WritableDB, id: string, at: number): boolean {
  return statement(db, "UPDATE quality_actions SET state = 'done', done_at = ? WHERE id = ? AND state = 'open'").run(at, id).changes > 0;
}

const SELECT = `SELECT q.id, q.evaluation_id AS evaluationId, q.criterion_id AS criterionId, q.text, q.due_at AS dueAt, q.state, q.created_at AS createdAt, q.done_at AS doneAt,
  e.evaluated_agent_id AS agentId, a.name AS agentName
  FROM quality_actions q LEFT JOIN quality_evaluations e ON e.id = q.evaluation_id LEFT JOIN agents a ON a.id = e.evaluated_agent_id`;

export function improvementActionById(db: ReadableDB, id: string): ImprovementAction | undefined {
  return statement(db, `${SELECT} WHERE q.id = ?`).get(id) as ImprovementAction | undefined;
}

export function actionsOfEvaluation(db: ReadableDB, evaluationId: string): ImprovementAction[] {
  return statement(db, `${SELECT} WHERE q.evaluation_id = ? ORDER BY q.due_at, q.id`).all(evaluationId) as ImprovementAction[];
}

/** Actions of a team's (or branch's) agents: open ones by due date, and those done since `doneSince`. */
export function actionsInScope(db: ReadableDB, scope: { teamId: string | null; branchId: string | null }, doneSince: number): ImprovementAction[] {
  return statement(
    db,
    `${SELECT} WHERE (q.state = 'open' OR q.done_at >= ?) AND (? IS NULL OR a.team_id = ?) AND (? IS NULL OR a.branch_id = ?)
     ORDER BY q.state = 'done', q.due_at, q.id LIMIT 500`,
  ).all(doneSince, scope.teamId, scope.teamId, scope.branchId, scope.branchId) as ImprovementAction[];
}
