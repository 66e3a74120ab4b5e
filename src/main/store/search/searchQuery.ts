import { maskEmail, maskPhone } from '../../../shared/domain/piiMask';
import { buildMatchQuery, idChars, normalize, snippetOf } from '../../../shared/domain/searchTokens';
import type { CaseStatus } from '../../../shared/schemas/case';
import { searchKinds, type SearchHit, type SearchKind } from '../../../shared/schemas/search';
import { statement, type ReadableDB } from '../db';
import { SEARCH_LANE_SIZE, searchLaneBase } from './searchIndex';

/** Ranking looks at the newest matches only: bm25 over every match of a common term costs ~100 ms at 1M rows. */
export const CANDIDATES = 200;


interface Candidate {
  kind: SearchKind;
  id: string;
  /** Position in newest-first order, 0 = newest. */
  age: number;
  title: string;
  detail: string;
  body: string;
  ids: string[];
  phone: string | null;
  status: CaseStatus | null;
  updatedAt: number;
}

type Loaded = Omit<Candidate, 'kind' | 'id' | 'age'>;

/** Each kind's rows for a list of ids, in one statement (ids as a JSON array). */
const loaders: Record<SearchKind, (db: ReadableDB, ids: string[]) => Map<string, Loaded>> = {
  case(db, ids) {
    const rows = statement(
      db,
      `SELECT c.id, c.number, c.subject, c.description, c.resolution, c.product, c.order_no, c.status, c.updated_at, cu.name, cu.phone
       FROM cases c JOIN customers cu ON cu.id = c.customer_id WHERE c.id IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(ids)) as {
      id: string;
      number: string;
      subject: string;
      description: string;
      resolution: string | null;
      product: string | null;
      order_no: string | null;
      status: CaseStatus;
      updated_at: number;
      name: string;
      phone: string;
    }[];
    return new Map(
      rows.map((r) => [
        r.id,
        {
          title: r.subject,
          detail: [r.number, r.name, r.order_no].filter(Boolean).join(' · '),
          body: [r.product, r.description, r.resolution].filter(Boolean).join(' '),
          ids: [r.number, r.order_no ?? '', r.phone],
          phone: r.phone,
          status: r.status,
          updatedAt: r.updated_at,
        },
      ]),
    );
  },
  customer(db, ids) {
    const rows = statement(
      db,
      `SELECT id, name, phone, account_no, tags, updated_at, email, (SELECT group_concat(phone, ' ') FROM customer_phones WHERE customer_id = customers.id AND removed = 0) AS phones
       FROM customers WHERE id IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(ids)) as { id: string; name: string; phone: string; account_no: string | null; tags: string; updated_at: number; email: string | null; phones: string | null }[];
    return new Map(
      rows.map((r) => [
        r.id,
        {
          title: r.name,
          // The email only masked: a customer found by email shows which address matched, not the address.
          detail: [r.account_no, r.email ? maskEmail(r.email) : null].filter(Boolean).join(' · '),
          body: (JSON.parse(r.tags) as string[]).join(' '),
          ids: [r.account_no ?? '', ...(r.phones ?? r.phone).split(' '), r.email ?? ''],
          phone: r.phone,
          status: null,
          updatedAt: r.updated_at,
        },
      ]),
    );
  },
  article(db, ids) {
    const rows = statement(db, 'SELECT id, title, body, category, updated_at FROM kb_articles WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as {
      id: string;
      title: string;
      body: string;
      category: string;
      updated_at: number;
    }[];
    return new Map(rows.map((r) => [r.id, { title: r.title, detail: r.category, body: r.body, ids: [], phone: null, status: null, updatedAt: r.updated_at }]));
  },
};

