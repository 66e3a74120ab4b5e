import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { channelOf, type Verb } from '../../shared/channels';
import type { Handlers } from '../../shared/api';
import type { BackupEntry, RestoreReply } from '../../shared/contract/backups';
import type { StartupInfo, StartupState, StartupStep } from '../../shared/contract/startup';
import { AppError } from '../../shared/result';
import { resolveLocale, settingsSchema, type Settings } from '../../shared/schemas/settings';
import { createDispatch, type Dispatch } from '../ipc/dispatch';
import { rotatingLog } from '../logging/rotatingLog';
import { backupFolderOf, CASE_STORE_FILE, createMainServices, type MainServices, type MainServicesOptions } from '../services';
import { copyBackupIn, findBackup, listBackups, setStoreAside } from '../store/backups/backupFiles';
import { checkIntegrity as checkInWorker, type IntegrityResult } from '../store/backups/integrityCheck';
import type { WritableDB } from '../store/db';
import { needsMigrations, openDatabase, storeSchemaVersion } from '../store/openDatabase';
import { integritySchedule, type CheckTimer } from './integritySchedule';
import type { StartupControl } from './startupControl';
import { writeStartupDiagnostics } from './startupDiagnostics';

export interface StartupControllerOptions {
  /** What `createMainServices` needs besides the store (user data folder, settings backend, …). */
  services: Omit<MainServicesOptions, 'db' | 'startup'>;
  /** Each new state, for the window (index.ts sends the `onStartupState` event). */
  onState?: (state: StartupState) => void;
  /** Reloads the window after a backup was restored while the app was in use (index.ts). */
  reloadWindow?: () => void;
  /** Checks a file off the main thread (worker `quick_check`); tests may wrap it. */
  checkIntegrity?: (path: string) => Promise<IntegrityResult>;
  /** The timer of the background integrity checks (integritySchedule.ts); tests pass a fake one. */
  checkTimer?: CheckTimer;
  /** Builds the services on the opened store; `createMainServices` unless a test wraps it. */
  createServices?: (options: MainServicesOptions) => MainServices;
}

export interface StartupController {
  /** The IPC entry: every verb once the store is ready; before that only the startup verbs (others: `not_ready`). */
  dispatch: Dispatch;
  /** Opens the store: resolves with `ready`, `damaged` or `failed` (never throws). */
  start(): Promise<StartupState>;
  state(): StartupState;
  /** The services on the open store; null until ready (and while a restore swaps the file). */
  services(): MainServices | null;
  /**
   * The full integrity check of the open store, as the schedule runs it in the background: damage
   * closes the services and shows the damaged-store screen. Resolves with what the check found
   * (`skipped` when no store is open or a swap is under way).
   */
  checkStore(): Promise<IntegrityResult | 'skipped'>;
  /** The settings file as it is now (window bounds before the store opens), defaults when unreadable. */
  readSettings(): Settings;
  control: StartupControl;
  close(): void;
}

/** Percent of the bar at each step: checking 2–30, migrating 30–90, loading 90–99. */
const BAR = { checking: [2, 30], migrating: [30, 90], loading: [90, 99], restoring: [2, 30] } as const satisfies Record<StartupStep, readonly [number, number]>;
/** Roughly how fast `quick_check` reads (bytes per ms), to move the bar while the worker runs. */
const CHECK_BYTES_PER_MS = 150_000;

/** A storage error from a handler that says SQLite met damage (store/storageErrors.ts puts the code in the message). */
const METS_DAMAGE = /SQLITE_CORRUPT|SQLITE_NOTADB/;
const isDamage = (message: string) => /damaged|malformed|not a database|corrupt/i.test(message);
const entryOf = ({ name, takenAt, bytes }: BackupEntry): BackupEntry => ({ name, takenAt, bytes });

/**
 * The window first, then the store (issue 20): the Electron glue opens the window at once and
 * hands IPC to `dispatch`; `start()` then opens the store, applies migrations (progress after
 * each), builds the services and says `ready`. A damaged file is reported with the backups on
 * hand; the startup screen can restore one, start on an empty store (the damaged file kept aside)
 * or export diagnostics. Until `ready`, every other verb answers `not_ready`.
 *
 * The full integrity check (`quick_check`, 8–12 s on a 1M-case store) is off the critical path
 * (issue 19): a store that is up to date opens at once and is checked on a worker thread in the
 * background (integritySchedule.ts: a minute after opening, then daily); damage found then closes
 * the store at once — no more writes — and shows the same damaged-store screen. Only a store that
 * migrations are about to rewrite is checked before it opens, as before.
 */
