import type { WritableDB } from './store/db';
import { EvidenceFileStore } from './evidence/evidenceFileStore';
import { join } from 'node:path';
import { createDispatch, type Dispatch } from './ipc/dispatch';
import { createHandlers } from './ipc/handlers';
import type { SettingsBackend } from './settings/settings';
import { createSettings } from './settings/settings';
import { guardedSettings } from './settings/guardedSettings';
import { offlineSignInWindowMs, readMachinePolicy, type MachinePolicy, type PublicJwk } from './settings/machinePolicy';
import { forgetCachedLogins } from './store/organisation/offlineLoginPolicy';
import { trustedServer } from './sync/trustedServer';
import type { IncomingCall } from '../shared/api';
import type { SyncStatus } from '../shared/schemas/sync';
import type { Actor } from './store/actor';
import { scryptHasher } from './sync/scryptHasher';
import { memoryTokenVault, Session, type TokenVault } from './sync/session';
import { SyncClient } from './sync/syncClient';
import { httpSyncTransport, type SyncTransport } from './sync/syncTransport';
import { findCustomersByPhone } from './store/customers/customerLookup';
import { openDatabase } from './store/openDatabase';
import { rotatingLog, type RotatingLog } from './logging/rotatingLog';
import { crashRecords, type CrashRecords } from './logging/crashRecords';
import { noticeBoard, type NoticeBoard } from './logging/notices';
import { fetchServerKey } from './sync/trustedServer';
import { startIdleMaintenance } from './store/search/idleMaintenance';
import type { ReportProgress } from '../shared/schemas/reports';
import type { CallEventRow } from '../shared/schemas/callEvents';
import { telephonyService, type TelephonyService } from './telephony/telephonyService';
import type { PrintHtmlToPdf } from './reports/export/pdfExport';
import type { ChooseSavePath } from './reports/reportService';
import { createBackupService, type BackupService, type BackupTimer } from './backups/backupService';
import type { StartupControl } from './startup/startupControl';
import { startMissedSweep, type SweepTimer } from './actions/missedFollowUps';

export interface MainServicesOptions {
  userDataDir: string;
  settingsBackend: SettingsBackend;
  version: string;
  osLocale: string;
  now?: () => number;
  /** Who is acting; a local agent until login exists. */
  actor?: () => Actor;
  log?: (message: string, error?: unknown) => void;
  /** Where the sign-in token is kept (Electron safeStorage in the app); memory when absent. */
  tokenVault?: TokenVault;
  /** How to reach a sync server at a URL; HTTP when absent (tests may pass their own). */
  transportFor?: (serverUrl: string, token: () => string | null) => SyncTransport;
  /** The machine policy (settings/machinePolicy.ts); absent: read from AGENTDESK_POLICY_FILE or the OS default path. */
  readPolicy?: () => MachinePolicy;
  /** Fetches a server's public signing key; HTTP `GET /auth/key` when absent. */
  serverKeyFor?: (serverUrl: string) => Promise<PublicJwk>;
  /** Sync status changes, for the renderer's badge. */
  onSyncStatus?: (status: SyncStatus) => void;
  /** Regular sync interval (default 30 s). */
  syncIntervalMs?: number;
  /** The save dialog for report exports (index.ts); tests pass a path. Absent: `<userDataDir>/exports`. */
  chooseSavePath?: ChooseSavePath;
  /** Prints report HTML to PDF with Electron (index.ts); absent: PDFs are drawn in Node. */
  printHtml?: PrintHtmlToPdf;
  /** Progress of report jobs, for the renderer's progress bar. */
  onReportProgress?: (progress: ReportProgress) => void;
  /** The log files; absent: `<userDataDir>/logs` (index.ts opens them first, for crashes before the store). */
  logFile?: RotatingLog;
  /** Crash records for diagnostics; absent: `<userDataDir>/logs/crashes.jsonl`. */
  crashes?: CrashRecords;
  /** Notices for the agent (app:takeNotices); absent: a board of its own. */
  notices?: NoticeBoard;
  /** The HTTP client for sync and the server key: Electron's net.fetch in the app (system proxy, OS certificates); global fetch when absent. */
  fetch?: typeof fetch;
  // Issue 20 (startup and backups): the store opened by the startup controller, which also answers restore and start-empty.
  /** The store, already opened and checked by the startup controller; absent: opened here. */
  db?: WritableDB;
  startup?: StartupControl;
  /** The backup schedule's timer (tests pass a fake); absent: Node's. */
  backupTimer?: BackupTimer;
  /** A call event the telephony endpoint stored; a ring from it also arrives as `onIncomingCall`. */
  onCallEvent?: (event: CallEventRow) => void;
  onIncomingCall?: (incoming: IncomingCall) => void;
  /** Issue 17: the timer of the sweep that marks follow-ups past their time missed (tests pass a fake); absent: Node's, every minute. */
  missedSweepTimer?: SweepTimer;
}

export interface MainServices {
  dispatch: Dispatch;
  dbPath: string;
  /** Looks up a ringing caller's number: the payload of the incoming-call event. */
  screenPop(number: string): IncomingCall;
  /** The open store, for tests and benchmarks that inspect it; app code goes through dispatch. */
  rawDb(): WritableDB;
  /** The sync client for the configured server (standalone when none). */
  sync(): SyncClient;
  /** Notices waiting for the agent (the same board as options.notices when given). */
  notices: NoticeBoard;
  /** Scheduled backups of the store (issue 20). */
  backups: BackupService;
  /** The local telephony endpoint (off unless the settings switch it on). */
  telephony: TelephonyService;
  close(): void;
}

