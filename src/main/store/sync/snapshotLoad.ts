import type { Statement } from 'better-sqlite3';
import { statement, type ReadableDB, type WritableDB } from '../db';

/**
 * Loading a first-sync snapshot (sync/snapshotSync.ts) in bulk: rows grouped by table and column
 * list, written with multi-row upserts while the tables' secondary indexes and sync-capture
 * triggers are dropped, and both made again before the same transaction commits — so a store
 * killed mid-load rolls back whole, indexes and triggers included.
 */

export type SnapshotValue = string | number | null;

/** Rows of one table with the same columns: `values` holds them one after another, `columns.length` values each. */
export interface SnapshotGroup {
  table: string;
  pk: readonly string[];
  columns: readonly string[];
  values: SnapshotValue[];
}

/** Rows per multi-row statement (SQLite allows 32,766 parameters per statement). */
const ROWS_PER_STATEMENT = 64;

/** True when none of `tables` holds a row: a store that has never synced nor been written to. */
export function tablesEmpty(db: ReadableDB, tables: readonly string[]): boolean {
  return tables.every((table) => statement(db, `SELECT 1 FROM ${table} LIMIT 1`).get() === undefined);
}

/**
 * Writes every group; a row whose key is already there takes the snapshot's values (as a pull
 * with no local changes does). `bulkTables` must be empty (their indexes are dropped and rebuilt
 * once, one sort each, instead of updated row by row). Call inside a transaction, foreign keys
 * off and sync capture off.
 */
export function writeSnapshotRows(db: WritableDB, groups: readonly SnapshotGroup[], bulkTables: readonly string[]): void {
  const placeholders = bulkTables.map(() => '?').join(', ');
  const dropped = db
    .prepare(`SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL AND tbl_name IN (${placeholders}) ORDER BY rowid`)
    .all(...bulkTables) as { type: 'index' | 'trigger'; name: string; sql: string }[];
  for (const item of dropped) db.exec(`DROP ${item.type.toUpperCase()} "${item.name}"`);
  for (const group of groups) upsertAll(db, group);
  for (const item of dropped) db.exec(item.sql);
}

function upsertAll(db: WritableDB, group: SnapshotGroup): void {
  const width = group.columns.length;
  const tuple = `(${group.columns.map(() => '?').join(', ')})`;
  const settable = group.columns.filter((c) => !group.pk.includes(c));
  const conflict = settable.length > 0 ? `ON CONFLICT (${group.pk.join(', ')}) DO UPDATE SET ${settable.map((c) => `${c} = excluded.${c}`).join(', ')}` : `ON CONFLICT (${group.pk.join(', ')}) DO NOTHING`;
  const sql = (rows: number) => `INSERT INTO ${group.table} (${group.columns.join(', ')}) VALUES ${Array.from({ length: rows }, () => tuple).join(', ')} ${conflict}`;
  const rows = group.values.length / width;
  const full = Math.floor(rows / ROWS_PER_STATEMENT);
  let many: Statement | null = null;
  for (let i = 0; i < full; i++) {
    many ??= db.prepare(sql(ROWS_PER_STATEMENT));
    many.run(group.values.slice(i * ROWS_PER_STATEMENT * width, (i + 1) * ROWS_PER_STATEMENT * width));
  }
  const rest = rows - full * ROWS_PER_STATEMENT;
  if (rest > 0) db.prepare(sql(rest)).run(group.values.slice(full * ROWS_PER_STATEMENT * width));
}

/** Page cache while loading: a big transaction's new pages and the B-trees' right edges stay in memory. */
const LOAD_CACHE_KIB = 262_144;

/**
 * Runs `work` with foreign keys off (a child may come before its parent), a bigger page cache,
 * temp storage in memory and two sorter threads (the index rebuild), then restores each
 * setting. Call outside a transaction.
 *
 * The journal: a first sync must be crash-safe (the store may already hold local accounts), so it
 * keeps one, but while no other connection has the store open it is a rollback journal rather than
 * the WAL. The store is nearly empty, so the journal holds little, and the hundreds of MiB of new
 * pages are written once, into the store, instead of into the WAL and then again by the
 * checkpoint. A crash mid-load rolls back from the journal when the store is next opened. With
 * another connection open (a report's read snapshot) the load stays in the WAL, only slower.
 */
export function withLoadSettings<T>(db: WritableDB, work: () => T): T {
  const saved = {
    cache_size: db.pragma('cache_size', { simple: true }) as number,
    temp_store: db.pragma('temp_store', { simple: true }) as number,
    foreign_keys: db.pragma('foreign_keys', { simple: true }) as number,
    threads: db.pragma('threads', { simple: true }) as number,
  };
  db.pragma(`cache_size = -${LOAD_CACHE_KIB}`);
  db.pragma('temp_store = MEMORY');
  db.pragma('foreign_keys = OFF');
  db.pragma('threads = 2');
  const wal = switchJournal(db, 'wal', 'truncate');
  try {
    return work();
  } finally {
    if (wal) switchJournal(db, 'truncate', 'wal');
    for (const [name, value] of Object.entries(saved)) db.pragma(`${name} = ${value}`);
  }
}

/** Moves the store from journal mode `from` to `to` if it is in `from` and nothing else holds it open; returns whether it did. */
function switchJournal(db: WritableDB, from: string, to: string): boolean {
  if (db.memory || String(db.pragma('journal_mode', { simple: true })).toLowerCase() !== from) return false;
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0'); // another connection in the file: do not wait, keep the journal as it is
  try {
    return String(db.pragma(`journal_mode = ${to}`, { simple: true })).toLowerCase() === to;
  } catch {
    return false;
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}
