import type { Channel, ParsedNewCase } from '../../../shared/schemas/case';
import { statement, type WritableDB } from '../db';

/** The next case sequence number of a local day (1 for the day's first case). */
export function nextCaseSequence(db: WritableDB, day: string): number {
  const { last } = statement(db, 'INSERT INTO case_number_seq (day, last) VALUES (?, 1) ON CONFLICT(day) DO UPDATE SET last = last + 1 RETURNING last').get(day) as { last: number };
  return last;
}

export interface NewCaseRow {
  id: string;
  number: string;
  customerId: string;
  channel: Channel;
  subject: string;
  now: number;
  scenario: NonNullable<ParsedNewCase['scenario']>;
  category: ParsedNewCase['category'] | null;
  priority: NonNullable<ParsedNewCase['priority']>;
  severity: ParsedNewCase['severity'] | null;
  description: string;
  product: string | null;
  orderNo: string | null;
  assignee: { id: string; teamId: string | null; branchId: string } | null;
  responseDueAt: number | null;
  resolutionDueAt: number | null;
}

/** Inserts a new case row with status `new`. */
export function insertCaseRow(db: WritableDB, row: NewCaseRow): void {
  statement(
    db,
    `INSERT INTO cases (id, number, customer_id, channel, status, subject, created_at, updated_at, scenario, category, priority, severity,
       description, product, order_no, assignee_id, team_id, branch_id, response_due_at, resolution_due_at)
     VALUES (?, ?, ?, ?, 'new', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    row.id,
    row.number,
    row.customerId,
    row.channel,
    row.subject,
    row.now,
    row.now,
    row.scenario,
    row.category,
    row.priority,
    row.severity,
    row.description,
    row.product,
    row.orderNo,
    row.assignee?.id ?? null,
    row.assignee?.teamId ?? null,
    row.assignee?.branchId ?? null,
    row.responseDueAt,
    row.resolutionDueAt,
  );
}