export const CASE_STORE_FILE = 'agentdesk.db';

/** Where backups go: the configured folder, or `<userData>/backups`. */
export function backupFolderOf(settings: { backupFolder: string | null }, userDataDir: string): string {
  return settings.backupFolder ?? join(userDataDir, 'backups');
}

/**
 * Everything main does, without Electron: the Electron glue (index.ts) and the end-to-end tests
 * both build the app from here, so the tests exercise exactly what ships.
 */
export function createMainServices(options: MainServicesOptions): MainServices {
  const logFile = options.logFile ?? rotatingLog(join(options.userDataDir, 'logs'), { now: options.now });
  const crashes = options.crashes ?? crashRecords(join(options.userDataDir, 'logs'), options.now);
  const notices = options.notices ?? noticeBoard(options.now);
  const log = (message: string, error?: unknown) => {
    logFile.write(error === undefined ? 'info' : 'error', message, error);
    options.log?.(message, error);
  };
  const dbPath = join(options.userDataDir, CASE_STORE_FILE);
  const db = options.db ?? openDatabase(dbPath);
  const now = options.now ?? Date.now;
  const policy = (options.readPolicy ?? (() => readMachinePolicy()))();
  const actor = options.actor ?? (() => session.actor());
  // The server address, update address and auto-update: machine policy, or an admin (guardedSettings.ts).
  const settings = guardedSettings(createSettings(options.settingsBackend, (message) => log(message)), policy, actor, () => {
    session.logout();
    forgetCachedLogins(db);
  });
  const vault = options.tokenVault ?? memoryTokenVault();
  const transportFor = options.transportFor ?? ((url: string, token: () => string | null) => httpSyncTransport(url, token, undefined, options.fetch));
  const transport = () => {
    const url = settings.get().serverUrl;
    return url ? transportFor(url, () => vault.read()) : null;
  };
  const trust = trustedServer({ db, now, serverUrl: () => settings.get().serverUrl, policyKey: policy.serverKey, offlineWindowMs: offlineSignInWindowMs(policy), fetchKey: options.serverKeyFor ?? (options.fetch ? (url) => fetchServerKey(url, undefined, options.fetch) : undefined) });
  const session: Session = new Session(db, vault, transport, scryptHasher, now, trust);
  let syncClient: SyncClient;
  const restartSync = () => {
    syncClient?.stop();
    syncClient = new SyncClient({
      db,
      transport: transport(),
      now,
      intervalMs: options.syncIntervalMs,
      onStatus: options.onSyncStatus,
      // A 401 ends the session at once (token forgotten; drafts stay); a sync that went through confirms the account.
      onSignedOut: (code) => session.end(code),
      onSynced: () => session.confirmed(),
      evidenceFiles: new EvidenceFileStore(options.userDataDir),
    });
    if (session.token()) syncClient.start();
  };
  restartSync();
  // Issue 20: the store is backed up every N hours into the backup folder (backups/backupService.ts).
  const backups = createBackupService({
    db,
    folder: () => backupFolderOf(settings.get(), options.userDataDir),
    everyHours: () => settings.get().backupEveryHours,
    keepDays: () => settings.get().backupKeepDays,
    now,
    timer: options.backupTimer,
    log,
  });
  backups.start();
  const screenPop = (number: string): IncomingCall => ({ number, receivedAt: now(), matches: findCustomersByPhone(db, number) });
  const telephony = telephonyService({ db, now, actor, screenPop, log, onCallEvent: options.onCallEvent, onIncomingCall: options.onIncomingCall });
  void telephony.apply(settings.get());
  // A settings change may switch the telephony endpoint on or off, or move it.
  const settingsAndTelephony: typeof settings = {
    get: settings.get,
    update(patch) {
      const next = settings.update(patch);
      void telephony.apply(next);
      return next;
    },
  };
  const handlers = createHandlers({
    db,
    settings: settingsAndTelephony,
    version: options.version,
    dataDir: options.userDataDir,
    osLocale: options.osLocale,
    now: options.now ?? Date.now,
    actor,
    session,
    sync: () => syncClient,
    onServerChanged: restartSync,
    logFile,
    chooseSavePath: options.chooseSavePath,
    printHtml: options.printHtml,
    onReportProgress: options.onReportProgress,
    notices,
    crashes,
    backups,
    startup: options.startup,
  });
  const stopMaintenance = startIdleMaintenance(db, log);
  // Issue 17: follow-ups past their time are marked missed every minute (actions/missedFollowUps.ts).
  const missedSweep = startMissedSweep({ db, now, log, timer: options.missedSweepTimer });
  return {
    dispatch: createDispatch(handlers, log),
    dbPath,
    screenPop,
    telephony,
    rawDb: () => db,
    sync: () => syncClient,
    notices,
    backups,
    close: () => {
      backups.stop();
      syncClient.stop();
      void telephony.close();
      stopMaintenance();
      missedSweep.stop();
      db.close();
    },
  };
}
