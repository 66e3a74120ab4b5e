import { maskPhone } from '../../../shared/domain/piiMask';
import { DUE_SOON_MS } from '../../../shared/domain/slaState';
import { AppError } from '../../../shared/result';
import { statement, type ReadableDB } from '../db';
import { caseFieldColumns, type CaseFieldChanges } from './caseUpdates';
import type { CasePage, CaseSort, CaseSummary, Channel, CaseStatus, ParsedListCasesQuery } from '../../../shared/schemas/case';
import type { Category, Priority } from '../../../shared/schemas/domainTerms';

interface CaseRow {
  id: string;
  number: string;
  subject: string;
  channel: Channel;
  status: CaseStatus;
  customer_name: string;
  customer_phone: string;
  priority: Priority;
  category: Category | null;
  assignee_id: string | null;
  assignee_name: string | null;
  resolution_due_at: number | null;
  created_at: number;
  updated_at: number;
}

const summaryColumns = `c.id, c.number, c.subject, c.channel, c.status, cu.name AS customer_name, cu.phone AS customer_phone,
  c.priority, c.category, c.assignee_id, a.name AS assignee_name, c.resolution_due_at, c.created_at, c.updated_at`;
const summaryFrom = 'FROM cases c JOIN customers cu ON cu.id = c.customer_id LEFT JOIN agents a ON a.id = c.assignee_id';

