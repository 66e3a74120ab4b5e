import type { Database } from 'better-sqlite3';
import { maskPhone } from '../../shared/domain/piiMask';
import { AppError } from '../../shared/result';
import { statement } from './statements';
import type { CaseCursor, CasePage, CaseSummary, Channel, CaseStatus } from '../../shared/schemas/case';

interface CaseRow {
  id: string;
  number: string;
  subject: string;
  channel: Channel;
  status: CaseStatus;
  customer_name: string;
  customer_phone: string;
  created_at: number;
  updated_at: number;
}

const summaryColumns = `c.id, c.number, c.subject, c.channel, c.status, cu.name AS customer_name, cu.phone AS customer_phone,
  c.created_at, c.updated_at FROM cases c JOIN customers cu ON cu.id = c.customer_id`;

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
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getCaseSummary(db: Database, id: string): CaseSummary {
  const row = db.prepare(`SELECT ${summaryColumns} WHERE c.id = ?`).get(id) as CaseRow | undefined;
  if (!row) throw new AppError('not_found', `no case with id ${id}`);
  return toSummary(row);
}

export interface CaseListQuery {
  limit: number;
  after?: CaseCursor | undefined;
  statuses?: CaseStatus[] | undefined;
  assigneeId?: string | undefined;
  customerId?: string | undefined;
}

function filtersOf(query: CaseListQuery): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.statuses) {
    where.push(`c.status IN (${query.statuses.map(() => '?').join(', ')})`);
    params.push(...query.statuses);
  }
  if (query.assigneeId) {
    where.push('c.assignee_id = ?');
    params.push(query.assigneeId);
  }
  if (query.customerId) {
    where.push('c.customer_id = ?');
    params.push(query.customerId);
  }
  return { where, params };
}

/**
 * Newest first, keyset-paged on (updated_at, id) so a deep page costs what the first does.
 * The total is counted for the first page only; later pages return -1 there (unchanged).
 */
export function listCases(db: Database, query: CaseListQuery): CasePage {
  const { where, params } = filtersOf(query);
  const pageWhere = query.after ? [...where, '(c.updated_at, c.id) < (?, ?)'] : where;
  const pageParams = query.after ? [...params, query.after.updatedAt, query.after.id] : params;
  const clause = pageWhere.length ? `WHERE ${pageWhere.join(' AND ')}` : '';
  const rows = statement(db, `SELECT ${summaryColumns} ${clause} ORDER BY c.updated_at DESC, c.id DESC LIMIT ?`).all(...pageParams, query.limit + 1) as CaseRow[];
  const page = rows.slice(0, query.limit).map(toSummary);
  const last = page.at(-1);
  const next = rows.length > query.limit && last ? { updatedAt: last.updatedAt, id: last.id } : null;
  let total = -1;
  if (!query.after) {
    const countClause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    total = (statement(db, `SELECT count(*) AS total FROM cases c ${countClause}`).get(...params) as { total: number }).total;
  }
  return { rows: page, next, total };
}