export function createStartupController(options: StartupControllerOptions): StartupController {
  const userDataDir = options.services.userDataDir;
  const dbPath = join(userDataDir, CASE_STORE_FILE);
  const now = options.services.now ?? Date.now;
  const check = options.checkIntegrity ?? checkInWorker;
  const build = options.createServices ?? createMainServices;
  const logFile = rotatingLog(join(userDataDir, 'logs'), { now });
  const log = (message: string, error?: unknown) => {
    logFile.write(error === undefined ? 'info' : 'error', message, error);
    options.services.log?.(message, error);
  };
  let current: StartupState = { phase: 'opening', step: 'checking', percent: 0 };
  let services: MainServices | null = null;
  let busy = false;
  /** The app (not only the startup screen) has been shown: a store swap then reloads the window. */
  let appShown = false;

  const setState = (next: StartupState) => {
    current = next;
    options.onState?.(next);
  };
  const opening = (step: StartupStep, fraction: number) => {
    const [from, to] = BAR[step];
    setState({ phase: 'opening', step, percent: Math.round(from + (to - from) * Math.min(1, Math.max(0, fraction))) });
  };
  const readSettings = (): Settings => {
    const parsed = settingsSchema.safeParse(options.services.settingsBackend.read() ?? {});
    return parsed.success ? parsed.data : settingsSchema.parse({});
  };
  const folder = () => backupFolderOf(readSettings(), userDataDir);
  const backupsOnHand = () => {
    try {
      return listBackups(folder()).map(entryOf);
    } catch {
      return [];
    }
  };
  const damaged = (reason: string, whileOpen = false): StartupState => {
    log(whileOpen ? `the background integrity check found the case store damaged; it was closed and is no longer written to: ${reason}` : `the case store is damaged and was left untouched: ${reason}`);
    setState({ phase: 'damaged', reason, backups: backupsOnHand(), backupFolder: folder(), ...(whileOpen ? { whileOpen } : {}) });
    return current;
  };
  const failed = (message: string): StartupState => {
    log(`the case store cannot be opened: ${message}`);
    setState({ phase: 'failed', message });
    return current;
  };

  /** Checks (only when migrations will rewrite a file not just verified), migrates, builds the services. */
  async function open(step: StartupStep, verified: boolean): Promise<StartupState> {
    opening(step, 0);
    let version = 0;
    if (!verified && existsSync(dbPath)) {
      try {
        version = storeSchemaVersion(dbPath);
      } catch (error) {
        const message = (error as Error).message;
        return isDamage(message) ? damaged(message) : failed(message);
      }
    }
    if (!verified && existsSync(dbPath) && needsMigrations(version)) {
      // The check runs in a worker; meanwhile the bar moves by the file's size, so a big store shows life.
      const started = now();
      const expected = Math.max(1000, statSync(dbPath).size / CHECK_BYTES_PER_MS);
      const ticker = setInterval(() => opening(step, Math.min(0.95, (now() - started) / expected)), 500);
      ticker.unref();
      let result: IntegrityResult;
      try {
        result = await check(dbPath);
      } finally {
        clearInterval(ticker);
      }
      if (!result.ok) return damaged(result.reason);
    }
    opening('migrating', 0);
    await new Promise((resolve) => setImmediate(resolve)); // lets the window draw the step first
    let db: WritableDB;
    try {
      db = openDatabase(dbPath, { checkedAlready: true, onProgress: (p) => p.step === 'migrating' && opening('migrating', p.fraction) });
    } catch (error) {
      const message = (error as Error).message;
      return isDamage(message) ? damaged(message) : failed(message);
    }
    opening('loading', 0);
    try {
      services = build({ ...options.services, db, startup: control });
    } catch (error) {
      db.close();
      return failed((error as Error).message);
    }
    setState({ phase: 'ready' });
    appShown = true;
    schedule.start();
    return current;
  }

  /** The background check: damage closes the store (no more writes) and shows the damaged screen. */
  async function checkStore(): Promise<IntegrityResult | 'skipped'> {
    if (busy || current.phase !== 'ready' || !services) return 'skipped';
    const checked = services;
    const result = await check(dbPath);
    if (services !== checked || busy || current.phase !== 'ready') return 'skipped'; // the store was swapped meanwhile
    if (result.ok) {
      log('background integrity check of the case store: ok');
    } else if (result.unchecked) {
      log(`background integrity check did not finish; it runs again later: ${result.reason}`);
    } else {
      busy = true;
      try {
        await closeServices();
        damaged(result.reason, true);
      } finally {
        busy = false;
      }
    }
    return result;
  }
  const schedule = integritySchedule(() => checkStore().then(() => undefined), { timer: options.checkTimer });

  /** One store swap at a time, and none while the store is opening. */
  async function exclusive<T>(run: () => Promise<T>): Promise<T> {
    if (busy || current.phase === 'opening') throw new AppError('not_ready', 'the case store is busy opening; try again when it is ready');
    busy = true;
    try {
      return await run();
    } finally {
      busy = false;
    }
  }

  async function closeServices(): Promise<void> {
    const open = services;
    services = null;
    if (!open) return;
    await open.backups.whenIdle();
    open.close();
  }

  const control: StartupControl = {
    info: (): StartupInfo => {
      const settings = readSettings();
      return { state: current, locale: resolveLocale(settings.locale, options.services.osLocale), theme: settings.theme };
    },
    restore: (name) =>
      exclusive(async (): Promise<RestoreReply> => {
        const backup = findBackup(folder(), name);
        const verified = await check(backup.path);
        if (!verified.ok) throw new AppError('storage', `the backup ${name} is damaged (${verified.reason}); the store was not changed`);
        const wasInUse = appShown;
        const why = current.phase === 'ready' ? 'before-restore' : 'damaged';
        opening('restoring', 0);
        await closeServices();
        const keptAside = setStoreAside(dbPath, why, now());
        copyBackupIn(backup, dbPath);
        log(`restored the case store from ${backup.path}; the previous file was kept as ${keptAside ?? '(none)'}`);
        const state = await open('restoring', true);
        if (state.phase === 'ready' && wasInUse) setImmediate(() => options.reloadWindow?.());
        return { keptAside };
      }),
    startEmpty: () =>
      exclusive(async (): Promise<RestoreReply> => {
        if (current.phase !== 'damaged' && current.phase !== 'failed') throw new AppError('conflict', 'the case store is not damaged; it was not replaced');
        const keptAside = setStoreAside(dbPath, 'damaged', now());
        log(`starting on an empty case store; the damaged file was kept as ${keptAside ?? '(none)'}`);
        const wasInUse = appShown;
        const state = await open('loading', true);
        if (state.phase === 'ready' && wasInUse) setImmediate(() => options.reloadWindow?.());
        return { keptAside };
      }),
    exportDiagnostics: () => ({ path: writeStartupDiagnostics({ state: current, dbPath, log: logFile, version: options.services.version, dataDir: userDataDir, now: now() }) }),
  };

  // Before `ready`: the startup verbs and restore; everything else is refused with `not_ready`.
  const notReady = (verb: string) => () => {
    throw new AppError('not_ready', `${verb}: the case store is not open yet`);
  };
  const early = {
    ...Object.fromEntries((Object.keys(channelOf) as Verb[]).map((verb) => [verb, notReady(verb)])),
    getStartupState: () => control.info(),
    startWithEmptyStore: () => control.startEmpty(),
    exportStartupDiagnostics: () => control.exportDiagnostics(),
    restoreBackup: ({ name }: { name: string }) => control.restore(name),
  } as Handlers;
  const earlyDispatch = createDispatch(early, log);

  return {
    dispatch: async (channel, payload) => {
      if (!(services && current.phase === 'ready')) return earlyDispatch(channel, payload);
      const reply = await services.dispatch(channel, payload);
      // SQLite met a damaged page: check the whole file now rather than at the next scheduled check.
      if (!reply.ok && reply.error.code === 'storage' && METS_DAMAGE.test(reply.error.message)) void checkStore().catch((error) => log('integrity check after a storage error failed', error));
      return reply;
    },
    start: () => open('checking', false),
    state: () => current,
    services: () => services,
    checkStore,
    readSettings,
    control,
    close: () => {
      schedule.stop();
      services?.close();
      services = null;
    },
  };
}
