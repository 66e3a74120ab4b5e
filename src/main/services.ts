import { join } from 'node:path';
import { createDispatch, type Dispatch } from './ipc/dispatch';
import { createHandlers } from './ipc/handlers';
import type { SettingsBackend } from './settings/settings';
import { createSettings } from './settings/settings';
import { openDatabase } from './store/openDatabase';

export interface MainServicesOptions {
  userDataDir: string;
  settingsBackend: SettingsBackend;
  version: string;
  osLocale: string;
  now?: () => number;
  log?: (message: string, error?: unknown) => void;
}

export interface MainServices {
  dispatch: Dispatch;
  dbPath: string;
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
  });
  return { dispatch: createDispatch(handlers, log), dbPath, close: () => db.close() };
}
