import type { Database } from 'better-sqlite3';
import type { BackupEntry, BackupOverview } from '../../shared/contract/backups';
import { nextBackupDue } from '../../shared/domain/backupSchedule';
import { backUpDatabase, listBackups, pruneBackups, type BackupFile } from '../store/backups/backupFiles';

/** The timer the schedule runs on; tests pass a fake one. */
export interface BackupTimer {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface BackupServiceOptions {
  db: Database;
  /** Read at each run, so a changed setting applies without a restart. */
  folder: () => string;
  everyHours: () => number;
  keepDays: () => number;
  now: () => number;
  timer?: BackupTimer;
  log: (message: string, error?: unknown) => void;
  /** Writes one verified backup (backupFiles.ts); tests may wrap it. */
  backUp?: (db: Database, dir: string, now: number) => Promise<BackupFile>;
}

export interface BackupService {
  /** Starts the schedule: a backup every `everyHours` after the newest one. */
  start(): void;
  /** Stops the schedule; a backup under way finishes (see `whenIdle`). */
  stop(): void;
  /** Backs up now; while one is running, that one's result is returned instead of a second copy. */
  backUpNow(): Promise<BackupEntry>;
  overview(): BackupOverview;
  /** Resolves once no backup is being written (before the store closes for a restore). */
  whenIdle(): Promise<void>;
}

/** The schedule looks again at least this often, so changed settings and clock jumps are seen. */
export const MAX_WAIT_MS = 3_600_000;
/** A backup due at start waits this long, so it does not compete with opening the first screens. */
export const START_GRACE_MS = 120_000;
/** After a failed backup, the next try. */
export const RETRY_MS = 3_600_000;

const entryOf = ({ name, takenAt, bytes }: BackupFile): BackupEntry => ({ name, takenAt, bytes });

/**
 * Scheduled backups of the open store. A run copies the store with SQLite's online backup in small
 * steps (never blocking a save), verifies the copy, then deletes backups older than `keepDays`
 * (always keeping the newest). A tick that finds a backup running skips; a failure is logged and
 * retried later, never thrown at the agent.
 */
export function createBackupService(options: BackupServiceOptions): BackupService {
  // Node's timer, unref'd: a pending backup never keeps a process (a test, a bench) alive.
  const timer: BackupTimer = options.timer ?? { setTimeout: (run, ms) => setTimeout(run, ms).unref(), clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout) };
  const backUp = options.backUp ?? backUpDatabase;
  let handle: unknown = null;
  let running: Promise<BackupEntry> | null = null;
  let nextDueAt: number | null = null;
  let retryAt: number | null = null;
  let stopped = true;

  const newestIn = (dir: string) => {
    try {
      return listBackups(dir)[0];
    } catch (error) {
      // An unreachable folder (a network share that is down): the backup run reports it.
      options.log(`cannot read the backup folder ${dir}`, error);
      return undefined;
    }
  };
  const dueAt = () => {
    const newest = newestIn(options.folder());
    const due = nextBackupDue(newest?.takenAt ?? null, options.everyHours(), options.now());
    return retryAt !== null ? Math.max(due, retryAt) : due;
  };

  const run = (): Promise<BackupEntry> => {
    if (running) return running;
    const dir = options.folder();
    running = (async () => {
      try {
        const file = await backUp(options.db, dir, options.now());
        retryAt = null;
        const pruned = pruneBackups(dir, options.keepDays(), options.now());
        options.log(`backup written: ${file.name} (${file.bytes} bytes)${pruned.length ? `; deleted ${pruned.join(', ')}` : ''}`);
        return entryOf(file);
      } catch (error) {
        retryAt = options.now() + RETRY_MS;
        options.log('backup failed', error);
        throw error;
      } finally {
        running = null;
        // Manual or scheduled, the next backup is counted from this one.
        if (!stopped) schedule(Math.max(0, dueAt() - options.now()));
      }
    })();
    return running;
  };

  const schedule = (delay: number) => {
    if (stopped) return;
    if (handle !== null) timer.clearTimeout(handle);
    nextDueAt = options.now() + delay;
    handle = timer.setTimeout(tick, Math.min(delay, MAX_WAIT_MS));
  };

  function tick(): void {
    handle = null;
    if (stopped) return;
    const due = dueAt();
    const now = options.now();
    if (due > now) return schedule(due - now);
    if (running) return schedule(MAX_WAIT_MS); // one at a time: this tick skips
    void run().catch(() => undefined); // logged in run(); it reschedules itself
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      const wait = dueAt() - options.now();
      schedule(Math.max(wait, START_GRACE_MS));
    },
    stop() {
      stopped = true;
      nextDueAt = null;
      if (handle !== null) timer.clearTimeout(handle);
      handle = null;
    },
    backUpNow: () => run(),
    overview: () => ({
      folder: options.folder(),
      backups: listBackups(options.folder()).map(entryOf),
      everyHours: options.everyHours(),
      keepDays: options.keepDays(),
      nextDueAt,
      running: running !== null,
    }),
    whenIdle: async () => {
      await running?.catch(() => undefined);
    },
  };
}
