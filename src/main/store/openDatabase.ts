import BetterSqlite3, { type Database } from 'better-sqlite3';
import { asWritable, type WritableDB } from './db';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../shared/result';
import { LATEST_VERSION, migrations } from './migrations';

/** A step of opening the store, for the startup screen's progress bar. */
export interface OpenProgress {
  step: 'checking' | 'migrating';
  /** 0…1 within the step (migrations: how many of the pending ones are done). */
  fraction: number;
}

export interface OpenOptions {
  onProgress?: (progress: OpenProgress) => void;
  /**
   * The caller has already checked the file off the main thread (store/backups/integrityCheck.ts,
   * the startup controller): skip the synchronous `quick_check` here.
   */
  checkedAlready?: boolean;
}

/**
 * Opens (creating if needed) the local case store: WAL, foreign keys on, migrations applied
 * one transaction each. A database written by a newer AgentDesk is refused, never downgraded.
 */
export function openDatabase(path: string, options: OpenOptions = {}): WritableDB {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Database;
  try {
    db = new BetterSqlite3(path);
  } catch (error) {
    throw new AppError('storage', `cannot open the case store at ${path}: ${(error as Error).message}`);
  }
  try {
    db.pragma('busy_timeout = 5000');
    if (!options.checkedAlready) {
      options.onProgress?.({ step: 'checking', fraction: 0 });
      assertIntact(db, path);
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    applyMigrations(db, LATEST_VERSION, options.onProgress);
    return asWritable(db);
  } catch (error) {
    db.close();
    if (error instanceof AppError) throw error;
    const message = (error as Error).message;
    if (/malformed|not a database|corrupt/i.test(message)) throw damaged(path, message);
    throw new AppError('storage', `the case store at ${path} cannot be used: ${message}`);
  }
}

/**
 * Refuses a damaged file instead of writing into it: `quick_check` reads every page (O(n), no
 * index cross-checks). The file is left exactly as found so support can recover it.
 */
function assertIntact(db: Database, path: string): void {
  const problems = (db.pragma('quick_check(5)') as { quick_check: string }[]).map((r) => r.quick_check);
  if (problems.length !== 1 || problems[0] !== 'ok') {
    throw damaged(path, problems.join('; '));
  }
}

function damaged(path: string, detail: string): AppError {
  return new AppError('storage', `the case store at ${path} is damaged (${detail}); it was left untouched — restore it from a backup or call support`);
}

/**
 * The schema version of an existing store file, read without writing anything (a read-only
 * connection, one header field): tells the startup whether migrations will rewrite the file.
 * Throws what SQLite throws for a file that is not a database.
 */
export function storeSchemaVersion(path: string): number {
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}

/** Whether a store at `version` has migrations still to apply. */
export const needsMigrations = (version: number): boolean => version < LATEST_VERSION;

/** Brings the schema up to `target` (the latest by default), one transaction per migration. */
export function applyMigrations(db: Database, target = LATEST_VERSION, onProgress?: (progress: OpenProgress) => void): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > LATEST_VERSION) {
    throw new AppError(
      'storage',
      `the case store was written by a newer AgentDesk (schema ${current}, this version knows up to ${LATEST_VERSION}); update AgentDesk to open it`,
    );
  }
  const pending = migrations.filter((m) => m.version > current && m.version <= target);
  pending.forEach((migration, done) => {
    onProgress?.({ step: 'migrating', fraction: done / pending.length });
    db.transaction(() => {
      migration.up(asWritable(db));
      db.pragma(`user_version = ${migration.version}`);
    })();
  });
  onProgress?.({ step: 'migrating', fraction: 1 });
}
