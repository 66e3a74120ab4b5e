import type { Locale, Settings } from '../schemas/settings';
import { settingsPatch } from '../schemas/settings';
import type { appChannels } from './channels/app';
import { none, type SliceContract } from './slice';

export interface AppInfo {
  version: string;
  /** Locale the UI should use now: the user's choice, or the OS locale. */
  locale: Locale;
  dataDir: string;
  /** No sync server configured: the desktop works on its local store alone. */
  standalone: boolean;
}

/**
 * Something the agent is told once, outside any request (logging/notices.ts): settings reset
 * because the file was corrupt (`detail`: where the old file was kept), an optional service that
 * failed to start (`detail`: its name), the window reloaded after its page crashed or hung.
 */
export interface Notice {
  code: 'settingsReset' | 'serviceFailed' | 'windowRecovered';
  detail?: string;
  at: number;
}

/** The app slice: app info and settings. */
export const appContract = {
  getAppInfo: { request: none, reply: {} as AppInfo },
  getSettings: { request: none, reply: {} as Settings },
  updateSettings: { request: settingsPatch, reply: {} as Settings },
  /** The notices waiting for the agent; each is handed out once. */
  takeNotices: { request: none, reply: {} as Notice[] },
} satisfies SliceContract<typeof appChannels>;
