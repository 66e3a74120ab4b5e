import { statement, type ReadableDB } from './db';
import { retentionSize } from './sync/outbox';

/** Tables whose row counts support sees in a diagnostics file. */
const COUNTED_TABLES = ['cases', 'customers', 'timeline_events', 'calls', 'follow_ups', 'outbox', 'search_queue'] as const;

export interface StoreHealth {
  schemaVersion: unknown;
  quickCheck: unknown;
  pageSize: unknown;
  pages: unknown;
  rows: Record<(typeof COUNTED_TABLES)[number], number>;
  /** Acknowledged mutations kept to re-send to a server restored from a backup (retention window), and their bytes on disk. */
  syncRetention: { mutations: number; bytes: number };
}

/** The store's schema version, integrity (`quick_check`), size and main row counts, for "Export diagnostics": no customer data. */
export function storeHealth(db: ReadableDB): StoreHealth {
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    schemaVersion: db.pragma('user_version', { simple: true }),
    quickCheck: db.pragma('quick_check', { simple: true }),
    pageSize: db.pragma('page_size', { simple: true }),
    pages: db.pragma('page_count', { simple: true }),
    rows: Object.fromEntries(COUNTED_TABLES.map((t) => [t, count(t)])) as StoreHealth['rows'],
    syncRetention: retentionSize(db),
  };
}

/** How many cases, and branches plus agents, the store holds: demo data goes only into an empty store. */
export function storeOccupancy(db: ReadableDB): { cases: number; org: number } {
  return statement(db, 'SELECT (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM branches) + (SELECT count(*) FROM agents) AS org').get() as { cases: number; org: number };
}
