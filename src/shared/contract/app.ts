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

/** The app slice: app info and settings. */
export const appContract = {
  getAppInfo: { request: none, reply: {} as AppInfo },
  getSettings: { request: none, reply: {} as Settings },
  updateSettings: { request: settingsPatch, reply: {} as Settings },
} satisfies SliceContract<typeof appChannels>;
