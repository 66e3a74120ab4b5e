import type { Locale, Theme } from '../schemas/settings';
import type { BackupEntry, RestoreReply } from './backups';
import type { startupChannels } from './channels/startup';
import { none, type SliceContract } from './slice';

/** What the startup screen shows while the store opens. */
export type StartupStep = 'checking' | 'migrating' | 'loading' | 'restoring';

/** Where opening the store stands: the window shows it from the first second. */
export type StartupState =
  | { phase: 'opening'; step: StartupStep; percent: number }
  | { phase: 'ready' }
  /**
   * The store file failed its integrity check; it was left untouched — or, `whileOpen`, the
   * background check found the damage while the app was in use, and the store was closed then.
   */
  | { phase: 'damaged'; reason: string; backups: BackupEntry[]; backupFolder: string; whileOpen?: boolean }
  /** The store could not be opened for another reason (e.g. written by a newer AgentDesk). */
  | { phase: 'failed'; message: string };

export interface StartupInfo {
  state: StartupState;
  /** The interface language, known before the store opens. */
  locale: Locale;
  /** The chosen theme, so the startup screen is already dark when the app will be. */
  theme: Theme;
}

/** The startup slice: answered before the store is open; every other verb waits for `ready`. */
export const startupContract = {
  getStartupState: { request: none, reply: {} as StartupInfo },
  /** Sets the damaged store aside (never deleted) and starts on an empty one. */
  startWithEmptyStore: { request: none, reply: {} as RestoreReply },
  /** A support file without the store: versions, the startup state and reason, the log tail. */
  exportStartupDiagnostics: { request: none, reply: {} as { path: string } },
} satisfies SliceContract<typeof startupChannels>;
