import BetterSqlite3, { type Database } from 'better-sqlite3';
import { asWritable, type WritableDB } from '../../src/main/store/db';
import { applyMigrations } from '../../src/main/store/openDatabase';

/** A raw in-memory database migrated to exactly `version`, for testing the next migration. */
export function databaseAt(version: number): WritableDB {
  const db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  applyMigrations(db, version);
  return asWritable(db);
}

export function columnsOf(db: Database, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
}

export function tablesOf(db: Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name").all() as { name: string }[]).map((t) => t.name);
}

export const raw = BetterSqlite3;
