import BetterSqlite3, { type Database } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../shared/result';
import { LATEST_VERSION, migrations } from './migrations';

/**
 * Opens (creating if needed) the local case store: WAL, foreign keys on, migrations applied
 * one transaction each. A database written by a newer AgentDesk is refused, never downgraded.
 */
export function openDatabase(path: string): Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Database;
  try {
    db = new BetterSqlite3(path);
  } catch (error) {
    throw new AppError('storage', `cannot open the case store at ${path}: ${(error as Error).message}`);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    applyMigrations(db);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof AppError) throw error;
    throw new AppError('storage', `the case store at ${path} cannot be used: ${(error as Error).message}`);
  }
}

/** Brings the schema up to `target` (the latest by default), one transaction per migration. */
export function applyMigrations(db: Database, target = LATEST_VERSION): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > LATEST_VERSION) {
    throw new AppError(
      'storage',
      `the case store was written by a newer AgentDesk (schema ${current}, this version knows up to ${LATEST_VERSION}); update AgentDesk to open it`,
    );
  }
  for (const migration of migrations.slice(current, target)) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
