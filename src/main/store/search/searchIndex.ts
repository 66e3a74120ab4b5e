import { idTokens, textTokens } from '../../../shared/domain/searchTokens';
import { statement, type WritableDB } from '../db';

export type SearchKind = 'case' | 'customer' | 'article';

export interface SearchDoc {
  title: string;
  body: string;
  ids: string;
}

/**
 * Customers' documents have rowids in a range of their own (a lane), so a search reads the newest
 * matching customers with a rowid range FTS5 seeks to directly: they are found even when a name
 * also occurs in thousands of newer cases (migration 030). Cases and articles share the range
 * from 1, where every document used to be.
 */
export const SEARCH_LANE_SIZE = 2 ** 48;
export const searchLaneBase: Record<SearchKind, number> = { case: 0, customer: SEARCH_LANE_SIZE, article: 0 };

/** The rowid the next document of `kind` gets: one above the newest in its lane. */
function nextRowid(db: WritableDB, kind: SearchKind): number {
  const base = searchLaneBase[kind];
  const newest = statement(db, 'SELECT max(rowid) FROM search_docs WHERE rowid > ? AND rowid < ?').pluck().get(base, base + SEARCH_LANE_SIZE) as number | null;
  return (newest ?? base) + 1;
}

/**
 * Puts one document into the index, replacing its previous version. The new version gets a new,
 * higher rowid in its kind's lane, so the newest-first candidate scan in searchQuery sees recently
 * changed things first.
 */
function upsert(db: WritableDB, kind: SearchKind, refId: string, doc: SearchDoc): void {
  const old = statement(db, 'DELETE FROM search_docs WHERE kind = ? AND ref_id = ? RETURNING rowid').get(kind, refId) as { rowid: number } | undefined;
  if (old) statement(db, 'DELETE FROM search_index WHERE rowid = ?').run(old.rowid);
  const rowid = nextRowid(db, kind);
  statement(db, 'INSERT INTO search_docs (rowid, kind, ref_id) VALUES (?, ?, ?)').run(rowid, kind, refId);
  statement(db, 'INSERT INTO search_index (rowid, title, body, ids) VALUES (?, ?, ?, ?)').run(rowid, doc.title, doc.body, doc.ids);
}

const caseSource = `SELECT c.id, c.updated_at, c.number, c.subject, c.description, c.resolution, c.product, c.order_no, cu.name, cu.phone
  FROM cases c JOIN customers cu ON cu.id = c.customer_id`;
export interface CaseSourceRow {
  id: string;
  updated_at: number;
  number: string;
  subject: string;
  description: string;
  resolution: string | null;
  product: string | null;
  order_no: string | null;
  name: string;
  phone: string;
}
export const caseDoc = (r: Omit<CaseSourceRow, 'updated_at'>): SearchDoc => ({
  title: textTokens(r.subject),
  body: textTokens(`${r.name} ${r.product ?? ''} ${r.description} ${r.resolution ?? ''}`),
  ids: idTokens([r.number, r.order_no, r.phone]),
});

const customerSourceOf = (phonesWhere: string) => `SELECT cu.rowid AS rn, cu.updated_at, cu.id, cu.name, cu.tags, cu.account_no, cu.email, (SELECT group_concat(phone, ' ') FROM customer_phones p WHERE ${phonesWhere}) AS phones
  FROM customers cu`;
const withRemovedPhones = new WeakSet<object>();
/**
 * The customers' document source. Phones taken off a customer's list are left out; before
 * migration 034 (when older migrations rebuild the index) there is no such mark yet.
 */
function customerSource(db: WritableDB): string {
  if (!withRemovedPhones.has(db)) {
    if (!db.prepare("SELECT 1 FROM pragma_table_info('customer_phones') WHERE name = 'removed'").get()) return customerSourceOf('p.customer_id = cu.id');
    withRemovedPhones.add(db);
  }
  return customerSourceOf('p.customer_id = cu.id AND p.removed = 0');
}
export interface CustomerSourceRow {
  rn: number;
  updated_at: number;
  id: string;
  name: string;
  tags: string;
  account_no: string | null;
  /** Indexed as words (never shown by search): a customer is found by their email address. Absent: none (demo feeds). */
  email?: string | null;
  phones: string | null;
}
export const customerDoc = (r: Omit<CustomerSourceRow, 'rn' | 'updated_at'>): SearchDoc => ({
  title: textTokens(r.name),
  body: textTokens(`${(JSON.parse(r.tags) as string[]).join(' ')} ${r.email ?? ''}`),
  ids: idTokens([r.account_no, ...(r.phones ?? '').split(' ')]),
});

export const articleSource = 'SELECT id, title, body, tags FROM kb_articles';
export interface ArticleSourceRow {
  id: string;
  title: string;
  body: string;
  tags: string;
}
export const articleDoc = (r: ArticleSourceRow): SearchDoc => ({
  title: textTokens(r.title),
  body: textTokens(`${r.body} ${(JSON.parse(r.tags) as string[]).join(' ')}`),
  ids: '',
});

/** (Re-)indexes one case from its stored row; call inside the transaction that changed it. */
export function indexCase(db: WritableDB, caseId: string): void {
  const row = statement(db, `${caseSource} WHERE c.id = ?`).get(caseId) as CaseSourceRow | undefined;
  if (row) upsert(db, 'case', caseId, caseDoc(row));
}

export function indexCustomer(db: WritableDB, customerId: string): void {
  const row = statement(db, `${customerSource(db)} WHERE cu.id = ?`).get(customerId) as CustomerSourceRow | undefined;
  if (row) upsert(db, 'customer', customerId, customerDoc(row));
}

