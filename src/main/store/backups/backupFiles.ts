import type { Database } from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { backupFileName, backupTakenAt, backupsToPrune } from '../../../shared/domain/backupSchedule';
import { AppError } from '../../../shared/result';
import { checkIntegrity } from './integrityCheck';

/** One backup file in the backup folder. */
export interface BackupFile {
  name: string;
  path: string;
  takenAt: number;
  bytes: number;
}

/** Pages copied per step of the online backup: small steps, so saves between them are never held up. */
export const PAGES_PER_STEP = 256;

/**
 * Backs the open store up to `<dir>/agentdesk-YYYYMMDD-HHmmss.db` with SQLite's online backup
 * (better-sqlite3 `db.backup()`): it copies a few pages per step and yields to the event loop in
 * between, so the agent keeps saving meanwhile. The copy is written under a temporary name, then
 * verified (opened read-only, `quick_check` in a worker) and only then given its final name.
 */
export async function backUpDatabase(db: Database, dir: string, now: number): Promise<BackupFile> {
  try {
    return await writeBackup(db, dir, now);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('storage', `cannot write a backup into ${dir}: ${(error as Error).message}`);
  }
}

async function writeBackup(db: Database, dir: string, now: number): Promise<BackupFile> {
  mkdirSync(dir, { recursive: true });
  let name = backupFileName(now);
  // Two backups in one second (back up now, twice): the second waits for the next free name.
  for (let at = now; existsSync(join(dir, name)); at += 1000) name = backupFileName(at + 1000);
  const path = join(dir, name);
  const partial = `${path}.partial`;
  rmSync(partial, { force: true });
  try {
    await db.backup(partial, { progress: () => PAGES_PER_STEP });
    // Made one self-contained file (no -wal/-shm beside it), then verified: both in a worker.
    const check = await checkIntegrity(partial, { singleFile: true });
    if (!check.ok) throw new AppError('storage', `the backup did not verify: ${check.reason}`);
    renameSync(partial, path);
  } finally {
    rmSync(partial, { force: true });
  }
  return describe(path);
}

function describe(path: string): BackupFile {
  const name = basename(path);
  return { name, path, takenAt: backupTakenAt(name) ?? 0, bytes: statSync(path).size };
}

/** The backups in `dir`, newest first; an absent folder has none. */
export function listBackups(dir: string): BackupFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => backupTakenAt(name) !== null)
    .map((name) => describe(join(dir, name)))
    .sort((a, b) => b.takenAt - a.takenAt);
}

/** Deletes backups older than `keepDays`, always keeping the newest; returns the names deleted. */
export function pruneBackups(dir: string, keepDays: number, now: number): string[] {
  const gone = backupsToPrune(listBackups(dir).map((b) => b.name), keepDays, now);
  for (const name of gone) rmSync(join(dir, name), { force: true });
  return gone;
}

/** The backup called `name` in `dir`; a name that is not a backup there is refused (`not_found`). */
export function findBackup(dir: string, name: string): BackupFile {
  const found = listBackups(dir).find((b) => b.name === name);
  if (!found) throw new AppError('not_found', `no backup called ${name} in ${dir}`);
  return found;
}

const SIDE_FILES = ['', '-wal', '-shm'];

/**
 * Moves the store file (and its WAL and shared-memory files) aside as
 * `agentdesk.<why>-<time>.db`, next to it: never deleted, so support can still recover it.
 * Returns the new path, or null when there was no file.
 */
export function setStoreAside(dbPath: string, why: 'damaged' | 'before-restore', now: number): string | null {
  if (!existsSync(dbPath)) return null;
  const stamp = backupFileName(now).replace(/^agentdesk-|\.db$/g, '');
  let aside = join(dirname(dbPath), `agentdesk.${why}-${stamp}.db`);
  for (let n = 2; existsSync(aside); n++) aside = join(dirname(dbPath), `agentdesk.${why}-${stamp}-${n}.db`);
  for (const suffix of SIDE_FILES) {
    if (existsSync(dbPath + suffix)) renameSync(dbPath + suffix, aside + suffix);
  }
  return aside;
}

/** Copies a (verified) backup into place as the store file; the caller has set the old one aside. */
export function copyBackupIn(backup: BackupFile, dbPath: string): void {
  mkdirSync(dirname(dbPath), { recursive: true });
  const partial = `${dbPath}.restoring`;
  copyFileSync(backup.path, partial);
  renameSync(partial, dbPath);
}