/** Higher is better: title hits over body hits, whole identifiers over parts, then newer first. */
function scoreOf(c: Candidate, terms: string[]): number {
  const title = normalize(c.title);
  const body = normalize(`${c.detail} ${c.body}`);
  const ids = c.ids.map(idChars);
  let score = 0;
  for (const term of terms) {
    if (title.startsWith(term)) score += 5;
    else if (title.includes(term)) score += 3;
    else if (body.includes(term)) score += 1;
    const id = idChars(term);
    if (id.length > 0 && ids.some((candidate) => candidate === id)) score += 8;
    else if (id.length > 0 && ids.some((candidate) => candidate.includes(id))) score += 2;
  }
  if (c.kind === 'customer' && title === terms.join('')) score += 4;
  return score - c.age / CANDIDATES;
}

/** The newest matches in one lane (a rowid range FTS5 seeks to), of the given kinds, newest first. */
function laneRows(db: ReadableDB, match: string, lane: number, kinds: readonly SearchKind[], window: number): { kind: SearchKind; ref_id: string }[] {
  if (kinds.length === 0) return [];
  return statement(
    db,
    `SELECT d.kind, d.ref_id FROM search_index s JOIN search_docs d ON d.rowid = s.rowid
     WHERE search_index MATCH ? AND s.rowid > ? AND s.rowid < ? AND d.kind IN (SELECT value FROM json_each(?)) ORDER BY s.rowid DESC LIMIT ?`,
  ).all(match, lane, lane + SEARCH_LANE_SIZE, JSON.stringify(kinds), window) as { kind: SearchKind; ref_id: string }[];
}

/**
 * Search as you type across cases, customers and knowledge-base articles, in two lanes, each
 * reading its own rowid range newest first (rowid order is recency order):
 *  - customers first: the newest `limit` matching customers, best first. Reading exactly as many as
 *    are shown means the most recently changed matching customers are always all there (a given
 *    name shared by thousands of customers used to return none: the newest 200 matches were all
 *    cases naming them);
 *  - then up to `limit` cases and articles, ranked from their newest CANDIDATES matches.
 * Phone numbers are matched in full but only ever shown masked.
 */
export function search(db: ReadableDB, query: { text: string; kinds?: readonly SearchKind[] | undefined; limit: number }): SearchHit[] {
  const built = buildMatchQuery(query.text);
  if (!built) return [];
  const wanted = (kind: SearchKind) => !query.kinds?.length || query.kinds.includes(kind);
  const customers = wanted('customer') ? ranked(db, laneRows(db, built.match, searchLaneBase.customer, ['customer'], query.limit), built.terms) : [];
  const others = ranked(db, laneRows(db, built.match, searchLaneBase.case, (['case', 'article'] as const).filter(wanted), CANDIDATES), built.terms);
  return [...customers.slice(0, query.limit), ...others.slice(0, query.limit)].map((c) => {
    const snippet = snippetOf(c.body, built.terms);
    return {
      kind: c.kind,
      id: c.id,
      title: snippetOf(c.title, built.terms, 200),
      detail: snippetOf(c.detail, built.terms, 200),
      snippet: snippet.some((part) => part.hit) ? snippet : [],
      phoneMasked: c.phone ? maskPhone(c.phone) : null,
      status: c.status,
      updatedAt: c.updatedAt,
    };
  });
}

/** Loads the rows of a lane's matches (each in newest-first order within its kind) and sorts them best first. */
function ranked(db: ReadableDB, rows: { kind: SearchKind; ref_id: string }[], terms: string[]): Candidate[] {
  const loaded = Object.fromEntries(
    searchKinds.map((kind) => {
      const ids = rows.filter((r) => r.kind === kind).map((r) => r.ref_id);
      return [kind, ids.length ? loaders[kind](db, ids) : new Map<string, Loaded>()];
    }),
  ) as Record<SearchKind, Map<string, Loaded>>;
  const candidates: Candidate[] = [];
  rows.forEach((row, age) => {
    const found = loaded[row.kind].get(row.ref_id);
    if (found) candidates.push({ kind: row.kind, id: row.ref_id, age, ...found });
  });
  return candidates
    .map((c) => ({ c, score: scoreOf(c, terms) }))
    .sort((a, b) => b.score - a.score)
    .map(({ c }) => c);
}
