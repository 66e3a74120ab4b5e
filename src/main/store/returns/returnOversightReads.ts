import type { RecordedStep, ReturnState } from '../../../shared/domain/returnFlow';
import type { ReturnStep } from '../../../shared/schemas/domainTerms';
import { statement, type ReadableDB } from '../db';

/** Returns with their cases and steps, as the lead's team view and the shift report read them. */

export interface OversightReturnRow {
  id: string;
  caseId: string;
  number: string;
  subject: string;
  customerId: string;
  customerName: string;
  customerPhone: string;
  kind: 'return' | 'exchange';
  step: ReturnStep;
  state: ReturnState;
  createdAt: number;
  assigneeName: string | null;
  steps: RecordedStep[];
}

const columns = `r.id, r.case_id AS caseId, c.number, c.subject, c.customer_id AS customerId, cu.name AS customerName, cu.phone AS customerPhone, r.kind, r.step, r.state,
  r.created_at AS createdAt, a.name AS assigneeName`;
const from = `FROM returns r JOIN cases c ON c.id = r.case_id JOIN customers cu ON cu.id = c.customer_id LEFT JOIN agents a ON a.id = c.assignee_id`;

function withSteps(db: ReadableDB, rows: Omit<OversightReturnRow, 'steps'>[]): OversightReturnRow[] {
  if (rows.length === 0) return [];
  const steps = statement(db, 'SELECT return_id AS returnId, step, at, due_at AS dueAt FROM return_steps WHERE return_id IN (SELECT value FROM json_each(?)) ORDER BY at, id').all(
    JSON.stringify(rows.map((r) => r.id)),
  ) as (RecordedStep & { returnId: string })[];
  const byReturn = new Map<string, RecordedStep[]>();
  for (const { returnId, ...s } of steps) {
    let list = byReturn.get(returnId);
    if (!list) byReturn.set(returnId, (list = []));
    list.push(s);
  }
  return rows.map((r) => ({ ...r, steps: byReturn.get(r.id) ?? [] }));
}

/** The open returns on cases of one team or branch (`column` = `id`), oldest request first, at most `limit`. */
export function openReturnsIn(db: ReadableDB, column: 'team_id' | 'branch_id', id: string | null, limit: number): OversightReturnRow[] {
  const rows = statement(db, `SELECT ${columns} ${from} WHERE r.state = 'open' AND c.${column} = ? ORDER BY r.created_at, r.id LIMIT ${Math.max(1, Math.floor(limit))}`).all(id) as Omit<
    OversightReturnRow,
    'steps'
  >[];
  return withSteps(db, rows);
}

export interface ReturnReportScope {
  branchId: string | null;
  teamId: string | null;
  agentId: string | null;
  from: number;
  to: number;
}

/**
 * The returns a shift report over [from, to) counts: requested before its end, and still open or
 * changed at or after its start (a return closed before the period has nothing in it), on cases
 * in the branch, team and of the agent given (null: any).
 */
export function returnsForReport(db: ReadableDB, scope: ReturnReportScope): OversightReturnRow[] {
  const rows = statement(
    db,
    `SELECT ${columns} ${from}
     WHERE r.created_at < @to AND (r.state = 'open' OR r.updated_at >= @from)
       AND (@branchId IS NULL OR c.branch_id = @branchId) AND (@teamId IS NULL OR c.team_id = @teamId) AND (@agentId IS NULL OR c.assignee_id = @agentId)
     ORDER BY r.created_at, r.id`,
  ).all(scope) as Omit<OversightReturnRow, 'steps'>[];
  return withSteps(db, rows);
}
