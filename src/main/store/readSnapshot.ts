import BetterSqlite3, { type Database } from 'better-sqlite3';
import type { ReadableDB } from './db';

/**
 * Runs `work` on a second, read-only connection inside one read transaction: a report computed in
 * chunks (yielding to the event loop between them, so IPC stays answered) still sees one
 * consistent snapshot of the store, while agents keep writing on the main connection (WAL lets
 * both go on at once). An in-memory store has no file to open twice: it is read directly.
 */
export async function withReadSnapshot<T>(db: ReadableDB, work: (reader: ReadableDB) => Promise<T>): Promise<T> {
  if (db.memory) return work(db);
  const reader: Database = new BetterSqlite3(db.name, { readonly: true, fileMustExist: true });
  try {
    reader.pragma('cache_size = -16384');
    reader.exec('BEGIN');
    try {
      return await work(reader as ReadableDB);
    } finally {
      reader.exec('COMMIT');
    }
  } finally {
    reader.close();
  }
}
