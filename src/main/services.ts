import type { WritableDB } from './store/db';
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
import { rotatingLog } from './logging/rotatingLog';
import { startIdleMaintenance } from './store/search/idleMaintenance';
import type { ReportProgress } from '../shared/schemas/reports';
import type { CallEventRow } from '../shared/schemas/callEvents';
import { telephonyService, type TelephonyService } from './telephony/telephonyService';
import type { PrintHtmlToPdf } from './reports/export/pdfExport';
import type { ChooseSavePath } from './reports/reportService';

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
  /** A call event the telephony endpoint stored; a ring from it also arrives as `onIncomingCall`. */
  onCallEvent?: (event: CallEventRow) => void;
  onIncomingCall?: (incoming: IncomingCall) => void;
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
  /** The local telephony endpoint (off unless the settings switch it on). */
  telephony: TelephonyService;
  close(): void;
}

export const CASE_STORE_FILE = 'agentdesk.db';

/**
 * Everything main does, without Electron: the Electron glue (index.ts) and the end-to-end tests
 * both build the app from here, so the tests exercise exactly what ships.
 */
export function createMainServices(options: MainServicesOptions): MainServices {
  const logFile = rotatingLog(join(options.userDataDir, 'logs'), { now: options.now });
  const log = (message: string, error?: unknown) => {
    logFile.write(error === undefined ? 'info' : 'error', message, error);
    options.log?.(message, error);
  };
  const dbPath = join(options.userDataDir, CASE_STORE_FILE);
  const db = openDatabase(dbPath);
  const now = options.now ?? Date.now;
  const policy = (options.readPolicy ?? (() => readMachinePolicy()))();
  const actor = options.actor ?? (() => session.actor());
  // The server address, update address and auto-update: machine policy, or an admin (guardedSettings.ts).
  const settings = guardedSettings(createSettings(options.settingsBackend, (message) => log(message)), policy, actor, () => {
    session.logout();
    forgetCachedLogins(db);
  });
  const vault = options.tokenVault ?? memoryTokenVault();
  const transportFor = options.transportFor ?? ((url: string, token: () => string | null) => httpSyncTransport(url, token));
  const transport = () => {
    const url = settings.get().serverUrl;
    return url ? transportFor(url, () => vault.read()) : null;
  };
  const trust = trustedServer({ db, now, serverUrl: () => settings.get().serverUrl, policyKey: policy.serverKey, offlineWindowMs: offlineSignInWindowMs(policy), fetchKey: options.serverKeyFor });
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
    });
    if (session.token()) syncClient.start();
  };
  restartSync();
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
  });
  const stopMaintenance = startIdleMaintenance(db, log);
  return {
    dispatch: createDispatch(handlers, log),
    dbPath,
    screenPop,
    telephony,
    rawDb: () => db,
    sync: () => syncClient,
    close: () => {
      syncClient.stop();
      void telephony.close();
      stopMaintenance();
      db.close();
    },
  };
}
