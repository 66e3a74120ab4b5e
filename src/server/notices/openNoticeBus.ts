import { PostgresServerDb } from '../storage/postgresServerDb';
import type { ServerDb } from '../storage/serverDb';
import { MemoryNoticeBus, type NoticeBus } from './noticeBus';
import { PostgresNoticeBus } from './postgresNoticeBus';

/** The bus that fits the database: LISTEN/NOTIFY on PostgreSQL (several processes), memory on SQLite (one). */
export function openNoticeBus(db: ServerDb, onError?: (error: Error) => void): NoticeBus {
  if (db instanceof PostgresServerDb && db.connection.url) {
    return new PostgresNoticeBus({ ...db.connection, ...(onError ? { onError } : {}) });
  }
  return new MemoryNoticeBus();
}
