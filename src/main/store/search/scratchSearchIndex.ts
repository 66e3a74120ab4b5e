import BetterSqlite3 from 'better-sqlite3';
import { asWritable, statement, type ReadableDB } from '../db';
import { articleSource, searchLaneBase, type ArticleSourceRow, type SearchDoc, type SearchKind } from './searchIndex';
import { liftSearchSegments } from './searchStructure';

/**
 * Building the search index of a bulk load apart from the store (tools/demo runs it on a worker
 * thread): the index goes into a scratch file with the store's search schema, then is copied in.
 */

/** The search tables as made by the migrations: search_docs and the FTS5 table. */
export function searchSchemaOf(db: ReadableDB): string[] {
  return (statement(db, "SELECT sql FROM sqlite_master WHERE name IN ('search_docs', 'search_index') ORDER BY rowid").all() as { sql: string }[]).map((t) => t.sql);
}

/** Every article as indexed, oldest change first. */
export function articleSearchRows(db: ReadableDB): ArticleSourceRow[] {
  return statement(db, `${articleSource} ORDER BY updated_at, id`).all() as ArticleSourceRow[];
}

// Documents go in under one open transaction, committed every COMMIT_EVERY: the fewer commits, the
// fewer small segments FTS5 writes and merges again later.
const COMMIT_EVERY = 250_000;

/** A scratch search index being filled, in document order (rowids follow the order added, in each kind's lane). */
export class ScratchSearchIndex {
  private readonly db: BetterSqlite3.Database;
  private readonly insertDoc: BetterSqlite3.Statement;
  private readonly insertIndex: BetterSqlite3.Statement;
  private uncommitted = 0;
  /** Documents added so far. */
  docs = 0;
  private readonly added = new Map<number, number>(); // documents so far in each lane

  constructor(path: string, schema: readonly string[]) {
    this.db = new BetterSqlite3(path);
    // A scratch file, thrown away if anything fails: no journal, no fsync.
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    for (const sql of schema) this.db.exec(sql);
    // Keep up to 64 MiB of new terms in memory before writing a segment: fewer, bigger segments to
    // merge. This setting stays in the scratch file: the store keeps its own configuration.
    this.db.exec("INSERT INTO search_index (search_index, rank) VALUES ('hashsize', 67108864)");
    // No incremental merging: a merge left under way would keep copyScratchSearchIndex from lifting
    // the segments out of saves' reach (liftSearchSegments); crisis merges still bound their number.
    this.db.exec("INSERT INTO search_index (search_index, rank) VALUES ('automerge', 0)");
    this.insertDoc = this.db.prepare('INSERT INTO search_docs (rowid, kind, ref_id) VALUES (?, ?, ?)');
    this.insertIndex = this.db.prepare('INSERT INTO search_index (rowid, title, body, ids) VALUES (?, ?, ?, ?)');
  }

  /**
   * Adds the documents of `rows`, each made by `toDoc` just before it is written: a batch's token
   * strings are never all alive at once, so they die young instead of being promoted and
   * collected by a full garbage collection (measured: a third of the worker's time, 100,000 cases).
   */
  add<R extends { id: string }>(kind: SearchKind, rows: readonly R[], toDoc: (row: R) => SearchDoc): void {
    if (!this.db.inTransaction) this.db.exec('BEGIN');
    const base = searchLaneBase[kind];
    for (const row of rows) {
      this.docs += 1;
      const rowid = base + (this.added.get(base) ?? 0) + 1;
      this.added.set(base, rowid - base);
      const doc = toDoc(row);
      this.insertDoc.run(rowid, kind, row.id);
      this.insertIndex.run(rowid, doc.title, doc.body, doc.ids);
    }
    this.uncommitted += rows.length;
    if (this.uncommitted >= COMMIT_EVERY) this.commit();
  }

  /** Commits what was added and closes the scratch file. */
  close(): void {
    this.commit();
    this.db.close();
  }

  private commit(): void {
    if (this.db.inTransaction) this.db.exec('COMMIT');
    this.uncommitted = 0;
  }
}

/**
 * The tables holding the search index's data: search_docs and FTS5's shadow tables, except its
 * configuration, which stays the store's own (migration 011 set it).
 */
const searchDataTables = (db: BetterSqlite3.Database, schema: string) =>
  (
    db.prepare(`SELECT name FROM ${schema}.sqlite_master WHERE type = 'table' AND (name = 'search_docs' OR name GLOB 'search_index_*') AND name <> 'search_index_config' ORDER BY rowid`).all() as {
      name: string;
    }[]
  ).map((t) => t.name);

/**
 * Copies a finished scratch index into the store at `storePath`, whose index must be empty.
 *
 * The copy goes through a second connection so the store's connection sees a changed database and
 * reloads FTS5's cached index structure; it writes FTS5's shadow tables directly (unsafe mode),
 * which is safe here because both files come from this SQLite build and the store's index is
 * empty.
 */
export function copyScratchSearchIndex(storePath: string, scratchPath: string): void {
  const copier = new BetterSqlite3(storePath);
  try {
    copier.unsafeMode(true);
    copier.pragma('journal_mode = MEMORY');
    copier.pragma('synchronous = OFF');
    copier.prepare('ATTACH DATABASE ? AS scratch').run(scratchPath);
    const tables = searchDataTables(copier, 'scratch');
    // Into empty tables with the same schema, INSERT … SELECT * copies whole B-tree pages.
    copier.transaction(() => {
      for (const table of tables) copier.exec(`DELETE FROM main."${table}"; INSERT INTO main."${table}" SELECT * FROM scratch."${table}"`);
      // The bulk-built segments go where saves' small segments never merge into them.
      liftSearchSegments(asWritable(copier));
    })();
    copier.exec('DETACH DATABASE scratch');
  } finally {
    copier.close();
  }
}
