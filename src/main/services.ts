import type { Database } from 'better-sqlite3';
import { join } from 'node:path';
import { createDispatch, type Dispatch } from './ipc/dispatch';
import { createHandlers } from './ipc/handlers';
import type { SettingsBackend } from './settings/settings';
import { createSettings } from './settings/settings';
import type { IncomingCall } from '../shared/api';
import { localAgent, type Actor } from './store/actor';
import { findCustomersByPhone } from './store/customerLookup';
import { openDatabase } from './store/openDatabase';
import { startIdleMaintenance } from './store/idleMaintenance';

export interface MainServicesOptions {
  userDataDir: string;
  settingsBackend: SettingsBackend;
  version: string;
  osLocale: string;
  now?: () => number;
  /** Who is acting; a local agent until login exists. */
  actor?: () => Actor;
  log?: (message: string, error?: unknown) => void;
}

export interface MainServices {
  dispatch: Dispatch;
  dbPath: string;
  /** Looks up a ringing caller's number: the payload of the incoming-call event. */
  screenPop(number: string): IncomingCall;
  /** The open store, for tests and benchmarks that inspect it; app code goes through dispatch. */
  rawDb(): Database;
  close(): void;
}

export const CASE_STORE_FILE = 'agentdesk.db';

/**
 * Everything main does, without Electron: the Electron glue (index.ts) and the end-to-end tests
 * both build the app from here, so the tests exercise exactly what ships.
 */
export function createMainServices(options: MainServicesOptions): MainServices {
  const log = options.log ?? (() => {});
  const dbPath = join(options.userDataDir, CASE_STORE_FILE);
  const db = openDatabase(dbPath);
  const settings = createSettings(options.settingsBackend, (message) => log(message));
  const handlers = createHandlers({
    db,
    settings,
    version: options.version,
    dataDir: options.userDataDir,
    osLocale: options.osLocale,
    now: options.now ?? Date.now,
    actor: options.actor ?? (() => localAgent),
  });
  const stopMaintenance = startIdleMaintenance(db, log);
  return {
    dispatch: createDispatch(handlers, log),
    dbPath,
    screenPop: (number) => ({ number, receivedAt: (options.now ?? Date.now)(), matches: findCustomersByPhone(db, number) }),
    rawDb: () => db,
    close: () => {
      stopMaintenance();
      db.close();
    },
  };
}
