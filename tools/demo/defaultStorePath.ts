import { posix, win32 } from 'node:path';
import { CASE_STORE_FILE } from '../../src/main/services';

/**
 * Where `npm start` keeps its case store, so `npm run seed:demo` with no `--db` fills the store the
 * desktop opens. The desktop uses Electron's `app.getPath('userData')` (src/main/index.ts; nothing
 * overrides it, and scripts/start.mjs passes no `--user-data-dir`): the per-user application data
 * folder plus the app name, which Electron takes from package.json's productName.
 */
export const APP_NAME = 'AgentDesk';

/** Only the environment variables that decide the folder. */
export interface PathEnv {
  XDG_CONFIG_HOME?: string | undefined;
  APPDATA?: string | undefined;
}

const set = (value: string | undefined): value is string => value !== undefined && value !== '';

/** Electron's `appData` folder for the platform (as `app.getPath('appData')` gives it). */
export function appDataDir(platform: NodeJS.Platform, env: PathEnv, home: string): string {
  if (platform === 'win32') return set(env.APPDATA) ? env.APPDATA : win32.join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support');
  return set(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : posix.join(home, '.config');
}

/** Electron's `userData` folder of this app. */
export function userDataDir(platform: NodeJS.Platform, env: PathEnv, home: string): string {
  return (platform === 'win32' ? win32 : posix).join(appDataDir(platform, env, home), APP_NAME);
}

/** The case store the desktop opens by default: `<userData>/agentdesk.db`. */
export function defaultStorePath(platform: NodeJS.Platform, env: PathEnv, home: string): string {
  return (platform === 'win32' ? win32 : posix).join(userDataDir(platform, env, home), CASE_STORE_FILE);
}
