import type { ReadableDB } from './db';

/** One table or index of the store and the space it takes in the file. */
export interface StoreObjectSize {
  name: string;
  /** The table it belongs to (for an FTS5 shadow table, the virtual table, e.g. `search_index`). */
  table: string;
  kind: 'table' | 'index';
  pages: number;
  /** Bytes of the pages it holds (page size × pages). */
  bytes: number;
  /** Of those, bytes not used by any cell (free space inside its pages). */
  unusedBytes: number;
}

export interface StoreSize {
  pageSize: number;
  /** Pages in the file, and of those the free pages (on the freelist, reused before the file grows). */
  pages: number;
  freePages: number;
  fileBytes: number;
  /** Every table and index, the largest first. */
  objects: StoreObjectSize[];
}

/** FTS5 keeps its index in shadow tables named `<table>_data`, `_idx`, `_content`, `_docsize`, `_config`. */
const FTS_SHADOW = /^(.*)_(data|idx|content|docsize|config)$/;

/**
 * Space per table and index, from SQLite's `dbstat` virtual table (one aggregated row per B-tree).
 * Reads every page of the file, like an integrity check: seconds on a 1M-case store, so it is for
 * the benchmark and support, never for a screen.
 */
export function storeSize(db: ReadableDB): StoreSize {
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pages = db.pragma('page_count', { simple: true }) as number;
  const freePages = db.pragma('freelist_count', { simple: true }) as number;
  const master = db.prepare("SELECT name, tbl_name AS tbl, type FROM sqlite_schema WHERE type IN ('table', 'index')").all() as { name: string; tbl: string; type: 'table' | 'index' }[];
  const virtual = new Set((db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'").all() as { name: string }[]).map((r) => r.name));
  const owner = new Map(master.map((m) => [m.name, m]));
  const rows = db.prepare('SELECT name, pageno AS pages, pgsize AS bytes, unused FROM dbstat WHERE aggregate = TRUE').all() as { name: string; pages: number; bytes: number; unused: number }[];
  const objects = rows.map((row): StoreObjectSize => {
    const known = owner.get(row.name);
    const shadowOf = FTS_SHADOW.exec(row.name)?.[1];
    const table = shadowOf && virtual.has(shadowOf) ? shadowOf : (known?.tbl ?? row.name);
    // sqlite_schema itself and autoindexes (sqlite_autoindex_<table>_N) are listed by dbstat too.
    const kind = known?.type ?? (row.name.startsWith('sqlite_autoindex_') ? 'index' : 'table');
    return { name: row.name, table, kind, pages: row.pages, bytes: row.bytes, unusedBytes: row.unused };
  });
  objects.sort((a, b) => b.bytes - a.bytes || a.name.localeCompare(b.name));
  return { pageSize, pages, freePages, fileBytes: pageSize * pages, objects };
}
