import type { Database, Statement } from 'better-sqlite3';

declare const readableBrand: unique symbol;
declare const writableBrand: unique symbol;

/**
 * A handle that may only read (Signal Desktop's `ReadableDB` idea): table owners' read functions
 * take this, so a read path cannot write by accident. A `WritableDB` is also a `ReadableDB`.
 */
export type ReadableDB = Database & { readonly [readableBrand]: true };

/** A handle that may write: only owners' write functions and the use cases that call them take it. */
export type WritableDB = ReadableDB & { readonly [writableBrand]: true };

/** The store's one connection, opened by `openDatabase`, is writable. */
export function asWritable(db: Database): WritableDB {
  return db as WritableDB;
}

const caches = new WeakMap<Database, Map<string, Statement>>();

/** A prepared statement per database and SQL text, compiled once: hot write paths skip re-parsing. */
export function statement(db: ReadableDB | Database, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let prepared = cache.get(sql);
  if (!prepared) cache.set(sql, (prepared = db.prepare(sql)));
  return prepared;
}