/** Personal data is masked here, at the read boundary: nothing unmasked leaves the store by this path. */
function toSummary(row: CaseRow): CaseSummary {
  return {
    id: row.id,
    number: row.number,
    subject: row.subject,
    channel: row.channel,
    status: row.status,
    customerName: row.customer_name,
    customerPhoneMasked: maskPhone(row.customer_phone),
    priority: row.priority,
    category: row.category,
    assigneeId: row.assignee_id,
    assigneeName: row.assignee_name,
    resolutionDueAt: row.resolution_due_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getCaseSummary(db: ReadableDB, id: string): CaseSummary {
  const row = db.prepare(`SELECT ${summaryColumns} ${summaryFrom} WHERE c.id = ?`).get(id) as CaseRow | undefined;
  if (!row) throw new AppError('not_found', `no case with id ${id}`);
  return toSummary(row);
}

export type CaseListQuery = Omit<ParsedListCasesQuery, 'sort'> & { sort?: CaseSort | undefined };


const sortKeys: Record<CaseSort, { expression: string; direction: 'asc' | 'desc' }> = {
  updatedAt: { expression: 'c.updated_at', direction: 'desc' },
  createdAt: { expression: 'c.created_at', direction: 'desc' },
  // Cases without a due time (resolved or never set) come last.
  resolutionDue: { expression: 'coalesce(c.resolution_due_at, 9007199254740991)', direction: 'asc' },
};

const open = "c.status NOT IN ('resolved', 'closed')";

function filtersOf(query: CaseListQuery, now: number): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const oneOf = (column: string, values: readonly unknown[] | undefined) => {
    if (!values) return;
    where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  oneOf('c.status', query.statuses);
  oneOf('c.priority', query.priorities);
  oneOf('c.channel', query.channels);
  oneOf('c.category', query.categories);
  if (query.slaStates) {
    const states = query.slaStates.map((state) => {
      if (state === 'breached') return 'c.resolution_due_at < ?';
      if (state === 'dueSoon') return 'c.resolution_due_at >= ? AND c.resolution_due_at < ?';
      return 'c.resolution_due_at >= ?';
    });
    where.push(`${open} AND c.resolution_due_at IS NOT NULL AND ((${states.join(') OR (')}))`);
    for (const state of query.slaStates) params.push(...(state === 'breached' ? [now] : state === 'dueSoon' ? [now, now + DUE_SOON_MS] : [now + DUE_SOON_MS]));
  }
  if (query.assigneeId === null) where.push('c.assignee_id IS NULL');
  else if (query.assigneeId) {
    where.push('c.assignee_id = ?');
    params.push(query.assigneeId);
  }
  if (query.customerId) {
    where.push('c.customer_id = ?');
    params.push(query.customerId);
  }
  if (query.createdFrom !== undefined) {
    where.push('c.created_at >= ?');
    params.push(query.createdFrom);
  }
  if (query.createdTo !== undefined) {
    where.push('c.created_at < ?');
    params.push(query.createdTo);
  }
  if (query.text) {
    where.push("(c.number LIKE ? ESCAPE '\\' OR c.subject LIKE ? ESCAPE '\\')");
    const like = `%${query.text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    params.push(like, like);
  }
  return { where, params };
}

/**
 * One page of cases, filtered and sorted, keyset-paged on (sort key, id) so a deep page costs
 * what the first does. The total is counted for the first page only; later pages return -1.
 */
export function listCases(db: ReadableDB, query: CaseListQuery, now: number = Date.now()): CasePage {
  const { where, params } = filtersOf(query, now);
  const sort = sortKeys[query.sort ?? 'updatedAt'];
  const direction = query.direction ?? sort.direction;
  const compare = direction === 'desc' ? '<' : '>';
  const pageWhere = query.after ? [...where, `(${sort.expression}, c.id) ${compare} (?, ?)`] : where;
  const pageParams = query.after ? [...params, query.after.key ?? Number.MAX_SAFE_INTEGER, query.after.id] : params;
  const clause = pageWhere.length ? `WHERE ${pageWhere.join(' AND ')}` : '';
  const order = `ORDER BY ${sort.expression} ${direction.toUpperCase()}, c.id ${direction.toUpperCase()}`;
  const rows = statement(db, `SELECT ${summaryColumns}, ${sort.expression} AS sort_key ${summaryFrom} ${clause} ${order} LIMIT ?`).all(...pageParams, query.limit + 1) as (CaseRow & { sort_key: number })[];
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const next = rows.length > query.limit && last ? { key: last.sort_key, id: last.id } : null;
  let total = -1;
  if (!query.after) {
    const countClause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    total = (statement(db, `SELECT count(*) AS total FROM cases c ${countClause}`).get(...params) as { total: number }).total;
  }
  return { rows: page.map(toSummary), next, total };
}

export function caseExists(db: ReadableDB, caseId: string): boolean {
  return statement(db, 'SELECT 1 FROM cases WHERE id = ?').get(caseId) !== undefined;
}

/** Whether the case is this customer's. */
export function isCustomersCase(db: ReadableDB, caseId: string, customerId: string): boolean {
  return statement(db, 'SELECT 1 FROM cases WHERE id = ? AND customer_id = ?').get(caseId, customerId) !== undefined;
}

/** The case's status, undefined when there is no such case. */
export function caseStatusOf(db: ReadableDB, caseId: string): CaseStatus | undefined {
  return (statement(db, 'SELECT status FROM cases WHERE id = ?').get(caseId) as { status: CaseStatus } | undefined)?.status;
}

/** The case's channel, undefined when there is no such case. */
export function caseChannelOf(db: ReadableDB, caseId: string): Channel | undefined {
  return (statement(db, 'SELECT channel FROM cases WHERE id = ?').get(caseId) as { channel: Channel } | undefined)?.channel;
}

/** The case's tags, undefined when there is no such case. */
export function caseTagsOf(db: ReadableDB, caseId: string): string[] | undefined {
  const row = statement(db, 'SELECT tags FROM cases WHERE id = ?').get(caseId) as { tags: string } | undefined;
  return row ? (JSON.parse(row.tags) as string[]) : undefined;
}

export interface CaseEditState {
  status: CaseStatus;
  /** The editable fields as stored (contract names). */
  fields: Record<keyof CaseFieldChanges, unknown>;
}

/** A case's status and editable fields, or not_found. */
export function caseEditStateOrThrow(db: ReadableDB, caseId: string): CaseEditState {
  const row = statement(db, 'SELECT * FROM cases WHERE id = ?').get(caseId) as ({ status: CaseStatus } & Record<string, unknown>) | undefined;
  if (!row) throw new AppError('not_found', `no case with id ${caseId}`);
  const fields = Object.fromEntries(Object.entries(caseFieldColumns).map(([field, column]) => [field, row[column]])) as CaseEditState['fields'];
  return { status: row.status, fields };
}

/** What a call's wrap-up needs to know about its case, undefined when there is no such case. */
export function wrapUpStateOf(db: ReadableDB, caseId: string): { status: CaseStatus; customerId: string } | undefined {
  const row = statement(db, 'SELECT status, customer_id FROM cases WHERE id = ?').get(caseId) as { status: CaseStatus; customer_id: string } | undefined;
  return row && { status: row.status, customerId: row.customer_id };
}
