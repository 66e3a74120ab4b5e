import type { WritableDB } from '../db';

/** Page cache while loading: holds a transaction's new pages and the right edges of the B-trees. */
const LOAD_CACHE_KIB = 262_144;
/**
 * Page cache while building indexes. Smaller is faster here: the sorter then sorts many small runs
 * (in parallel with `threads`) and merges them, instead of one huge in-memory sort (measured on
 * 1M cases: 10.5 s instead of 14.7 s with a 1 GiB cache).
 */
const INDEX_CACHE_KIB = 16_384;

/**
 * Runs `work` with the connection tuned for a one-off bulk load into a fresh store, then restores
 * every setting: no fsync, the rollback journal in memory instead of the WAL (new pages are
 * written once instead of to the WAL and again by checkpoints), a bigger page cache, in-memory
 * temp storage, two sorter threads, and no foreign-key checks (verify with foreign_key_check).
 * Not crash-safe: a process killed mid-load leaves a store to be thrown away and seeded again.
 */
export async function withBulkSettings<T>(db: WritableDB, work: () => T | Promise<T>): Promise<T> {
  const saved = {
    synchronous: db.pragma('synchronous', { simple: true }) as number,
    cache_size: db.pragma('cache_size', { simple: true }) as number,
    temp_store: db.pragma('temp_store', { simple: true }) as number,
    foreign_keys: db.pragma('foreign_keys', { simple: true }) as number,
    threads: db.pragma('threads', { simple: true }) as number,
  };
  const journal = db.pragma('journal_mode', { simple: true }) as string;
  db.pragma('synchronous = OFF');
  db.pragma(`cache_size = -${LOAD_CACHE_KIB}`);
  db.pragma('temp_store = MEMORY');
  db.pragma('foreign_keys = OFF');
  db.pragma('threads = 2');
  // Stays in WAL when another connection has the file open; the load is only slower then.
  if (journal === 'wal') db.pragma('journal_mode = MEMORY');
  try {
    return await work();
  } finally {
    if (journal === 'wal') db.pragma('journal_mode = WAL');
    for (const [name, value] of Object.entries(saved)) db.pragma(`${name} = ${value}`);
  }
}

/**
 * Runs `work` with the secondary indexes and triggers (the sync capture: demo rows are never
 * synced) of `tables` dropped, then recreates them from their saved
 * `sqlite_master.sql` — one sort per index instead of millions of scattered B-tree updates. The
 * indexes SQLite makes for PRIMARY KEY and UNIQUE constraints have no `sql` and are never dropped.
 * The indexes are recreated even when `work` throws. Returns what `work` returned and the time the
 * rebuild took.
 */
export function withoutIndexes<T>(db: WritableDB, tables: readonly string[], work: () => T): { result: T; indexMs: number } {
  const placeholders = tables.map(() => '?').join(', ');
  const indexes = db.prepare(`SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL AND tbl_name IN (${placeholders}) ORDER BY rowid`).all(...tables) as {
    name: string;
    sql: string;
    type: 'index' | 'trigger';
  }[];
  db.transaction(() => {
    for (const index of indexes) db.exec(`DROP ${index.type.toUpperCase()} "${index.name}"`);
  })();
  let result: T;
  let indexMs = 0;
  try {
    result = work();
  } finally {
    const start = performance.now();
    const cache = db.pragma('cache_size', { simple: true }) as number;
    db.pragma(`cache_size = -${INDEX_CACHE_KIB}`);
    try {
      db.transaction(() => {
        for (const index of indexes) db.exec(index.sql);
      })();
    } finally {
      db.pragma(`cache_size = ${cache}`);
    }
    indexMs = performance.now() - start;
  }
  return { result, indexMs };
}