export function indexArticle(db: WritableDB, articleId: string): void {
  const row = statement(db, `${articleSource} WHERE id = ?`).get(articleId) as ArticleSourceRow | undefined;
  if (row) upsert(db, 'article', articleId, articleDoc(row));
}

const sourceOf: Record<SearchKind, (db: WritableDB) => { sql: string; key: string; doc: (row: never) => SearchDoc }> = {
  case: () => ({ sql: caseSource, key: 'c.id', doc: caseDoc as (row: never) => SearchDoc }),
  customer: (db) => ({ sql: customerSource(db), key: 'cu.id', doc: customerDoc as (row: never) => SearchDoc }),
  article: () => ({ sql: articleSource, key: 'id', doc: articleDoc as (row: never) => SearchDoc }),
};

/**
 * (Re-)indexes many documents of one kind at once, in the order of `ids` (what a large pull or a
 * first sync queued): their rows are read with one statement, and each document replaces its
 * previous version as `upsert` does. Call inside the transaction that takes them off the queue.
 */
export function indexMany(db: WritableDB, kind: SearchKind, ids: readonly string[]): void {
  if (ids.length === 0) return;
  const source = sourceOf[kind](db);
  const rows = statement(db, `${source.sql} WHERE ${source.key} IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as { id: string }[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const removeDoc = statement(db, 'DELETE FROM search_docs WHERE kind = ? AND ref_id = ? RETURNING rowid');
  const removeIndexed = statement(db, 'DELETE FROM search_index WHERE rowid = ?');
  const insertDoc = statement(db, 'INSERT INTO search_docs (rowid, kind, ref_id) VALUES (?, ?, ?)');
  const insertIndex = statement(db, 'INSERT INTO search_index (rowid, title, body, ids) VALUES (?, ?, ?, ?)');
  let rowid = nextRowid(db, kind);
  for (const id of ids) {
    const row = byId.get(id);
    if (!row) continue;
    const doc = source.doc(row as never);
    const old = removeDoc.get(kind, id) as { rowid: number } | undefined;
    if (old) removeIndexed.run(old.rowid);
    insertDoc.run(rowid, kind, id);
    insertIndex.run(rowid, doc.title, doc.body, doc.ids);
    rowid++;
  }
}

/**
 * Rebuilds the whole index from cases, customers and articles (after a migration or a bulk load),
 * oldest change first so rowid order is recency order; one transaction per batch of 20,000.
 */
export function rebuildSearchIndex(db: WritableDB, onProgress?: (done: number, total: number) => void): void {
  db.exec("DELETE FROM search_docs; INSERT INTO search_index (search_index) VALUES ('delete-all')");
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const total = count('cases') + count('customers') + count('kb_articles');
  const insertDoc = db.prepare('INSERT INTO search_docs (rowid, kind, ref_id) VALUES (?, ?, ?)');
  const insertIndex = db.prepare('INSERT INTO search_index (rowid, title, body, ids) VALUES (?, ?, ?, ?)');
  const added = new Map<number, number>(); // documents so far in each lane
  let done = 0;
  const store = db.transaction((kind: SearchKind, docs: [string, SearchDoc][]) => {
    for (const [id, doc] of docs) {
      const base = searchLaneBase[kind];
      const rowid = base + (added.get(base) ?? 0) + 1;
      added.set(base, rowid - base);
      insertDoc.run(rowid, kind, id);
      insertIndex.run(rowid, doc.title, doc.body, doc.ids);
    }
    done += docs.length;
  });
  const batch = 20_000;

  store('article', (db.prepare(`${articleSource} ORDER BY updated_at, id`).all() as ArticleSourceRow[]).map((r) => [r.id, articleDoc(r)]));

  // Least recently changed first, as for cases: the customer lane's rowid order is recency order.
  const customerPage = db.prepare(`${customerSource(db)} WHERE (cu.updated_at, cu.rowid) > (?, ?) ORDER BY cu.updated_at, cu.rowid LIMIT ${batch}`);
  for (let cursor: [number, number] = [-Infinity, 0]; ; ) {
    const rows = customerPage.all(...cursor) as CustomerSourceRow[];
    store('customer', rows.map((r) => [r.id, customerDoc(r)]));
    onProgress?.(done, total);
    if (rows.length < batch) break;
    cursor = [rows.at(-1)!.updated_at, rows.at(-1)!.rn];
  }

  const casePage = db.prepare(`${caseSource} WHERE (c.updated_at, c.id) > (?, ?) ORDER BY c.updated_at, c.id LIMIT ${batch}`);
  for (let cursor: [number, string] = [-Infinity, '']; ; ) {
    const rows = casePage.all(...cursor) as CaseSourceRow[];
    store('case', rows.map((r) => [r.id, caseDoc(r)]));
    onProgress?.(done, total);
    if (rows.length < batch) break;
    cursor = [rows.at(-1)!.updated_at, rows.at(-1)!.id];
  }
  db.exec("INSERT INTO search_index (search_index) VALUES ('optimize')");
}

/**
 * Re-indexes the customers still in the cases' rowid range into their own lane, least recently
 * changed first (migration 030). Cases and articles stay as they are.
 */
export function moveToSearchLanes(db: WritableDB): void {
  const customers = new Set(db.prepare("SELECT ref_id FROM search_docs WHERE kind = 'customer' AND rowid < ?").pluck().all(SEARCH_LANE_SIZE) as string[]);
  if (customers.size > 0) {
    const ordered = db.prepare('SELECT id FROM customers ORDER BY updated_at, rowid').pluck().all() as string[];
    for (const id of ordered) if (customers.has(id)) indexCustomer(db, id);
  }
}
