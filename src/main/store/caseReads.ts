import type { Database } from 'better-sqlite3';
import { maskPhone } from '../../shared/domain/piiMask';
import { AppError } from '../../shared/result';
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

/** Newest first, keyset-paged on (updated_at, id) so a deep page costs what the first does. */
export function listCases(db: Database, query: { limit: number; after?: CaseCursor | undefined }): CasePage {
  const rows = (
    query.after
      ? db
          .prepare(`SELECT ${summaryColumns} WHERE (c.updated_at, c.id) < (?, ?) ORDER BY c.updated_at DESC, c.id DESC LIMIT ?`)
          .all(query.after.updatedAt, query.after.id, query.limit + 1)
      : db.prepare(`SELECT ${summaryColumns} ORDER BY c.updated_at DESC, c.id DESC LIMIT ?`).all(query.limit + 1)
  ) as CaseRow[];
  const page = rows.slice(0, query.limit).map(toSummary);
  const last = page.at(-1);
  const next = rows.length > query.limit && last ? { updatedAt: last.updatedAt, id: last.id } : null;
  const { total } = db.prepare('SELECT count(*) AS total FROM cases').get() as { total: number };
  return { rows: page, next, total };
}
